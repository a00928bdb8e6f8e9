import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHosts, demoOpportunities, demoParticipants, demoUsers } from '../../seed/demo';
import { seedDemoIfEmpty } from '../../seed/load';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => { h = await createHarness(); });
afterAll(() => h.close());

describe('demo seeding', () => {
  it('loads the whole invented demo through the real API into an empty database', async () => {
    const summary = await seedDemoIfEmpty(h.db, TEST_NOW);
    expect(summary.created).toBe(true);
    const admin = { token: 'demo-admin-token' };
    const hosts = await h.as(admin).get('/v1/hosts?limit=200');
    expect(hosts.body.items).toHaveLength(demoHosts.length);
    const opportunities = await h.as(admin).get('/v1/opportunities?limit=200');
    expect(opportunities.body.items).toHaveLength(demoOpportunities.length);
    const participants = await h.as(admin).get('/v1/participants?limit=200');
    expect(participants.body.items).toHaveLength(demoParticipants.length);
    expect(participants.body.items.filter((p: { consent: { status: string } }) => p.consent.status === 'given'))
      .toHaveLength(demoParticipants.filter((p) => p.consent.status === 'given').length);
  });

  it('places demo people in their best match at every stage, so the follow-up list has work in it', async () => {
    const coordinator = { token: 'demo-coordinator-token' };
    const placements = await h.as(coordinator).get('/v1/placements?limit=200');
    expect(placements.body.items.map((p: { status: string }) => p.status).sort()).toEqual(['accepted', 'active', 'ended', 'proposed', 'trial']);
    const followUps = await h.as(coordinator).get('/v1/follow-ups');
    expect(followUps.body.items.map((f: { state: string }) => f.state)).toEqual(expect.arrayContaining(['overdue', 'due', 'upcoming']));
  });

  it('gives every demo user a working token bound to the right role and host', async () => {
    for (const user of demoUsers) {
      const me = await h.as({ token: user.token }).get('/v1/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe(user.role);
      if (user.hostKey) expect(me.body.hostId).toEqual(expect.any(String));
    }
    const hatake = await h.as({ token: 'demo-host-hatake-token' }).get('/v1/opportunities?limit=200');
    expect(new Set(hatake.body.items.map((o: { hostId: string }) => o.hostId)).size).toBe(1);
  });

  it('leaves a database that already has data alone', async () => {
    const again = await seedDemoIfEmpty(h.db, TEST_NOW);
    expect(again.created).toBe(false);
    expect((await h.as({ token: 'demo-admin-token' }).get('/v1/hosts?limit=200')).body.items).toHaveLength(demoHosts.length);
  });
});
