import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';

/** One structured line per request: enough to follow a request id through the logs, no bodies. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  const ctx = c.get('ctx') as AppEnv['Variables']['ctx'] | undefined;
  c.get('deps').log({
    level: c.res.status >= 500 ? 'error' : 'info',
    msg: 'request',
    requestId: c.get('requestId'),
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    actorId: ctx?.actor.id ?? null,
  });
});
