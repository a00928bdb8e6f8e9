import { AUDIT_OUTCOMES } from '../../domain/audit/outcomes';
import { z } from '../../lib/openapi';
import { PageQuery } from '../../lib/pagination';
import { Ref } from '../../lib/schemas';

export const AuditEventListQuery = PageQuery.extend({
  entityId: Ref.optional(),
  actorId: Ref.optional(),
  action: z.string().max(100).optional(),
});

export const AuditEvent = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    outcome: z.enum(AUDIT_OUTCOMES),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');
