import { createRouter } from '../../lib/openapi';
import { confirmOpportunity, createOpportunity, getOpportunity, listOpportunities, updateOpportunity } from '../../services/opportunities';
import { catalogCsv } from '../../services/imports';
import { csvHeaders } from '../imports/imports.index';
import { etagHeaders } from '../headers';
import {
  confirmOpportunityRoute,
  createOpportunityRoute,
  getOpportunityRoute,
  listOpportunitiesRoute,
  patchOpportunityRoute,
} from './opportunities.routes';

export const opportunitiesRouter = createRouter()
  .openapi(createOpportunityRoute, async (c) => {
    const opportunity = await createOpportunity(c.get('ctx'), c.req.valid('json'));
    return c.json(opportunity, 201, etagHeaders(opportunity));
  })
  .openapi(listOpportunitiesRoute, async (c) => {
    const { format, ...query } = c.req.valid('query');
    if (format === 'csv') return c.text(await catalogCsv(c.get('ctx'), query), 200, csvHeaders('tsunagu-catalog.csv'));
    return c.json(await listOpportunities(c.get('ctx'), query), 200);
  })
  .openapi(getOpportunityRoute, async (c) => {
    const opportunity = await getOpportunity(c.get('ctx'), c.req.valid('param').id);
    return c.json(opportunity, 200, etagHeaders(opportunity));
  })
  .openapi(patchOpportunityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const opportunity = await updateOpportunity(c.get('ctx'), id, c.req.valid('json'), c.req.valid('header')['if-match']);
    return c.json(opportunity, 200, etagHeaders(opportunity));
  })
  .openapi(confirmOpportunityRoute, async (c) => {
    const opportunity = await confirmOpportunity(c.get('ctx'), c.req.valid('param').id);
    return c.json(opportunity, 200, etagHeaders(opportunity));
  });
