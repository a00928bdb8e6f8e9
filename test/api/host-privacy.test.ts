import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, type ApiResponse, type Harness } from '../support/harness';
import { itemIds } from '../support/lists';
import { giveConsent, makeParticipant } from '../support/participants';
import { moveTo, propose } from '../support/placements';
import { anotherArea } from '../support/city';

/**
 * Every sensitive participant field, the placement notes and what staff write after a visit carry
 * a canary. Nothing a host can fetch — lists, details, check-ins, follow-ups, errors — may contain
 * one. The display name is shared with the host while consent is given, so it is checked apart.
 * The person's circumstances are codes, not free text: a code no host here understands stands in
 * for the canary.
 */
const CANARY = 'CANARY';
const DISPLAY_NAME = 'ミドリさん';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function world() {
  const hostA = await makeHost(h, { name: '流山テスト農園' });
  const hostB = await makeHost(h, { name: '流山テスト食堂' });
  const callerA = await makeHostUser(h, hostA.id);
  const callerB = await makeHostUser(h, hostB.id);
  const opening = await makeOpportunity(h, hostA.id, { capacity: 5 });
  const person = await makeParticipant(h, 'supporter', {
    displayName: DISPLAY_NAME,
    age: 47,
    gender: 'female',
    home: { area: anotherArea, lat: 35.8123, lng: 139.9123 },
    interests: [`${CANARY}-interest`],
    circumstances: ['care_leavers'],
    preferences: { pay: 'paid' },
    goals: `${CANARY}-goals`,
    referredBy: `${CANARY}-referredBy`,
    private: {
      name: `${CANARY}-name`,
      nameKana: `${CANARY}-kana`,
      phone: `${CANARY}-phone`,
      address: `${CANARY}-address`,
      notes: `${CANARY}-notes`,
    },
  });
  await giveConsent(h, person.id);
  const placement = await propose(h, person.id, opening.id, { note: `${CANARY}-placement-note` });
  return { hostA, hostB, callerA, callerB, opening, person, placement };
}

function expectNoCanary(responses: ApiResponse[]) {
  for (const res of responses) expect(res.text, `${res.status} ${res.text}`).not.toContain(CANARY);
}

describe('host privacy', () => {
  it('lets nothing a host can fetch reveal a sensitive participant field, a note or a staff record', async () => {
    const w = await world();
    const seen: ApiResponse[] = [];
    const asA = h.as(w.callerA);
    const asB = h.as(w.callerB);

    seen.push(await asA.post(`/v1/placements/${w.placement.id}/transitions`, { to: 'trial' }));
    seen.push(await asA.post(`/v1/placements/${w.placement.id}/transitions`, { to: 'accepted', note: `${CANARY}-host-note` }));
    seen.push(await asA.post(`/v1/placements/${w.placement.id}/transitions`, { to: 'accepted' }));
    await moveTo(h, w.placement.id, 'trial', { at: '2026-10-18T09:00:00+09:00', note: `${CANARY}-transition-note` });
    for (const channel of ['visit', 'host_report']) {
      const staff = await h.as('supporter').post(`/v1/placements/${w.placement.id}/check-ins`, {
        date: '2026-10-24',
        channel,
        participantVoice: `${CANARY}-participantVoice`,
        hostVoice: `${CANARY}-hostVoice`,
        nextActions: `${CANARY}-nextActions`,
      });
      expect(staff.status).toBe(201);
    }
    seen.push(
      await asA.post(`/v1/placements/${w.placement.id}/check-ins`, {
        date: '2026-11-20',
        channel: 'host_report',
        hostVoice: '元気に来ています',
      }),
    );
    seen.push(await asA.post(`/v1/placements/${w.placement.id}/check-ins`, { date: '2026-11-20', channel: 'visit' }));
    seen.push(await asA.post(`/v1/placements/${w.placement.id}/check-ins`, { date: '2026-11-20', channel: 'host_report', wellbeing: 9 }));

    const list = await asA.get('/v1/placements');
    const detail = await asA.get(`/v1/placements/${w.placement.id}`);
    const checkIns = await asA.get(`/v1/placements/${w.placement.id}/check-ins`);
    seen.push(list, detail, checkIns);
    seen.push(await asA.get(`/v1/placements?opportunityId=${w.opening.id}&status=trial`));
    seen.push(await asA.get('/v1/follow-ups'));
    seen.push(await asA.get('/v1/follow-ups?state=overdue'));
    seen.push(await asA.get(`/v1/participants/${w.person.id}`));
    seen.push(await asA.get('/v1/participants'));
    seen.push(await asA.get(`/v1/participants/${w.person.id}/matches`));
    seen.push(await asA.get(`/v1/audit-events?entityId=${w.placement.id}`));
    seen.push(await asA.get(`/v1/hosts/${w.hostA.id}`));
    seen.push(await asA.get(`/v1/opportunities/${w.opening.id}`));
    seen.push(await asA.get(`/v1/hosts/${w.hostA.id}/support-records`));
    seen.push(await asA.get(`/v1/placements?participantId=${w.person.id}`));

    const strangerDetail = await asB.get(`/v1/placements/${w.placement.id}`);
    const strangerList = await asB.get('/v1/placements');
    seen.push(strangerDetail, strangerList);
    seen.push(await asB.get(`/v1/placements/${w.placement.id}/check-ins`));
    seen.push(await asB.post(`/v1/placements/${w.placement.id}/transitions`, { to: 'active' }));
    seen.push(await asB.post(`/v1/placements/${w.placement.id}/check-ins`, { date: '2026-11-20', channel: 'host_report' }));

    expectNoCanary(seen);
    expect(detail.status).toBe(200);
    expect(detail.body.participant).toEqual({
      code: w.person.code,
      displayName: DISPLAY_NAME,
      needs: ['accompaniment'],
      limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    });
    expect(Object.keys(detail.body).sort()).toEqual([
      'closeReason',
      'createdAt',
      'endedOn',
      'history',
      'hostId',
      'id',
      'opportunityId',
      'opportunityTitle',
      'participant',
      'startedOn',
      'status',
      'updatedAt',
    ]);
    expect(detail.body.history.every((t: object) => Object.keys(t).sort().join() === 'at,from,reason,to')).toBe(true);
    expect(itemIds(list.body.items)).toEqual([w.placement.id]);
    expect(checkIns.body.items).toHaveLength(1);
    expect(strangerDetail.status).toBe(404);
    expect(strangerList.body.items).toEqual([]);
    for (const text of [detail.text, list.text]) {
      for (const hidden of [
        '"age"',
        '"gender"',
        '"home"',
        '"goals"',
        '"interests"',
        '"private"',
        '"note"',
        '"participantId"',
        '"by"',
        '"circumstances"',
        '"preferences"',
      ]) {
        expect(text).not.toContain(hidden);
      }
    }
    for (const res of seen) expect(res.text, `${res.status} ${res.text}`).not.toContain('care_leavers');
  });

  it('reduces the participant to the code once consent is withdrawn', async () => {
    const w = await world();
    await moveTo(h, w.placement.id, 'accepted');
    await h.as('supporter').post(`/v1/participants/${w.person.id}/consent`, { status: 'withdrawn' });
    const detail = await h.as(w.callerA).get(`/v1/placements/${w.placement.id}`);
    const list = await h.as(w.callerA).get('/v1/placements');
    expect(detail.body.participant).toEqual({ code: w.person.code });
    for (const res of [detail, list]) {
      expect(res.text).not.toContain(DISPLAY_NAME);
      expect(res.text).not.toContain('accompaniment');
    }
    expectNoCanary([detail, list]);
  });
});
