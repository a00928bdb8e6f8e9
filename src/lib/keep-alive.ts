import type { Context } from 'hono';

/**
 * Hands work that outlives the response to the runtime: a Worker is told to wait for it
 * (`waitUntil`), or it would be stopped once the response is sent; on Node the process simply
 * goes on running it. Hono's `executionCtx` throws where there is none, as on Node.
 */
export function keepAlive(c: Context): (work: Promise<unknown>) => void {
  try {
    const execution = c.executionCtx;
    return (work) => execution.waitUntil(work);
  } catch {
    return () => {};
  }
}
