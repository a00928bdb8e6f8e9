import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';
import { problem } from '../lib/problem';
import { assertHostMayAct } from './policy';
import { holderOfToken } from './tokens';

/** The one auth middleware: every `/v1` request carries `Authorization: Bearer <token>`. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw problem('unauthorized', { detail: 'Authorization: Bearer <token> を付けてください' });
  const deps = c.get('deps');
  const holder = await holderOfToken(deps.db, match[1]);
  if (!holder) throw problem('unauthorized', { detail: 'このトークンは使えません' });
  c.set('ctx', { ...deps, actor: holder.actor, requestId: c.get('requestId') });
  // After the context is set, so that a refused host's attempt is audited like any other refusal.
  assertHostMayAct(holder.actor, holder.hostStatus, !['GET', 'HEAD'].includes(c.req.method));
  await next();
});
