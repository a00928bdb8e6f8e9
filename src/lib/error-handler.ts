import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../context';
import { Problem, problem } from './problem';

function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400) return problem('malformed_json', { detail: '本文を JSON として読み取れませんでした' });
    if (error.status === 413) return problem('payload_too_large');
    if (error.status === 415) return problem('unsupported_media_type');
  }
  return problem('internal', { detail: 'サーバーで予期しない問題が起きました。requestId を添えて管理者に連絡してください' });
}

/**
 * What goes into the log for an unexpected error. Database errors carry the query's parameters
 * (participant fields among them) in their message, so only the innermost cause is logged.
 */
function describeError(error: unknown): string {
  let inner = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  return inner instanceof Error ? `${inner.name}: ${inner.message}` : 'non-error thrown';
}

/** What goes wrong in a request, rendered for the client and logged when it is the server's fault. */
export function renderProblem(error: unknown, c: Context<AppEnv>): Response {
  const p = toProblem(error);
  const requestId = c.get('requestId');
  if (p.status >= 500) c.get('deps').log({ level: 'error', msg: 'unhandled error', requestId, error: describeError(error) });
  return problemResponse(p, requestId);
}

/**
 * The one place that writes an error body: RFC 9457 problem details with the request id. The Node
 * server also uses it for a request too large to reach the app.
 */
export function problemResponse(p: Problem, requestId: string): Response {
  const body = {
    type: `urn:tsunagu:problem:${p.code}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    code: p.code,
    requestId,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'x-request-id': requestId },
  });
}
