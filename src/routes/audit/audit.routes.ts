import { createRoute } from '@hono/zod-openapi';
import { json, problems } from '../../lib/openapi';
import { pageSchema } from '../../lib/pagination';
import { AuditEvent, AuditEventListQuery } from './audit.schemas';

export const listAuditEventsRoute = createRoute({
  method: 'get',
  path: '/v1/audit-events',
  tags: ['audit'],
  summary: '監査ログ（管理者のみ、古い順）',
  operationId: 'listAuditEvents',
  description:
    '書き込みのすべてと、個人情報（private）の閲覧、役割に許されず断った操作（outcome: denied）の記録です。管理者だけが見られます。' +
    'entityId・actorId・action で絞り込めます。',
  request: { query: AuditEventListQuery },
  responses: { 200: json(pageSchema(AuditEvent), '監査ログ'), ...problems(400, 403) },
});
