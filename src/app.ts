import { Scalar } from '@scalar/hono-api-reference';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { sql } from 'drizzle-orm';
import { auditRefusal } from './auth/audit-refusal';
import { authenticate } from './auth/authenticate';
import { CONSOLE_IMPORT_BODY_BYTES, CONSOLE_IMPORT_PATH } from './console/import-pages';
import { createConsoleRouter } from './console/router';
import { MAX_BODY_BYTES, MAX_IMPORT_BYTES } from './config';
import type { Deps } from './context';
import { allowedMethodsFor } from './lib/allowed-methods';
import { deferFor } from './lib/defer';
import { renderProblem } from './lib/error-handler';
import { createRouter, PROBLEM_CODES } from './lib/openapi';
import { problem } from './lib/problem';
import { requestLog } from './lib/request-log';
import {
  BEARER_TOKENS,
  callerRateLimit,
  CONSOLE_SIGN_IN_LINKS,
  CONSOLE_TOKEN_FORM,
  failedSignInLimit,
  type ClientAddress,
  type RateLimits,
} from './lib/request-limits';
import { DOCS_PAGE_POLICY, securityHeaders } from './lib/security-headers';
import { urlLimit } from './lib/url-limit';
import { registerRoutes } from './routes';
import { CATALOG_IMPORT_PATH } from './routes/imports/imports.routes';

export type AppOptions = {
  deps: Deps;
  /** The API reference script, served from an installed package so `/docs` works offline. */
  docsScript: () => Promise<Response>;
  /**
   * Rate limits on `/v1`, given by the entries that serve clients (Node, Workers, the tests);
   * seeding and benchmarks drive the app in-process and go without.
   */
  limits?: { rateLimits: RateLimits; clientAddress: ClientAddress };
};

export function createApp({ deps, docsScript, limits }: AppOptions) {
  const app = createRouter();

  // Always our own id, never one a client sends: it goes into the audit log.
  app.use('*', requestId({ headerName: '' }));
  app.use('*', async (c, next) => {
    c.set('deps', { ...deps, defer: deferFor(c, deps.log) });
    c.header('x-request-id', c.get('requestId'));
    await next();
  });
  app.use('*', securityHeaders);
  app.use('*', requestLog);
  app.use('*', urlLimit);
  // One exception to the body limit, and only this one: the catalog import takes a spreadsheet (from the API or the console's form).
  const defaultBodyLimit = bodyLimitOf(MAX_BODY_BYTES);
  const importBodyLimit = bodyLimitOf(MAX_IMPORT_BYTES);
  const consoleImportBodyLimit = bodyLimitOf(CONSOLE_IMPORT_BODY_BYTES);
  app.use('*', (c, next) => {
    if (c.req.method !== 'POST') return defaultBodyLimit(c, next);
    if (c.req.path === CATALOG_IMPORT_PATH) return importBodyLimit(c, next);
    return (c.req.path.startsWith(CONSOLE_IMPORT_PATH) ? consoleImportBodyLimit : defaultBodyLimit)(c, next);
  });

  // For load balancers and uptime checks: plain JSON either way, 503 while the database is away.
  app.get('/healthz', async (c) => {
    try {
      await deps.db.run(sql`select 1`);
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  if (limits) {
    const { failedSignIns } = limits.rateLimits;
    app.use('/v1/*', failedSignInLimit(failedSignIns, limits.clientAddress, BEARER_TOKENS));
    app.use('/sign-in', failedSignInLimit(failedSignIns, limits.clientAddress, CONSOLE_TOKEN_FORM));
    app.use('/sign-in/*', failedSignInLimit(failedSignIns, limits.clientAddress, CONSOLE_SIGN_IN_LINKS));
  }
  app.use('/v1/*', authenticate);
  if (limits) app.use('/v1/*', callerRateLimit(limits.rateLimits.callers));
  registerRoutes(app);
  // The web console: pages outside /v1, signed in by session cookie, calling the same services.
  app.route('/', createConsoleRouter());

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tsunagu（つなぐ）参加支援 API',
      version: '1.0.0',
      description: `参加支援事業のための受け入れ先カタログ・マッチング・つなぎ・定着支援の API。エラーは RFC 9457 (application/problem+json)。code: ${PROBLEM_CODES.join(', ')}`,
    },
    security: [{ bearer: [] }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      '/v1 のすべての呼び出しに Authorization: Bearer <token> を付けます。トークンの入手: ' +
      '(1) 環境変数 ADMIN_TOKEN（Workers では secret）を与えて起動すると、そのトークンを持つ管理者が用意されます。' +
      '(2) 管理者が POST /v1/users で利用者を作ると、その応答にだけ本人のトークンが含まれます（サーバーにはハッシュしか残りません）。' +
      '(3) npm start で空のデータベースにデモデータを入れると、役割ごとのデモ用トークンが起動時に表示されます。' +
      'トークンがない・使えないときは 401、役割に許されない操作は 403 です。',
  });

  app.get('/docs/scalar.js', async () => {
    const response = await docsScript();
    if (!response.ok) throw new Error(`API reference script unavailable (${response.status})`);
    return new Response(response.body, {
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' },
    });
  });
  // Scalar's own fonts come from its CDN, which the page's CSP refuses: the system's fonts serve.
  app.use('/docs', async (c, next) => {
    await next();
    c.res.headers.set('content-security-policy', DOCS_PAGE_POLICY);
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Tsunagu API', cdn: '/docs/scalar.js', withDefaultFonts: false }));

  const allowedMethods = allowedMethodsFor(app.routes);
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return renderProblem(problem('not_found', { detail: 'このパスはありません' }), c);
    const response = renderProblem(problem('method_not_allowed', { detail: `このパスで使えるのは ${allowed.join(', ')} です` }), c);
    response.headers.set('allow', allowed.join(', '));
    return response;
  });
  app.onError(async (error, c) => {
    await auditRefusal(c, error);
    return renderProblem(error, c);
  });
  return app;
}

function bodyLimitOf(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw problem('payload_too_large', { detail: `本文は ${maxSize / 1024} KiB までです` });
    },
  });
}

export type App = ReturnType<typeof createApp>;
