import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHosts, demoOpportunities, demoParticipants, demoUsers } from '../../seed/demo';
import { seedDemoIfEmpty, type DemoSummary } from '../../seed/load';
import { isLoopbackHost } from '../../src/node/env';
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

describe('demo seeding', () => {
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
    expect(again).toEqual({ created: false, users: [] });
    expect((await h.as(tokenOf('admin')).get('/v1/hosts?limit=200')).body.items).toHaveLength(demoHosts.length);
  });

  it('is offered only to a server that listens on loopback', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'tsunagu.example.jp', '127.0.0.1.example.jp'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
