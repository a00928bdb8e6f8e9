import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';
import { renderProblem } from './error-handler';
import { problem } from './problem';
import type { RateLimiter } from './rate-limit';

/** The two limiters every request meets on `/v1`. */
export type RateLimits = { callers: RateLimiter; failedSignIns: RateLimiter };

/** The address a request came from, as the runtime reports it (never a header the client chooses). */
export type ClientAddress = (c: Context<AppEnv>) => string;

function rateLimited(c: Context<AppEnv>, retryAfterSeconds: number): Response {
  const response = renderProblem(
    problem('rate_limited', { detail: `しばらく待ってから、${retryAfterSeconds} 秒後にもう一度お試しください` }),
    c,
  );
  response.headers.set('retry-after', String(retryAfterSeconds));
  return response;
}

/**
 * Where a secret is tried, which requests try one, and the status that says the guess was wrong.
 * The API's bearer tokens, the console's token form and its one-time links share one counter per
 * address, so guessing through the pages is no cheaper than through `/v1`.
 */
export type SignInDoor = { isAttempt: (c: Context<AppEnv>) => boolean; failedStatus: number };

export const BEARER_TOKENS: SignInDoor = { isAttempt: (c) => Boolean(c.req.header('authorization')), failedStatus: 401 };
export const CONSOLE_TOKEN_FORM: SignInDoor = { isAttempt: (c) => c.req.method === 'POST', failedStatus: 401 };
export const CONSOLE_SIGN_IN_LINKS: SignInDoor = { isAttempt: (c) => c.req.method === 'GET', failedStatus: 410 };

/**
 * Before authentication: an address that keeps sending unknown secrets is refused before its
 * secret is looked at, so a right guess cannot be told from a wrong one. Only a secret that fails
 * counts; a request without one is not a guess.
 */
export function failedSignInLimit(limiter: RateLimiter, clientAddress: ClientAddress, door: SignInDoor) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!door.isAttempt(c)) return next();
    const address = clientAddress(c);
    const now = c.get('deps').now();
    const before = await limiter.peek(address, now);
    if (before.limited) return rateLimited(c, before.retryAfterSeconds);
    await next();
    if (c.res.status !== door.failedStatus) return;
    const after = await limiter.hit(address, now);
    if (after.limited) c.res = rateLimited(c, after.retryAfterSeconds);
  });
}

/** After authentication: each caller's requests are counted against its own limit. */
export function callerRateLimit(limiter: RateLimiter) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const ctx = c.get('ctx');
    const verdict = await limiter.hit(ctx.actor.id, ctx.now());
    if (verdict.limited) return rateLimited(c, verdict.retryAfterSeconds);
    await next();
  });
}
