export { catalogCsv, catalogTemplate } from './catalog-csv';
export { assertCanImport, importCatalog } from './import-catalog';
export type { CatalogImportOutcome, CatalogImportRequest } from './import-catalog';
export type { CatalogSchemas } from './plan';
