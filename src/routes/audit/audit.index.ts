import { createRouter } from '../../lib/openapi';
import { listAuditEvents } from '../../services/audit';
import { listAuditEventsRoute } from './audit.routes';

export const auditRouter = createRouter().openapi(listAuditEventsRoute, async (c) =>
  c.json(await listAuditEvents(c.get('ctx'), c.req.valid('query')), 200),
);
