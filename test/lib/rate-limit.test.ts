import { describe, expect, it } from 'vitest';
import { bindingRateLimiter, memoryRateLimiter, type RateLimitBinding, type RateLimiter } from '../../src/lib/rate-limit';

const RULE = { limit: 3, windowSeconds: 60 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 27, 1, 0, 0) + seconds * 1000);

/** A stand-in for the Workers binding: counts per key in fixed windows of the rule, like the platform. */
function fakeBinding(now: () => Date): RateLimitBinding {
  const memory = memoryRateLimiter(RULE);
  return { limit: async ({ key }) => ({ success: !(await memory.hit(key, now())).limited }) };
}

async function hits(limiter: RateLimiter, key: string, n: number, when: Date) {
  const verdicts = [];
  for (let i = 0; i < n; i++) verdicts.push(await limiter.hit(key, when));
  return verdicts;
}

// The binding only counts, so its peek knows a key is spent only once a hit was refused; the
// memory limiter knows as soon as the limit is reached. Both refuse the event after the limit.
describe.each([
  ['in memory', () => memoryRateLimiter(RULE)],
  [
    'over the Workers binding',
    (clock: { now: Date }) =>
      bindingRateLimiter(
        fakeBinding(() => clock.now),
        RULE,
      ),
  ],
])('a rate limiter %s', (_, make) => {
  it('allows the limit, refuses the next with the seconds left in the window, and counts keys apart', async () => {
    const clock = { now: at(15) };
    const limiter = make(clock);
    expect((await hits(limiter, 'a', 3, clock.now)).every((v) => !v.limited)).toBe(true);
    expect(await limiter.hit('a', clock.now)).toEqual({ limited: true, retryAfterSeconds: 45 });
    expect(await limiter.peek('a', clock.now)).toEqual({ limited: true, retryAfterSeconds: 45 });
    expect(await limiter.peek('b', clock.now)).toEqual({ limited: false });
    expect(await limiter.hit('b', clock.now)).toEqual({ limited: false });
  });

  it('starts afresh in the next window', async () => {
    const clock = { now: at(0) };
    const limiter = make(clock);
    await hits(limiter, 'a', 4, clock.now);
    clock.now = at(60);
    expect(await limiter.peek('a', clock.now)).toEqual({ limited: false });
    expect(await limiter.hit('a', clock.now)).toEqual({ limited: false });
  });
});
