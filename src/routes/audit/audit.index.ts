import { createRoute } from '@hono/zod-openapi';
import { createRouter, json, problems, z } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { Ref } from '../../lib/schemas';
import { listAuditEvents } from '../../services/audit-log';

const AuditEvent = z
  .object({
    id: z.string(), at: z.string(), actorId: z.string().nullable(), actorRole: z.string().nullable(),
    action: z.string(), entity: z.string(), entityId: z.string().nullable(),
    outcome: z.enum(['ok', 'denied']), requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');

const listAuditEventsRoute = createRoute({
  method: 'get', path: '/v1/audit-events', tags: ['audit'], summary: '監査ログ（管理者のみ、古い順）',
  request: { query: PageQuery.extend({ entityId: Ref.optional(), actorId: Ref.optional(), action: z.string().max(100).optional() }) },
  responses: { 200: json(pageSchema(AuditEvent), '監査ログ'), ...problems(400, 403) },
});

export const auditRouter = createRouter()
  .openapi(listAuditEventsRoute, async (c) => c.json(await listAuditEvents(c.get('ctx'), c.req.valid('query')), 200));
