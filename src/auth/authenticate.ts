import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';
import { problem } from '../lib/problem';
import { actorForToken } from './tokens';

/** The one auth middleware: every `/v1` request carries `Authorization: Bearer <token>`. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw problem('unauthorized', { detail: 'Authorization: Bearer <token> を付けてください' });
  const deps = c.get('deps');
  const actor = await actorForToken(deps.db, match[1]);
  if (!actor) throw problem('unauthorized', { detail: 'このトークンは使えません' });
  c.set('ctx', { ...deps, actor, requestId: c.get('requestId') });
  await next();
});
