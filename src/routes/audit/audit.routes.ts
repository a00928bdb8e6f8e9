import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { pageSchema } from '../../lib/pagination';
import { AuditEvent, AuditEventListQuery } from './audit.schemas';

export const listAuditEventsRoute = createRoute({
  method: 'get', path: '/v1/audit-events', tags: ['audit'], summary: '監査ログ（管理者のみ、古い順）',
  request: { query: AuditEventListQuery },
  responses: { 200: json(pageSchema(AuditEvent), '監査ログ'), ...problems(400, 403) },
});
