import type { Context } from 'hono';
import type { Defer, Logger } from '../context';

/** What @hono/node-server hands the app as `c.env.outgoing`: Node's response, enough to see it finish. */
type NodeResponse = { writableFinished: boolean; once(event: 'finish' | 'close', listener: () => void): unknown };

/**
 * Work a request leaves for after its response, such as storing what it built for the next
 * isolate or building the next HSDS export. On Node it starts once the response has been handed
 * to the socket whole, so a synchronous database read in it (the embedded driver blocks) never
 * holds back the bytes of the answer it follows; elsewhere on a later turn of the event loop. On
 * Workers `waitUntil` keeps the isolate alive until it ends; on Node nothing waits for it, so a
 * failure is logged rather than lost.
 */
export function deferFor(c: Context, log: Logger): Defer {
  return (task) => {
    const done = responseSent(c)
      .then(task)
      .catch((error: unknown) => log({ level: 'error', msg: 'deferred work failed', error: String(error) }));
    waitUntil(c, done);
  };
}

function responseSent(c: Context): Promise<void> {
  const outgoing = (c.env as { outgoing?: NodeResponse } | undefined)?.outgoing;
  if (!outgoing || outgoing.writableFinished) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    outgoing.once('finish', resolve);
    // A client that hangs up never gets a `finish`; the work is still owed.
    outgoing.once('close', resolve);
  });
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
