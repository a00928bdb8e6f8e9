/** Who a signed-in user is decides what they may do (src/auth/policy.ts) and what they see. */
export const ROLES = ['admin', 'coordinator', 'supporter', 'host'] as const;
export type Role = (typeof ROLES)[number];
