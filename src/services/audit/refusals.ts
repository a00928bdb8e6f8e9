import type { Ctx } from '../../context';
import { auditStatement } from './rows';

/** What a refused caller tried: the method and the route's pattern, never the ids in the path. */
export type RefusedAttempt = { method: string; routePath: string };

/**
 * A signed-in caller trying what their role may never do (a host reading participants, a
 * supporter reading the audit log) is worth knowing about: each such 403 leaves an audit row with
 * outcome `denied`. Out-of-scope objects answer 404 and are not recorded, as they cannot be told
 * from a mistyped id.
 */
export async function recordRefusal(ctx: Ctx, attempt: RefusedAttempt): Promise<void> {
  try {
    await auditStatement(ctx, { action: `${attempt.method} ${attempt.routePath}`, entity: 'request', entityId: null, outcome: 'denied' });
  } catch (failure) {
    // The refusal itself must still reach the caller.
    ctx.log({
      level: 'error',
      msg: 'could not audit a refusal',
      requestId: ctx.requestId,
      error: failure instanceof Error ? failure.name : 'unknown',
    });
  }
}
