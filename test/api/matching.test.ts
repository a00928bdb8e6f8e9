import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSnapshotStored } from '../../src/services/catalog';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { giveConsent, makeParticipant, participantInput } from '../support/participants';
import { moveTo, propose } from '../support/placements';
import { errorPaths } from '../support/problems';
import { aThirdArea, anArea, anotherArea, northOf, stations } from '../support/city';

let h: Harness;
let hostId: string;
beforeAll(async () => {
  h = await createHarness();
  hostId = (await makeHost(h)).id;
});
afterAll(() => h.close());

// Aさん (participantInput): lives 4 km south of the first area's point, free Tuesday 09–13, step 2,
// avoids the phone and customer contact, needs accompaniment, up to 30 minutes by walk/bicycle/train.
const nearby = { area: anotherArea, station: null, ...northOf(anArea, -3.9), online: false };

describe('matching: a participant on record', () => {
  it('offers what fits, ranked and explained, and lists every reason for what it leaves out', async () => {
    const farm = await makeOpportunity(h, hostId, { title: '畑の手入れ（南流山）', step: 2, location: nearby });
    const phone = await makeOpportunity(h, hostId, {
      title: '電話受付の補助',
      tags: ['事務'],
      step: 2,
      location: nearby,
      environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: true },
    });
    const far = await makeOpportunity(h, hostId, {
      title: '遠くの作業',
      step: 5,
      location: { area: aThirdArea, station: null, ...northOf(anArea, 8), online: false },
      schedule: [{ day: 'sat', start: '09:00', end: '12:00' }],
    });
    const person = await makeParticipant(h);
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches?includeExcluded=true`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { opportunityId: string }) => i.opportunityId)).toEqual([farm.id]);
    const item = res.body.items[0];
    expect(item).toMatchObject({
      title: '畑の手入れ（南流山）',
      hostId,
      hostName: 'NPO法人ながれやま畑の会',
      matchedSlots: [{ day: 'tue', start: '09:00', end: '12:00' }],
    });
    expect(item.score).toBeGreaterThan(0);
    expect(item.score).toBeLessThanOrEqual(1);
    expect(item.reasons.map((r: { code: string }) => r.code)).toContain('interest');
    expect(item.reasons.find((r: { code: string }) => r.code === 'interest').message).toContain('土いじり');
    const excluded = Object.fromEntries(
      res.body.excluded.map((e: { opportunityId: string; reasons: { code: string }[] }) => [e.opportunityId, e.reasons.map((r) => r.code)]),
    );
    expect(excluded[phone.id]).toEqual(['environment']);
    expect(excluded[far.id]).toEqual(expect.arrayContaining(['schedule', 'travel', 'step']));
  });

  it('leaves the excluded list empty unless asked for it', async () => {
    const person = await makeParticipant(h);
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches`);
    expect(res.body.excluded).toEqual([]);
  });

  it('stops offering an opening the moment its last seat is taken, and offers it again when the seat comes back', async () => {
    const single = await makeOpportunity(h, hostId, { title: '一人分だけの席', step: 2, capacity: 1, location: nearby });
    const person = await makeParticipant(h);
    await giveConsent(h, person.id);
    const offered = async () => (await h.as('supporter').get(`/v1/participants/${person.id}/matches?limit=200&includeExcluded=true`)).body;
    expect((await offered()).items.map((i: { opportunityId: string }) => i.opportunityId)).toContain(single.id);
    const placement = await propose(h, person.id, single.id);
    await moveTo(h, placement.id, 'accepted');
    const full = await offered();
    expect(full.items.map((i: { opportunityId: string }) => i.opportunityId)).not.toContain(single.id);
    expect(
      full.excluded.find((e: { opportunityId: string }) => e.opportunityId === single.id).reasons.map((r: { code: string }) => r.code),
    ).toEqual(['full']);
    await moveTo(h, placement.id, 'cancelled');
    expect((await offered()).items.map((i: { opportunityId: string }) => i.opportunityId)).toContain(single.id);
  });

  it('sees a listing change at once (a paused opening is no longer offered)', async () => {
    const cafe = await makeOpportunity(h, hostId, { title: '休止予定の作業', step: 2, location: nearby });
    const person = await makeParticipant(h);
    await h.as('admin').patch(`/v1/opportunities/${cafe.id}`, { status: 'paused' });
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches?includeExcluded=true&limit=200`);
    expect(
      res.body.excluded.find((e: { opportunityId: string }) => e.opportunityId === cafe.id).reasons.map((r: { code: string }) => r.code),
    ).toEqual(['not_open']);
  });

  it('does not offer the openings of a host that is not active', async () => {
    const prospect = await makeHost(h, { name: '開拓中の商店', status: 'prospect' });
    const opening = await makeOpportunity(h, prospect.id, { title: 'まだ準備中の作業', step: 2, location: nearby });
    const person = await makeParticipant(h);
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches?includeExcluded=true&limit=200`);
    expect(res.body.items.map((i: { opportunityId: string }) => i.opportunityId)).not.toContain(opening.id);
    expect(
      res.body.excluded.find((e: { opportunityId: string }) => e.opportunityId === opening.id).reasons.map((r: { code: string }) => r.code),
    ).toContain('not_open');
  });

  it("answers 404 for a participant outside the caller's caseload, and 403 for a host", async () => {
    const person = await makeParticipant(h, 'supporter');
    expect((await h.as('supporterB').get(`/v1/participants/${person.id}/matches`)).status).toBe(404);
    const host = await makeHost(h, { name: '確認用の受け入れ先' });
    const hostToken = (await h.as('admin').post('/v1/users', { name: '店主', role: 'host', hostId: host.id })).body.token;
    expect((await h.as({ token: hostToken }).get(`/v1/participants/${person.id}/matches`)).status).toBe(403);
  });

  it('validates limit and includeExcluded', async () => {
    const person = await makeParticipant(h);
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches?limit=0&includeExcluded=yes`);
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['includeExcluded', 'limit']);
  });

  it('answers within three database round trips', async () => {
    const person = await makeParticipant(h);
    await makeOpportunity(h, hostId, { title: '往復回数の確認', location: nearby });
    h.roundTrips.reset();
    await h.as('supporter').get(`/v1/participants/${person.id}/matches`);
    expect(h.roundTrips.count).toBeLessThanOrEqual(3);
    // The first request's build leaves its readings to store after its response: not this request's cost.
    await catalogSnapshotStored(h.db);
    h.roundTrips.reset();
    await h.as('supporter').get(`/v1/participants/${person.id}/matches`);
    expect(h.roundTrips.count).toBeLessThanOrEqual(2);
  });
});

describe('matching: a profile tried on the spot', () => {
  it('matches an inline, participant-shaped profile and stores nothing', async () => {
    const profile = participantInput();
    const before = (await h.as('admin').get('/v1/participants?limit=200')).body.items.length;
    const res = await h.as('supporter').post('/v1/matches', profile);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
    expect((await h.as('admin').get('/v1/participants?limit=200')).body.items.length).toBe(before);
  });

  it('refuses private fields in an inline profile', async () => {
    const { displayName: _d, goals: _g, referredBy: _r, ...profile } = participantInput();
    const res = await h.as('supporter').post('/v1/matches', { ...profile, private: { name: '架空' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['private']);
  });
});

describe('matching: guidance about the whole list', () => {
  it('always says how many openings each rule keeps out, what one change would open up, and that consent is missing', async () => {
    const summer = await makeOpportunity(h, hostId, { title: '夏だけの収穫', step: 2, location: nearby, months: [7, 8] });
    const person = await makeParticipant(h);
    const res = await h.as('supporter').get(`/v1/participants/${person.id}/matches?limit=200`);
    expect(res.body.excluded).toEqual([]);
    expect(res.body.excludedByCode.not_open).toBeGreaterThanOrEqual(1);
    expect(res.body.relaxations).toContainEqual({ code: 'not_open', wouldAdd: expect.any(Number) });
    expect(res.body.items.map((i: { opportunityId: string }) => i.opportunityId)).not.toContain(summer.id);
    expect(res.body.notices.map((n: { code: string }) => n.code)).toEqual(['consent_missing']);
    await giveConsent(h, person.id);
    expect((await h.as('supporter').get(`/v1/participants/${person.id}/matches`)).body.notices).toEqual([]);
  });

  it.runIf(stations.length > 0)(
    'takes a home given as its nearest station, and names the field when the station is not known (for a city with stations)',
    async () => {
      const { displayName: _d, goals: _g, referredBy: _r, ...profile } = participantInput();
      const atStation = await h
        .as('supporter')
        .post('/v1/matches', { ...profile, home: { area: anotherArea, station: stations[0]?.name } });
      expect(atStation.status).toBe(200);
      expect(atStation.body.notices).toEqual([]);
      const nowhere = await h.as('supporter').post('/v1/matches', { ...profile, home: { area: anotherArea } });
      expect(nowhere.body.notices.map((n: { code: string }) => n.code)).toEqual(['home_location_missing']);
      const unknown = await h.as('supporter').post('/v1/matches', { ...profile, home: { area: anotherArea, station: '東京' } });
      expect(unknown.status).toBe(400);
      expect(errorPaths(unknown.body)).toEqual(['home.station']);
    },
  );

  it.runIf(stations.length > 0)(
    "keeps a participant's station, pay preference and circumstances on record (for a city with stations)",
    async () => {
      const station = stations.at(-1)?.name;
      const person = await makeParticipant(h, 'supporter', {
        home: { area: aThirdArea, station },
        preferences: { pay: 'paid' },
        circumstances: ['hikikomori'],
      });
      const res = await h.as('supporter').get(`/v1/participants/${person.id}`);
      expect(res.body).toMatchObject({
        home: { area: aThirdArea, lat: null, lng: null, station },
        preferences: { pay: 'paid' },
        circumstances: ['hikikomori'],
      });
    },
  );
});
