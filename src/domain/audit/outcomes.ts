/** An audit row records a change that happened (`ok`) or an attempt the caller's role may never make (`denied`). */
export const AUDIT_OUTCOMES = ['ok', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
