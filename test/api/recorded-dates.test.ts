import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { moveTo, placementWorld, propose } from '../support/placements';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const oneMinuteAhead = new Date(TEST_NOW.getTime() + 60_000).toISOString();
const REFUSED_INSTANTS = ['9999-12-31T23:00:00+09:00', oneMinuteAhead, '1999-12-31T23:59:00+09:00'];

describe('dates of what happened: in the past, never in the future, never before 2000', () => {
  it('refuses a transition dated in the future or before 2000, and the placement stays as it was', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    for (const at of [...REFUSED_INSTANTS, '+010000-01-01T00:00:00+09:00']) {
      for (const to of ['declined', 'accepted']) {
        const res = await h
          .as('supporter')
          .post(`/v1/placements/${p.id}/transitions`, { to, at, ...(to === 'declined' ? { reason: 'not_a_fit' } : {}) });
        expect(res.status, `${to} at ${at}`).toBe(400);
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('at');
      }
    }
    expect((await h.as('supporter').get(`/v1/placements/${p.id}`)).body).toMatchObject({ status: 'proposed', version: 1 });
    expect(
      (await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted', at: '2000-01-01T00:00:00+09:00' })).status,
    ).toBe(200);
  });

  it('refuses a check-in dated in the future or before 2000', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'active');
    for (const date of ['9999-12-31', '2026-11-28', '1999-12-31']) {
      const res = await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, { date, channel: 'phone' });
      expect(res.status, date).toBe(400);
      expect(res.body.errors[0].path).toBe('date');
    }
    expect((await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, { date: '2026-11-27', channel: 'phone' })).status).toBe(201);
  });

  it('refuses consent recorded in the future or before 2000, and the consent stays as it was', async () => {
    const w = await placementWorld(h);
    for (const recordedAt of REFUSED_INSTANTS) {
      const res = await h.as('coordinator').post(`/v1/participants/${w.participant.id}/consent`, { status: 'withdrawn', recordedAt });
      expect(res.status, recordedAt).toBe(400);
      expect(res.body.errors[0].path).toBe('recordedAt');
    }
    expect((await h.as('coordinator').get(`/v1/participants/${w.participant.id}`)).body.consent.status).toBe('given');
  });
});
