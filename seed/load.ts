import { sql } from 'drizzle-orm';
import { createApp } from '../src/app';
import { BOOTSTRAP_ADMIN_ID } from '../src/auth/tokens';
import { openDatabase } from '../src/db/client';
import type { Db } from '../src/db/db';
import { insertWhere } from '../src/db/insert-where';
import { migrateDatabase } from '../src/db/migrate';
import { hosts, users } from '../src/db/schema';
import { isoTokyo } from '../src/lib/clock';
import { newId, newToken, sha256Hex } from '../src/lib/ids';
import { nodeDocsScript } from '../src/node/docs-script';
import { demoHosts, demoOpportunities, demoParticipants, demoUsers } from './demo';
import { demoPlacements } from './demo/placements';
import { tokyoDate } from '../src/domain/dates';
import type { DemoUser } from './demo';
import { demoFitsCity } from './demo/city';
import { copyRows } from './copy-rows';

export type DemoToken = Pick<DemoUser, 'key' | 'name' | 'role'> & { token: string };
/** Why no demo was seeded: the database had data, or the settings in force are another city's. */
export type DemoSummary = { created: true; users: DemoToken[] } | { created: false; users: []; reason: 'not_empty' | 'other_city' };

/**
 * Seeds the invented Nagareyama demo into an empty database (no hosts yet) and returns the demo
 * users' new random tokens: the only time they are ever visible, since only their hashes are
 * stored. Everything but the users goes through the real API in-process, so demo data is
 * validated, audited and stored exactly like data entered by staff. It is built in a scratch
 * database and copied over in one batch, so a failure half-way leaves the database as it was.
 */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<DemoSummary> {
  if (!demoFitsCity()) return { created: false, users: [], reason: 'other_city' };
  const [anyHost] = await db.select({ id: hosts.id }).from(hosts).limit(1);
  if (anyHost) return { created: false, users: [], reason: 'not_empty' };
  const tokens = demoUsers.map((user) => ({ key: user.key, name: user.name, role: user.role, token: newToken() }));
  const scratch = openDatabase({ url: ':memory:' });
  try {
    await migrateDatabase(scratch.db);
    await seedDemo(scratch.db, now, tokens);
    await copyRows(scratch.db, db);
  } finally {
    scratch.client.close();
  }
  return { created: true, users: tokens };
}

/**
 * On a database without any user (no demo, no ADMIN_TOKEN), makes the bootstrap admin with a
 * fresh token, shown once, so a city starting empty can sign in at once. One guarded insert: two
 * starts at once still make one admin. ADMIN_TOKEN later replaces the token, as for any bootstrap.
 */
export async function createFirstAdmin(db: Db, now: Date): Promise<DemoToken | null> {
  const token = newToken();
  const admin = {
    id: BOOTSTRAP_ADMIN_ID,
    name: '管理者',
    role: 'admin' as const,
    tokenHash: await sha256Hex(token),
    createdAt: isoTokyo(now),
  };
  const made = await insertWhere(db, users, admin, sql`not exists (select 1 from ${users})`).returning({ id: users.id });
  return made.length > 0 ? { key: 'admin', name: admin.name, role: admin.role, token } : null;
}

async function seedDemo(db: Db, now: Date, tokens: DemoToken[]): Promise<void> {
  const tokenOf = (key: string): string => {
    const user = tokens.find((u) => u.key === key);
    if (!user) throw new Error(`demo user ${key} is missing from seed/demo/users.ts`);
    return user.token;
  };
  const app = createApp({ deps: { db, now: () => now, log: () => {} }, docsScript: nodeDocsScript });
  const userIds = new Map<string, string>();
  const insertUsers = async (list: DemoUser[], hostIds: Map<string, string>) => {
    const rows = await Promise.all(
      list.map(async (user) => {
        const id = newId('usr', now);
        userIds.set(user.key, id);
        const hostId = user.hostKey ? hostIds.get(user.hostKey) : null;
        if (user.hostKey && !hostId) throw new Error(`demo user ${user.key}: unknown host ${user.hostKey}`);
        return {
          id,
          name: user.name,
          role: user.role,
          hostId: hostId ?? null,
          tokenHash: await sha256Hex(tokenOf(user.key)),
          createdAt: isoTokyo(now),
        };
      }),
    );
    if (rows.length > 0) await db.insert(users).values(rows);
  };

  const get = async <T>(token: string, path: string): Promise<T> => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`seeding ${path} failed (${res.status}): ${await res.text()}`);
    return (await res.json()) as T;
  };
  const call = async (token: string, path: string, body: unknown): Promise<{ id: string }> => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`seeding ${path} failed (${res.status}): ${await res.text()}`);
    return (await res.json()) as { id: string };
  };

  await insertUsers(
    demoUsers.filter((u) => u.role !== 'host'),
    new Map(),
  );
  const admin = tokenOf('admin');
  const hostIds = new Map<string, string>();
  for (const { key, ...host } of demoHosts) hostIds.set(key, (await call(admin, '/v1/hosts', host)).id);
  await insertUsers(
    demoUsers.filter((u) => u.role === 'host'),
    hostIds,
  );

  for (const { hostKey, ...opportunity } of demoOpportunities) {
    await call(admin, '/v1/opportunities', { ...opportunity, hostId: hostIds.get(hostKey) });
  }
  const participants = new Map<string, { id: string; supporter: string }>();
  for (const { key, supporterKey, consent, ...participant } of demoParticipants) {
    const supporter = tokenOf(supporterKey);
    const created = await call(supporter, '/v1/participants', participant);
    participants.set(key, { id: created.id, supporter });
    if (consent.status === 'given') {
      await call(supporter, `/v1/participants/${created.id}/consent`, {
        status: 'given',
        ...(consent.scope ? { scope: consent.scope } : {}),
      });
    }
  }

  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  for (const plan of demoPlacements) {
    const person = participants.get(plan.participantKey);
    if (!person) throw new Error(`demo placement: unknown participant ${plan.participantKey}`);
    const best = await get<{ items: { opportunityId: string }[] }>(person.supporter, `/v1/participants/${person.id}/matches?limit=1`);
    const opportunityId = best.items[0]?.opportunityId;
    if (!opportunityId) continue;
    const placement = await call(person.supporter, '/v1/placements', {
      participantId: person.id,
      opportunityId,
      note: 'デモ用の架空のつなぎ',
    });
    for (const step of plan.steps) {
      await call(person.supporter, `/v1/placements/${placement.id}/transitions`, {
        to: step.to,
        at: isoTokyo(daysAgo(step.daysAgo)),
        ...(step.reason ? { reason: step.reason } : {}),
      });
    }
    for (const { daysAgo: days, ...checkIn } of plan.checkIns) {
      await call(person.supporter, `/v1/placements/${placement.id}/check-ins`, { ...checkIn, date: tokyoDate(daysAgo(days)) });
    }
  }
}
