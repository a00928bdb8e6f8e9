import { createRouter } from '../../lib/openapi';
import { catalogTemplate, importCatalog } from '../../services/imports';
import { HostInput } from '../hosts/hosts.schemas';
import { OpportunityInput } from '../opportunities/opportunities.schemas';
import { catalogTemplateRoute, importCatalogRoute } from './imports.routes';

/** The API's own request schemas: an imported row passes exactly the checks a request would. */
const CATALOG_SCHEMAS = { host: HostInput, opportunity: OpportunityInput };

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
