import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { Problem } from '../lib/problem';
import { auditStatement } from './audit';

/**
 * A signed-in caller trying what their role may never do (a host reading participants, a
 * supporter reading the audit log) is worth knowing about: each such 403 leaves an audit row with
 * outcome `denied`. Out-of-scope objects answer 404 and are not recorded, as they cannot be told
 * from a mistyped id.
 */
export async function auditRefusal(c: Context<AppEnv>, error: unknown): Promise<void> {
  const ctx = c.get('ctx') as AppEnv['Variables']['ctx'] | undefined;
  if (!ctx || !(error instanceof Problem) || error.code !== 'forbidden') return;
  try {
    await auditStatement(ctx, { action: `${c.req.method} ${c.req.routePath}`, entity: 'request', entityId: null, outcome: 'denied' });
  } catch (failure) {
    // The refusal itself must still reach the caller.
    ctx.log({ level: 'error', msg: 'could not audit a refusal', requestId: ctx.requestId, error: failure instanceof Error ? failure.name : 'unknown' });
  }
}
