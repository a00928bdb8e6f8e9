import type { Harness } from './harness';

/**
 * Makes another writer's change land after the next request has read its row but before it
 * writes: the statement is started on the request's first look at the clock after its second
 * round trip (the token lookup, then the service's read), which services take only after reading;
 * the rate limits look at the clock earlier. The database runs queued statements in order, so the
 * timing is exact.
 * Setting `h.clock.now` afterwards restores a plain clock.
 */
export function writeBetweenReadAndWrite(h: Harness, sql: string, args: string[]): void {
  const at = h.clock.now;
  const afterServiceRead = h.roundTrips.count + 2;
  let pending = true;
  Object.defineProperty(h.clock, 'now', {
    configurable: true,
    get() {
      if (pending && h.roundTrips.count >= afterServiceRead) {
        pending = false;
        void h.client.execute({ sql, args });
      }
      return at;
    },
    set(value: Date) {
      Object.defineProperty(h.clock, 'now', { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
