import { createApp } from '../../src/app';
import type { Logger } from '../../src/context';
import { CALLER_RATE_LIMIT, FAILED_SIGN_IN_LIMIT } from '../../src/config';
import { memoryRateLimiter } from '../../src/lib/rate-limit';
import type { Role } from '../../src/domain/roles';
import { users } from '../../src/db/schema';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { isoTokyo } from '../../src/lib/clock';
import { sha256Hex } from '../../src/lib/ids';
import { nodeDocsScript } from '../../src/node/docs-script';

/** 2026-11-27 10:00 in Tokyo: the fixed "now" of every test unless a test moves the clock. */
export const TEST_NOW = new Date('2026-11-27T01:00:00Z');

/**
 * Who sends a request: the test user of a role (`supporter` is supporter A), `supporterB` (a
 * second supporter with another caseload), a host user made by `makeHostUser`, or nobody.
 */
export type Caller = Role | 'supporterB' | 'coordinator' | { token: string } | null;

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers; text: string };

/**
 * A fresh service over a fresh database built by the real migrations, with one user per role.
 * `url` defaults to `:memory:`; pass a `file:` url for tests that need a real file database, and
 * `log` for tests about what the service logs (silent otherwise).
 * `clock.now` is the service's "now": a test that moves it sets it back to `TEST_NOW`.
 */
export async function createHarness(options: { url?: string; now?: Date; log?: Logger } = {}) {
  let roundTrips = 0;
  const { db, client } = openDatabase({
    url: options.url ?? ':memory:',
    onRoundTrip: () => {
      roundTrips++;
    },
  });
  await migrateDatabase(db);
  const clock = { now: options.now ?? TEST_NOW };
  const app = createApp({
    deps: { db, now: () => clock.now, log: options.log ?? (() => {}) },
    docsScript: nodeDocsScript,
    // app.request has no socket: a test names the client's address in a header only tests read.
    limits: {
      rateLimits: { callers: memoryRateLimiter(CALLER_RATE_LIMIT), failedSignIns: memoryRateLimiter(FAILED_SIGN_IN_LIMIT) },
      clientAddress: (c) => c.req.header('x-test-client-address') ?? '192.0.2.1',
    },
  });

  const tokens: Record<string, string> = {
    admin: 'test-admin',
    coordinator: 'test-coordinator',
    supporter: 'test-supporter-a',
    supporterB: 'test-supporter-b',
  };
  const userIds: Record<string, string> = {
    admin: 'usr_admin',
    coordinator: 'usr_coordinator',
    supporter: 'usr_supporter_a',
    supporterB: 'usr_supporter_b',
  };
  const roleOf: Record<string, Role> = { admin: 'admin', coordinator: 'coordinator', supporter: 'supporter', supporterB: 'supporter' };
  await db.insert(users).values(
    await Promise.all(
      Object.keys(tokens).map(async (key) => ({
        id: userIds[key]!,
        name: `テスト${key}`,
        role: roleOf[key]!,
        tokenHash: await sha256Hex(tokens[key]!),
        createdAt: isoTokyo(clock.now),
      })),
    ),
  );

  async function request<T = any>(
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const token = caller === null ? null : typeof caller === 'object' ? caller.token : tokens[caller];
    const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  return {
    app,
    db,
    client,
    clock,
    tokens,
    userIds,
    request,
    /** Round trips to the database since the last reset (a batch counts once). */
    roundTrips: {
      get count() {
        return roundTrips;
      },
      reset() {
        roundTrips = 0;
      },
    },
    /** Requests as `caller`; a body is sent as JSON. */
    as(caller: Caller) {
      return {
        get: <T = any>(path: string, headers?: Record<string, string>) => request<T>(caller, 'GET', path, undefined, headers),
        post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
          request<T>(caller, 'POST', path, body ?? {}, headers),
        patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => request<T>(caller, 'PATCH', path, body, headers),
      };
    },
    close: () => client.close(),
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
