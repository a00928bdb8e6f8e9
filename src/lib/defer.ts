import type { Context } from 'hono';
import type { Defer, Logger } from '../context';

/**
 * Work a request leaves for after its response, such as storing what it built for the next
 * isolate. It starts on a later turn of the event loop, so the response goes out first; on
 * Workers `waitUntil` keeps the isolate alive until it ends; on Node nothing waits for it, so a
 * failure is logged rather than lost.
 */
export function deferFor(c: Context, log: Logger): Defer {
  return (task) => {
    const done = new Promise((resolve) => setTimeout(resolve, 0))
      .then(task)
      .catch((error: unknown) => log({ level: 'error', msg: 'deferred work failed', error: String(error) }));
    waitUntil(c, done);
  };
}

function waitUntil(c: Context, work: Promise<void>): void {
  let executionCtx: { waitUntil(promise: Promise<unknown>): void };
  try {
    executionCtx = c.executionCtx;
  } catch {
    // Only Workers give an execution context: elsewhere the promise simply runs to its end.
    return;
  }
  executionCtx.waitUntil(work);
}
