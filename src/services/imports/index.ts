export { catalogCsv, catalogTemplate } from './catalog-csv';
export { importCatalog } from './import-catalog';
export type { CatalogImportOutcome, CatalogImportRequest } from './import-catalog';
export type { CatalogSchemas } from './plan';
