import { createClient } from '@libsql/client/web';
import { drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql/web';
import { createApp, type App } from './app';
import { ensureAdmin } from './auth/tokens';
import type { Deps } from './context';
import type { Db } from './db/db';
import * as schema from './db/schema';
import { CALLER_RATE_LIMIT, FAILED_SIGN_IN_LIMIT } from './config';
import { jsonLineLogger } from './lib/logger';
import { bindingRateLimiter, memoryRateLimiter, type RateLimitBinding, type RateLimitRule } from './lib/rate-limit';

/** Bindings and secrets of the Worker (wrangler.toml lists them). */
export type WorkerEnv = {
  DB: D1Database;
  ASSETS: Fetcher;
  DATABASE_URL?: string;
  DATABASE_AUTH_TOKEN?: string;
  ADMIN_TOKEN?: string;
  LOG_REQUESTS?: string;
  CALLER_LIMITER?: RateLimitBinding;
  SIGN_IN_LIMITER?: RateLimitBinding;
};

/** The platform's limiter where the binding exists; otherwise each isolate counts on its own. */
function limiter(binding: RateLimitBinding | undefined, rule: RateLimitRule) {
  return binding ? bindingRateLimiter(binding, rule) : memoryRateLimiter(rule);
}

type Instance = { app: App; deps: Deps; adminReady?: Promise<void> };

// Built once per isolate, not per request: the router, the database client and their caches live
// as long as the isolate. Keyed by env so a changed set of bindings gets its own instance.
const instances = new WeakMap<WorkerEnv, Instance>();

/**
 * Turso when the DATABASE_URL secret is set, otherwise the D1 binding. Neither is migrated here:
 * a request must never race a schema change. D1 gets `wrangler d1 migrations apply` before a
 * deploy; Turso gets the Node migrator, which `npm start` runs with the same DATABASE_URL and
 * DATABASE_AUTH_TOKEN.
 */
function openDatabase(env: WorkerEnv): Db {
  if (env.DATABASE_URL) {
    const client = createClient({ url: env.DATABASE_URL, ...(env.DATABASE_AUTH_TOKEN ? { authToken: env.DATABASE_AUTH_TOKEN } : {}) });
    return drizzleLibsql(client, { schema });
  }
  // The cast is the one place the two drivers meet: the app uses only the query API and `batch`
  // they share, and never reads driver-specific result fields (see src/db/db.ts).
  return drizzleD1(env.DB, { schema }) as unknown as Db;
}

function instanceFor(env: WorkerEnv): Instance {
  let instance = instances.get(env);
  if (!instance) {
    const deps: Deps = { db: openDatabase(env), now: () => new Date(), log: jsonLineLogger({ requests: env.LOG_REQUESTS !== 'none' }) };
    const app = createApp({
      deps,
      docsScript: () => env.ASSETS.fetch('https://assets.local/standalone.js'),
      limits: {
        rateLimits: {
          callers: limiter(env.CALLER_LIMITER, CALLER_RATE_LIMIT),
          failedSignIns: limiter(env.SIGN_IN_LIMITER, FAILED_SIGN_IN_LIMIT),
        },
        // Set by Cloudflare's edge for every request; a client cannot choose it.
        clientAddress: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
      },
    });
    instance = { app, deps };
    instances.set(env, instance);
  }
  return instance;
}

/**
 * The ADMIN_TOKEN admin is ensured on the first request of each isolate (a Worker has no start-up
 * hook that may reach the database). A failure is logged and retried on the next request, so a
 * passing database outage does not leave the isolate without its admin.
 */
async function ensureAdminOnce(instance: Instance, token: string): Promise<void> {
  instance.adminReady ??= ensureAdmin(instance.deps.db, token, instance.deps.now()).catch((error: unknown) => {
    instance.adminReady = undefined;
    // Drizzle's own message lists the statement's parameters (here the token hash): log the cause only.
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    instance.deps.log({ level: 'error', msg: 'could not ensure the ADMIN_TOKEN admin', error: String(cause) });
  });
  await instance.adminReady;
}

export default {
  async fetch(request, env, ctx) {
    const instance = instanceFor(env);
    if (env.ADMIN_TOKEN) await ensureAdminOnce(instance, env.ADMIN_TOKEN);
    return instance.app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;
