/**
 * The web console in-process, through `app.request` with a session cookie as a browser sends it:
 * the server time of the supporter's matches page and of the host's openings page (signed in as a
 * user of the host with the most openings, so the page is full), and the bytes each main page
 * sends, CSS included (the console sends no script). The user and audit pages are measured full: a
 * whole page of users and of audit rows is inserted first.
 */
import type { createApp } from '../../src/app';
import { count, desc } from 'drizzle-orm';
import type { Db } from '../../src/db/db';
import { auditEvents, opportunities, users } from '../../src/db/schema';
import { sha256Hex } from '../../src/lib/ids';
import { summarize, type Timing } from './measure';

type App = ReturnType<typeof createApp>;

export type PageBytes = { page: string; path: string; htmlBytes: number; totalBytes: number };

export type ConsoleResult = { matches: Timing; openings: Timing; cssBytes: number; pages: PageBytes[] };

const ADMIN_TOKEN = 'bench-admin-token';
const HOST_TOKEN = 'bench-host-token';
const STAMP = '2026-10-01T10:00:00+09:00';
/** The console's page sizes: a full page of each list is what a busy city sees. */
const FULL_USERS_PAGE = 50;
const FULL_AUDIT_PAGE = 50;

/** Signs in the way the sign-in page does (its CSRF cookie and field, then the token) and returns the cookie header. */
async function sessionCookie(app: App, token: string): Promise<string> {
  const form = await app.request('/');
  const signInCookie = cookiePair(form.headers.get('set-cookie'));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const signedIn = await app.request('/sign-in', {
    method: 'POST',
    body: new URLSearchParams({ _csrf: csrf, token }),
    headers: { cookie: signInCookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const session = (signedIn.headers.get('set-cookie') ?? '')
    .split(/,(?=\s*[A-Za-z0-9_-]+=)/)
    .map(cookiePair)
    .find((pair) => pair.startsWith('tsunagu_session='));
  if (signedIn.status !== 303 || !session) throw new Error(`console sign-in answered ${signedIn.status}`);
  return session;
}

function cookiePair(line: string | null): string {
  return (line ?? '').trim().split(';')[0] ?? '';
}

/** A user of the host with the most openings: the fullest openings page a host can have. */
async function busiestHostUser(db: Db): Promise<void> {
  const [busiest] = await db
    .select({ hostId: opportunities.hostId, n: count() })
    .from(opportunities)
    .groupBy(opportunities.hostId)
    .orderBy(desc(count()))
    .limit(1);
  if (!busiest) throw new Error('the bench catalog has no openings');
  await db.insert(users).values({
    id: 'usr_bench_host',
    name: 'ベンチ受け入れ担当',
    role: 'host',
    hostId: busiest.hostId,
    tokenHash: await sha256Hex(HOST_TOKEN),
    createdAt: STAMP,
  });
}

async function fullLists(db: Db): Promise<void> {
  await db.insert(users).values(
    await Promise.all(
      Array.from({ length: FULL_USERS_PAGE }, async (_, i) => ({
        id: `usr_bench_${String(i).padStart(3, '0')}`,
        name: i === 0 ? 'ベンチ管理者' : `ベンチ利用者 ${i}（とても長い名前の職員さんの場合）`,
        role: i === 0 ? ('admin' as const) : ('supporter' as const),
        tokenHash: await sha256Hex(i === 0 ? ADMIN_TOKEN : `bench-user-${i}`),
        createdAt: STAMP,
      })),
    ),
  );
  await db.insert(auditEvents).values(
    Array.from({ length: FULL_AUDIT_PAGE }, (_, i) => ({
      id: `aud_bench_${String(i).padStart(3, '0')}`,
      at: STAMP,
      actorId: 'usr_bench_supporter',
      actorRole: 'supporter',
      action: 'participant.private.read',
      entity: 'participant',
      entityId: `prt_bench_${String((i % 14) + 1).padStart(3, '0')}`,
      outcome: 'ok' as const,
      requestId: crypto.randomUUID(),
    })),
  );
}

export async function measureConsole(options: {
  app: App;
  db: Db;
  supporterToken: string;
  participantIds: string[];
  requests: number;
  warmup: number;
}): Promise<ConsoleResult> {
  const { app, db, participantIds, requests, warmup } = options;
  await fullLists(db);
  await busiestHostUser(db);
  const supporter = await sessionCookie(app, options.supporterToken);
  const admin = await sessionCookie(app, ADMIN_TOKEN);
  const host = await sessionCookie(app, HOST_TOKEN);

  const get = async (path: string, cookie: string | null): Promise<string> => {
    const response = await app.request(path, { headers: cookie ? { cookie } : {} });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${html.slice(0, 300)}`);
    return html;
  };
  const timed = async (path: (i: number) => string, cookie: string): Promise<Timing> => {
    for (let i = 0; i < warmup; i++) await get(path(i), cookie);
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      await get(path(i), cookie);
      samples.push(performance.now() - start);
    }
    return summarize(samples);
  };
  const matches = await timed((i) => `/participants/${participantIds[i % participantIds.length]}/matches`, supporter);
  const openings = await timed(() => '/openings', host);

  const cssBytes = byteLength(await get('/console.css', null));
  const first = participantIds[0]!;
  const main: [string, string, string | null][] = [
    ['sign-in', '/', null],
    ['home', '/', supporter],
    ['participants', '/participants', supporter],
    ['participant', `/participants/${first}`, supporter],
    ['participant form', '/participants/new', supporter],
    ['matches', `/participants/${first}/matches`, supporter],
    ['catalog', `/catalog?q=${encodeURIComponent('農作業')}`, supporter],
    ['openings', '/openings', host],
    ['users', '/users', admin],
    ['audit', '/audit', admin],
  ];
  const pages: PageBytes[] = [];
  for (const [page, path, cookie] of main) {
    const htmlBytes = byteLength(await get(path, cookie));
    pages.push({ page, path: path.replace(first, '{id}'), htmlBytes, totalBytes: htmlBytes + cssBytes });
  }
  return { matches, openings, cssBytes, pages };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
