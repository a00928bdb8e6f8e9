import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { Problem } from '../lib/problem';
import { recordRefusal } from '../services/audit';

/**
 * The HTTP side of auditing refusals, shared by the API's and the console's error handlers. Only
 * a role's refusal is recorded; a 404 for an object out of scope looks like a mistyped id.
 */
export async function auditRefusal(c: Context<AppEnv>, error: unknown): Promise<void> {
  const ctx = c.get('ctx') as AppEnv['Variables']['ctx'] | undefined;
  if (ctx && error instanceof Problem && error.code === 'forbidden')
    await recordRefusal(ctx, { method: c.req.method, routePath: c.req.routePath });
}
