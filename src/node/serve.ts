import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AddressInfo } from 'node:net';
import type { App, AppOptions } from '../app';
import { CALLER_RATE_LIMIT, FAILED_SIGN_IN_LIMIT, MAX_URL_BYTES } from '../config';
import { memoryRateLimiter } from '../lib/rate-limit';

/**
 * Node answers a request head larger than this itself, with a bare 431 the client cannot read;
 * room for the longest URL we accept plus ordinary headers lets our own 414 answer instead.
 */
const MAX_HEADER_BYTES = 4 * MAX_URL_BYTES;

/** The app on Node's HTTP server: the wiring `npm start` uses, and the one the edge tests start. */
export function serveApp(app: App, options: { port: number; hostname: string }, onListen?: (info: AddressInfo) => void): ServerType {
  return serve({
    fetch: async (request, env) => {
      const response = await app.fetch(request, env);
      // A request refused before its body was read (413 above all) leaves the rest of the body on
      // the socket, and the next request on a kept-alive connection would be read from the middle
      // of it. Closing cleanly tells the client to open a fresh connection instead.
      if (request.body && !request.bodyUsed) response.headers.set('connection', 'close');
      return response;
    },
    port: options.port,
    hostname: options.hostname,
    serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
  }, onListen);
}

/** One Node process keeps its counters in memory; the address is the socket's peer. */
export function nodeLimits(): NonNullable<AppOptions['limits']> {
  return {
    rateLimits: { callers: memoryRateLimiter(CALLER_RATE_LIMIT), failedSignIns: memoryRateLimiter(FAILED_SIGN_IN_LIMIT) },
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
  };
}
