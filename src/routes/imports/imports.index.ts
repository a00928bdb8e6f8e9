import { createRouter } from '../../lib/openapi';
import { catalogTemplate, importCatalog } from '../../services/imports';
import { catalogTemplateRoute, importCatalogRoute } from './imports.routes';
import { CATALOG_SCHEMAS } from './imports.schemas';

export const importsRouter = createRouter()
  .openapi(catalogTemplateRoute, (c) => c.text(catalogTemplate(), 200, csvHeaders('tsunagu-catalog-template.csv')))
  .openapi(importCatalogRoute, async (c) => {
    const outcome = await importCatalog(c.get('ctx'), {
      body: new Uint8Array(await c.req.arrayBuffer()),
      charset: /charset\s*=\s*"?([^";\s]+)/i.exec(c.req.header('content-type') ?? '')?.[1],
      dryRun: c.req.valid('query').dryRun,
      schemas: CATALOG_SCHEMAS,
    });
    return c.json(outcome, 200);
  });

/** A CSV answer Excel opens as a file to save. */
export function csvHeaders(filename: string) {
  return { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` };
}
