import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHosts, demoOpportunities, demoParticipants, demoUsers } from '../../seed/demo';
import { copyRows } from '../../seed/copy-rows';
import { DEMO_CITY, demoFitsCity } from '../../seed/demo/city';
import { createFirstAdmin, seedDemoIfEmpty, type DemoSummary } from '../../seed/load';
import { CITY } from '../../src/config';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { hosts, users } from '../../src/db/schema';
import { isLoopbackHost } from '../../src/node/env';
import { makeHost } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
let seeded: DemoSummary;
beforeAll(async () => {
  h = await createHarness();
  seeded = await seedDemoIfEmpty(h.db, TEST_NOW);
});
afterAll(() => h.close());

/** The token the seed printed for one demo user. */
function tokenOf(key: string) {
  const user = seeded.users.find((u) => u.key === key);
  if (!user) throw new Error(`no demo token for ${key}`);
  return { token: user.token };
}

describe.runIf(demoFitsCity())(`demo seeding (under ${DEMO_CITY.name}'s settings only: the demo is its story)`, () => {
  it('loads the whole invented demo through the real API into an empty database', async () => {
    expect(seeded.created).toBe(true);
    const admin = tokenOf('admin');
    const hosts = await h.as(admin).get('/v1/hosts?limit=200');
    expect(hosts.body.items).toHaveLength(demoHosts.length);
    const opportunities = await h.as(admin).get('/v1/opportunities?limit=200');
    expect(opportunities.body.items).toHaveLength(demoOpportunities.length);
    const participants = await h.as(admin).get('/v1/participants?limit=200');
    expect(participants.body.items).toHaveLength(demoParticipants.length);
    expect(participants.body.items.filter((p: { consent: { status: string } }) => p.consent.status === 'given')).toHaveLength(
      demoParticipants.filter((p) => p.consent.status === 'given').length,
    );
  });

  it('places demo people in their best match at every stage, so the follow-up list has work in it', async () => {
    const coordinator = tokenOf('coordinator');
    const placements = await h.as(coordinator).get('/v1/placements?limit=200');
    expect(placements.body.items.map((p: { status: string }) => p.status).sort()).toEqual([
      'accepted',
      'active',
      'ended',
      'proposed',
      'trial',
    ]);
    const followUps = await h.as(coordinator).get('/v1/follow-ups');
    expect(followUps.body.items.map((f: { state: string }) => f.state)).toEqual(expect.arrayContaining(['overdue', 'due', 'upcoming']));
  });

  it('gives every demo user a random working token bound to the right role and host, never a well-known one', async () => {
    expect(seeded.users.map((u) => u.key).sort()).toEqual(demoUsers.map((u) => u.key).sort());
    for (const user of demoUsers) {
      const me = await h.as(tokenOf(user.key)).get('/v1/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe(user.role);
      if (user.hostKey) expect(me.body.hostId).toEqual(expect.any(String));
    }
    expect(new Set(seeded.users.map((u) => u.token)).size).toBe(demoUsers.length);
    for (const user of seeded.users) expect(user.token).toMatch(/^tsn_[0-9a-f]{64}$/);
    expect((await h.as({ token: 'demo-admin-token' }).get('/v1/me')).status).toBe(401);
    const hatake = await h.as(tokenOf('host-hatake')).get('/v1/opportunities?limit=200');
    expect(new Set(hatake.body.items.map((o: { hostId: string }) => o.hostId)).size).toBe(1);
  });

  it('leaves a database that already has data alone, and prints no tokens for it', async () => {
    const again = await seedDemoIfEmpty(h.db, TEST_NOW);
    expect(again).toEqual({ created: false, users: [], reason: 'not_empty' });
    expect((await h.as(tokenOf('admin')).get('/v1/hosts?limit=200')).body.items).toHaveLength(demoHosts.length);
  });
});

describe('demo seeding: any city', () => {
  it(`is seeded only under ${DEMO_CITY.name}'s settings, told by the city code`, () => {
    expect(demoFitsCity({ code: DEMO_CITY.code })).toBe(true);
    expect(demoFitsCity({ code: '999991' })).toBe(false);
  });

  it.runIf(!demoFitsCity())(`leaves the catalog empty under another city's settings (in force: ${CITY.name}), and says why`, async () => {
    expect(seeded).toEqual({ created: false, users: [], reason: 'other_city' });
    expect(await h.db.select().from(hosts)).toEqual([]);
  });

  it('copies a seed in one batch: when one row cannot be written, none is', async () => {
    const source = await createHarness();
    const target = await createHarness();
    try {
      await makeHost(source);
      // Both harnesses hold the same test users, so the users' rows collide after the host's went in.
      await expect(copyRows(source.db, target.db)).rejects.toThrow();
      expect(await target.db.select().from(hosts)).toEqual([]);
    } finally {
      source.close();
      target.close();
    }
  });

  it('makes the first admin, with a token shown once, only on a database without any user', async () => {
    const { db, client } = openDatabase({ url: ':memory:' });
    try {
      await migrateDatabase(db);
      const admin = await createFirstAdmin(db, TEST_NOW);
      expect(admin).toMatchObject({ role: 'admin', token: expect.stringMatching(/^tsn_[0-9a-f]{64}$/) });
      expect(await createFirstAdmin(db, TEST_NOW)).toBeNull();
      expect((await db.select().from(users)).map((u) => u.role)).toEqual(['admin']);
    } finally {
      client.close();
    }
    expect(await createFirstAdmin(h.db, TEST_NOW)).toBeNull();
  });

  it('is offered only to a server that listens on loopback', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'tsunagu.example.jp', '127.0.0.1.example.jp'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
