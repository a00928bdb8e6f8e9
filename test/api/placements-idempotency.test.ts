import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';
import { addNetworkLatency } from '../support/latency';
import { giveConsent, makeParticipant } from '../support/participants';
import { filledOf, moveTo, placementWorld, propose } from '../support/placements';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const key = (k: string) => ({ 'idempotency-key': k });

async function placementsOf(harness: Harness, participantId: string) {
  return (await harness.as('admin').get(`/v1/placements?participantId=${participantId}`)).body.items as { id: string }[];
}

describe('idempotency: replays respect scope and consent as they are now', () => {
  it('shows a host only the code on a repeated answer once consent has been withdrawn', async () => {
    const w = await placementWorld(h);
    const placement = await propose(h, w.participant.id, w.opening.id);
    const first = await h.as(w.hostCaller).post(`/v1/placements/${placement.id}/transitions`, { to: 'accepted' }, key('host-accept'));
    expect(first.body.participant.displayName).toBeDefined();
    await h.as('supporter').post(`/v1/participants/${w.participant.id}/consent`, { status: 'withdrawn' });
    const again = await h.as(w.hostCaller).post(`/v1/placements/${placement.id}/transitions`, { to: 'accepted' }, key('host-accept'));
    expect(again.status).toBe(200);
    expect(again.body.participant).toEqual({ code: first.body.participant.code });
  });
});

describe('idempotency: keys are kept for a day', () => {
  it('treats a key used more than 24 hours ago as new, and keeps no stored response past that', async () => {
    const fresh = await createHarness();
    try {
      const w = await placementWorld(fresh);
      const other = await makeParticipant(fresh, 'supporter');
      await giveConsent(fresh, other.id);
      const first = await fresh
        .as('supporter')
        .post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id }, key('daily'));
      expect(first.status).toBe(201);
      fresh.clock.now = new Date(fresh.clock.now.getTime() + 25 * 60 * 60 * 1000);
      const later = await fresh
        .as('supporter')
        .post('/v1/placements', { participantId: other.id, opportunityId: w.opening.id }, key('daily'));
      expect(later.status).toBe(201);
      expect(later.body.id).not.toBe(first.body.id);
      const stored = await fresh.client.execute('select created_at from idempotency_keys');
      expect(stored.rows).toHaveLength(1);
    } finally {
      fresh.close();
    }
  });
});

describe('idempotency: proposing a placement', () => {
  it('answers a repeat with the first response and creates one placement', async () => {
    const w = await placementWorld(h);
    const body = { participantId: w.participant.id, opportunityId: w.opening.id, note: '初回面談のあと' };
    const first = await h.as('supporter').post('/v1/placements', body, key('create-1'));
    const again = await h
      .as('supporter')
      .post('/v1/placements', { note: '初回面談のあと', opportunityId: w.opening.id, participantId: w.participant.id }, key('create-1'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await placementsOf(h, w.participant.id)).toHaveLength(1);
  });

  it('refuses the same key with a different body (422 idempotency_mismatch), changing nothing', async () => {
    const w = await placementWorld(h);
    const other = await makeParticipant(h, 'supporter');
    await giveConsent(h, other.id);
    await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id }, key('create-2'));
    const mismatch = await h
      .as('supporter')
      .post('/v1/placements', { participantId: other.id, opportunityId: w.opening.id }, key('create-2'));
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('idempotency_mismatch');
    expect(await placementsOf(h, other.id)).toHaveLength(0);
  });

  it('keeps keys apart per caller', async () => {
    const w = await placementWorld(h);
    const other = await makeParticipant(h, 'coordinator');
    await giveConsent(h, other.id);
    await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id }, key('shared'));
    const theirs = await h
      .as('coordinator')
      .post('/v1/placements', { participantId: other.id, opportunityId: w.opening.id }, key('shared'));
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });

  it('gives two concurrent requests with the same new key one placement and the same answer', async () => {
    const slow = await createHarness();
    try {
      const w = await placementWorld(slow);
      addNetworkLatency(slow);
      const body = { participantId: w.participant.id, opportunityId: w.opening.id };
      const [a, b] = await Promise.all([1, 2].map(() => slow.as('supporter').post('/v1/placements', body, key('twice'))));
      expect([a!.status, b!.status]).toEqual([201, 201]);
      expect(a!.body).toEqual(b!.body);
      expect(await placementsOf(slow, w.participant.id)).toHaveLength(1);
    } finally {
      slow.close();
    }
  });

  it('refuses a key longer than 200 characters', async () => {
    const w = await placementWorld(h);
    const res = await h
      .as('supporter')
      .post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id }, key('k'.repeat(201)));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('idempotency-key');
  });
});

describe('idempotency: transitions and check-ins', () => {
  it('takes one seat for a repeated acceptance and answers the repeat with the first response', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    const first = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' }, key('accept-1'));
    const again = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' }, key('accept-1'));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await filledOf(h, w.opening.id)).toBe(1);
    const got = await h.as('supporter').get(`/v1/placements/${p.id}`);
    expect(got.body.version).toBe(2);
    expect(got.body.history).toHaveLength(2);
    const mismatch = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'cancelled' }, key('accept-1'));
    expect(mismatch.status).toBe(422);
  });

  it('answers two concurrent repeats of an acceptance alike, with one seat taken', async () => {
    const slow = await createHarness();
    try {
      const w = await placementWorld(slow);
      const p = await propose(slow, w.participant.id, w.opening.id);
      addNetworkLatency(slow);
      const [a, b] = await Promise.all(
        [1, 2].map(() => slow.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' }, key('accept-twice'))),
      );
      expect([a!.status, b!.status]).toEqual([200, 200]);
      expect(a!.body).toEqual(b!.body);
      expect(await filledOf(slow, w.opening.id)).toBe(1);
    } finally {
      slow.close();
    }
  });

  it('records one check-in for a repeated one, and refuses the key with another body', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'trial', { at: '2026-11-10T09:00:00+09:00' });
    const body = { date: '2026-11-17', channel: 'visit', wellbeing: 4 };
    const first = await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, body, key('visit-1'));
    const again = await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, body, key('visit-1'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await h.as('supporter').get(`/v1/placements/${p.id}/check-ins`)).body.items).toHaveLength(1);
    const mismatch = await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, { ...body, wellbeing: 2 }, key('visit-1'));
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('idempotency_mismatch');
  });

  it('answers two concurrent repeats of a check-in alike, with one check-in recorded', async () => {
    const slow = await createHarness();
    try {
      const w = await placementWorld(slow);
      const p = await propose(slow, w.participant.id, w.opening.id);
      await moveTo(slow, p.id, 'accepted');
      await moveTo(slow, p.id, 'trial', { at: '2026-11-10T09:00:00+09:00' });
      addNetworkLatency(slow);
      for (const body of [
        { date: '2026-11-17', channel: 'visit' },
        { date: '2026-11-01', channel: 'phone' },
      ]) {
        const k = key(`check-in-${body.channel}`);
        const [a, b] = await Promise.all([1, 2].map(() => slow.as('supporter').post(`/v1/placements/${p.id}/check-ins`, body, k)));
        expect([a!.status, b!.status]).toEqual([201, 201]);
        expect(a!.body).toEqual(b!.body);
      }
      expect((await slow.as('supporter').get(`/v1/placements/${p.id}/check-ins`)).body.items).toHaveLength(2);
    } finally {
      slow.close();
    }
  });
});
