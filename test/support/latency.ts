import type { Harness } from './harness';

/**
 * The embedded client answers synchronously, so without a pause each request would run from its
 * read to its write before the next one starts, and concurrent requests would never overlap. A
 * short pause before every call to the database, as a remote database (Turso, D1) has anyway, lets
 * requests started together all read before any of them writes.
 */
export function addNetworkLatency(h: Harness): void {
  const { client } = h;
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 1));
  client.execute = (async (...args: Parameters<typeof execute>) => {
    await pause();
    return execute(...args);
  }) as typeof client.execute;
  client.batch = (async (...args: Parameters<typeof batch>) => {
    await pause();
    return batch(...args);
  }) as typeof client.batch;
}
