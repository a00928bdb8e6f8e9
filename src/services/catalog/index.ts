/**
 * The catalog as matching and search see it: an index cached until a part's version moves. No
 * route calls this; the services that read the catalog or change it do.
 */
export { catalogBuildCount, catalogSnapshotStored, versionsOf, withCatalogIndex } from './cached-index';
export { bumpCatalogVersion, catalogStateQuery, type CatalogStateRows } from './version';
export { rethrowExternalIdTaken } from './external-id';
