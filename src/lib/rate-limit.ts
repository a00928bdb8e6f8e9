/** How many events a key may have in one fixed window. */
export type RateLimitRule = { readonly limit: number; readonly windowSeconds: number };

export type RateVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

/**
 * Counts events per key. The clock is passed in, so the caller's `deps.now` decides what time it
 * is and tests can move it.
 */
export interface RateLimiter {
  /** Counts one event; limited when it was one too many. */
  hit(key: string, now: Date): Promise<RateVerdict>;
  /** Whether the key has spent its window already, without counting anything. */
  peek(key: string, now: Date): Promise<RateVerdict>;
}

function windowOf(rule: RateLimitRule, now: Date) {
  const ms = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)) };
}

/** One process's counters: the Node server, and a Worker without a rate-limiting binding. */
export function memoryRateLimiter(rule: RateLimitRule): RateLimiter {
  const counts = new Map<string, { start: number; count: number }>();
  let currentStart = 0;

  function countOf(key: string, start: number): number {
    const entry = counts.get(key);
    return entry && entry.start === start ? entry.count : 0;
  }
  function verdict(over: boolean, retryAfterSeconds: number): RateVerdict {
    return over ? { limited: true, retryAfterSeconds } : { limited: false };
  }

  return {
    async hit(key, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      // Keys of past windows are dropped once per new window, so memory follows the active callers.
      if (start > currentStart) {
        for (const [k, entry] of counts) if (entry.start < start) counts.delete(k);
        currentStart = start;
      }
      const count = countOf(key, start) + 1;
      counts.set(key, { start, count });
      return verdict(count > rule.limit, retryAfterSeconds);
    },
    async peek(key, now) {
      const { start, retryAfterSeconds } = windowOf(rule, now);
      return verdict(countOf(key, start) >= rule.limit, retryAfterSeconds);
    },
  };
}

/** The shape of a Workers rate-limiting binding (`[[ratelimits]]` in wrangler.toml). */
export type RateLimitBinding = { limit(options: { key: string }): Promise<{ success: boolean }> };

/**
 * The platform's counters, shared by the isolates of a Cloudflare location. The binding only
 * counts, so a key it refused is remembered here until its window ends, for `peek`: `peek` learns
 * that a key is spent from the first refused hit, where the memory limiter knows at the limit.
 */
export function bindingRateLimiter(binding: RateLimitBinding, rule: RateLimitRule): RateLimiter {
  const refusedUntil = new Map<string, number>();
  return {
    async hit(key, now) {
      const { success } = await binding.limit({ key });
      if (success) return { limited: false };
      const { start, retryAfterSeconds } = windowOf(rule, now);
      refusedUntil.set(key, start + rule.windowSeconds * 1000);
      return { limited: true, retryAfterSeconds };
    },
    async peek(key, now) {
      const until = refusedUntil.get(key);
      if (until === undefined) return { limited: false };
      if (until <= now.getTime()) {
        refusedUntil.delete(key);
        return { limited: false };
      }
      return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
    },
  };
}
