import { AUDIT_OUTCOMES } from '../../domain/audit/outcomes';
import { z } from '../../lib/openapi';
import { PageQuery } from '../../lib/pagination';

export const AuditEventListQuery = PageQuery.extend({ entityId: z.string().optional(), actorId: z.string().optional(), action: z.string().optional() });

export const AuditEvent = z
  .object({
    id: z.string(), at: z.string(), actorId: z.string().nullable(), actorRole: z.string().nullable(),
    action: z.string(), entity: z.string(), entityId: z.string().nullable(),
    outcome: z.enum(AUDIT_OUTCOMES), requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');
