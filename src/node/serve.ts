import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { App, AppOptions } from '../app';
import { CALLER_RATE_LIMIT, FAILED_SIGN_IN_LIMIT, MAX_URL_BYTES } from '../config';
import { problemResponse } from '../lib/error-handler';
import { problem } from '../lib/problem';
import { memoryRateLimiter } from '../lib/rate-limit';
import { setSecurityHeaders } from '../lib/security-headers';

/**
 * Node answers a request head larger than this itself, before the app sees it; room for the
 * longest URL we accept plus ordinary headers lets the app's own 414 answer most long URLs.
 */
const MAX_HEADER_BYTES = 4 * MAX_URL_BYTES;

/** The app on Node's HTTP server: the wiring `npm start` uses, and the one the edge tests start. */
export function serveApp(app: App, options: { port: number; hostname: string }, onListen?: (info: AddressInfo) => void): ServerType {
  const server = serve(
    {
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
    },
    onListen,
  );
  server.on('clientError', answerClientError);
  return server;
}

type ParserError = Error & { code?: string; rawPacket?: Buffer };

/**
 * Requests Node's parser refuses never reach the app. A head too large because of its URL still
 * gets the app's 414 problem; anything else gets the bare answer Node would have given.
 */
function answerClientError(error: ParserError, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW' && requestLineLength(error.rawPacket) > MAX_URL_BYTES) {
    const refusal = problemResponse(
      problem('uri_too_long', { detail: `URL は ${MAX_URL_BYTES / 1024} KiB までです。長い検索語は短くしてください` }),
      crypto.randomUUID(),
    );
    setSecurityHeaders(refusal.headers);
    void writeAndClose(socket, refusal);
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
}

/** The request line's length, from the first bytes of the head (the whole packet when it has no line end yet). */
function requestLineLength(head: Buffer | undefined): number {
  if (!head) return 0;
  const end = head.indexOf('\r\n');
  return end === -1 ? head.length : end;
}

async function writeAndClose(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.text());
  response.headers.set('content-length', String(body.length));
  response.headers.set('connection', 'close');
  const head = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    ...[...response.headers].map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  // The client may still be sending the URL: read and drop it, so that closing does not reset the
  // connection before the client has read the answer.
  socket.on('data', () => {});
  socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]));
  setTimeout(() => socket.destroy(), 1_000).unref();
}

/** One Node process keeps its counters in memory; the address is the socket's peer. */
export function nodeLimits(): NonNullable<AppOptions['limits']> {
  return {
    rateLimits: { callers: memoryRateLimiter(CALLER_RATE_LIMIT), failedSignIns: memoryRateLimiter(FAILED_SIGN_IN_LIMIT) },
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
  };
}
