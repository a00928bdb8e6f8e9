import { onTestFinished } from 'vitest';
import type { Harness } from './harness';

/**
 * Makes another writer's change land after the next request has read its row but before it
 * writes: the statement is started on the request's first look at the clock after its second
 * round trip (the token lookup, then the service's read), which services take only after reading;
 * the rate limits look at the clock earlier. The database runs queued statements in order, so the
 * timing is exact.
 *
 * Call it inside a test. Until the test ends (or it sets `h.clock.now`) the clock stands still at
 * the time it was armed; then it is a plain clock again. A test whose request never looked at the
 * clock after its reads fails, since the other writer never ran and the race it names never happened.
 */
export function writeBetweenReadAndWrite(h: Harness, sql: string, args: string[]): void {
  const at = h.clock.now;
  const afterServiceRead = h.roundTrips.count + 2;
  let pending = true;
  let armed = true;
  const disarm = (now: Date) => {
    armed = false;
    Object.defineProperty(h.clock, 'now', { value: now, writable: true, configurable: true, enumerable: true });
  };
  Object.defineProperty(h.clock, 'now', {
    configurable: true,
    enumerable: true,
    get() {
      if (pending && h.roundTrips.count >= afterServiceRead) {
        pending = false;
        void h.client.execute({ sql, args });
      }
      return at;
    },
    set: disarm,
  });
  onTestFinished(() => {
    if (armed) disarm(at);
    if (pending) throw new Error(`writeBetweenReadAndWrite: no request looked at the clock after reading, so "${sql}" never ran`);
  });
}
