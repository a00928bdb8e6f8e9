import type { Harness } from './harness';

/**
 * Makes another writer's change land after the next request has read its row but before it
 * writes: the statement is started on the request's first look at the clock, which services take
 * only after reading. The database runs queued statements in order, so the timing is exact.
 * Setting `h.clock.now` afterwards restores a plain clock.
 */
export function writeBetweenReadAndWrite(h: Harness, sql: string, args: string[]): void {
  const at = h.clock.now;
  let pending = true;
  Object.defineProperty(h.clock, 'now', {
    configurable: true,
    get() {
      if (pending) {
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
