import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions } from '../support/audit';
import { catalogVersion } from '../support/catalog-version';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { catalogState } from '../../src/db/schema';
import { createHarness, type Harness } from '../support/harness';
import { writeBetweenReadAndWrite } from '../support/interleave';
import { itemIds, readAllItems } from '../support/lists';
import { giveConsent, makeParticipant } from '../support/participants';
import { filledOf, moveTo, placementWorld, propose } from '../support/placements';
import { errorPaths } from '../support/problems';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('placements: proposing', () => {
  it('proposes a placement for a consenting participant into an open opportunity, starting its history', async () => {
    const w = await placementWorld(h);
    const res = await h
      .as('supporter')
      .post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id, note: '見学から始めたい' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'proposed',
      participantCode: w.participant.code,
      opportunityTitle: w.opening.title,
      hostName: w.host.name,
      note: '見学から始めたい',
      version: 1,
    });
    expect(res.body.history).toEqual([expect.objectContaining({ from: null, to: 'proposed', by: h.userIds.supporter })]);
    expect(await auditActions(h, res.body.id)).toEqual(['placement.create']);
  });

  it("needs the person's consent (409 consent_required) and an open opportunity (409 not_open), and creates nothing otherwise", async () => {
    const w = await placementWorld(h);
    const noConsent = await makeParticipant(h, 'supporter');
    const refused = await h.as('supporter').post('/v1/placements', { participantId: noConsent.id, opportunityId: w.opening.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('consent_required');
    const paused = await makeOpportunity(h, w.host.id, { status: 'paused' });
    const closed = await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: paused.id });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('not_open');
    expect((await h.as('admin').get(`/v1/placements?opportunityId=${paused.id}`)).body.items).toEqual([]);
    expect((await h.as('admin').get(`/v1/placements?participantId=${noConsent.id}`)).body.items).toEqual([]);
  });

  it('refuses a proposal into a host that is not active, as matching would never offer it (409 not_open)', async () => {
    const w = await placementWorld(h);
    const prospect = await makeHost(h, { name: 'まだ準備中の店', status: 'prospect' });
    const opening = await makeOpportunity(h, prospect.id);
    const res = await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: opening.id });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_open');
  });

  it('refuses a second live placement of the same person into the same opportunity, and allows one after the first is closed', async () => {
    const w = await placementWorld(h);
    const first = await propose(h, w.participant.id, w.opening.id);
    const again = await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    expect(again.body.detail).toContain(first.id);
    await moveTo(h, first.id, 'cancelled');
    expect((await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id })).status).toBe(
      201,
    );
  });

  it('stops a proposal when consent is withdrawn between its read and its write', async () => {
    const w = await placementWorld(h);
    writeBetweenReadAndWrite(h, "update participants set consent_status = 'withdrawn' where id = ?", [w.participant.id]);
    const res = await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('consent_required');
    expect((await h.as('admin').get(`/v1/placements?participantId=${w.participant.id}`)).body.items).toEqual([]);
  });

  it('answers 404 for a participant outside the caseload or an unknown opportunity, and 403 to hosts', async () => {
    const w = await placementWorld(h);
    expect((await h.as('supporterB').post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id })).status).toBe(
      404,
    );
    expect((await h.as('supporter').post('/v1/placements', { participantId: w.participant.id, opportunityId: 'opp_missing' })).status).toBe(
      404,
    );
    expect((await h.as(w.hostCaller).post('/v1/placements', { participantId: w.participant.id, opportunityId: w.opening.id })).status).toBe(
      403,
    );
  });

  it('reports every problem of a bad body at once', async () => {
    const res = await h.as('supporter').post('/v1/placements', { participantId: '', note: 'x'.repeat(2001), extra: 1 });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['extra', 'note', 'opportunityId', 'participantId']);
  });
});

describe('placements: transitions', () => {
  it('refuses a move the state machine does not allow with 409 invalid_transition, changing nothing', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    const res = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'active' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
    const after = await h.as('supporter').get(`/v1/placements/${p.id}`);
    expect(after.body).toMatchObject({ status: 'proposed', version: 1, followUps: [] });
    expect(after.body.history).toHaveLength(1);
    expect(await filledOf(h, w.opening.id)).toBe(0);
    expect(await auditActions(h, p.id)).toEqual(['placement.create']);
  });

  it('asks for a reason when declining or ending (400 on reason), and refuses one where none belongs', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    const noReason = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'declined' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const wrongReason = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'declined', reason: 'completed' });
    expect(wrongReason.status).toBe(400);
    expect(wrongReason.body.errors[0].path).toBe('reason');
    const stray = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted', reason: 'other' });
    expect(stray.status).toBe(400);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'active');
    const endWithout = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'ended' });
    expect(endWithout.status).toBe(400);
    expect(endWithout.body.errors[0].path).toBe('reason');
    expect((await h.as('supporter').get(`/v1/placements/${p.id}`)).body.status).toBe('active');
  });

  it('takes a seat on acceptance and gives it back when the placement is cancelled, declined after all, or ended', async () => {
    const w = await placementWorld(h, { capacity: 2 });
    const other = await makeParticipant(h, 'supporter');
    await giveConsent(h, other.id);
    const a = await propose(h, w.participant.id, w.opening.id);
    const b = await propose(h, other.id, w.opening.id);
    await moveTo(h, a.id, 'accepted');
    await moveTo(h, b.id, 'accepted');
    expect(await filledOf(h, w.opening.id)).toBe(2);
    await moveTo(h, a.id, 'cancelled');
    expect(await filledOf(h, w.opening.id)).toBe(1);
    await moveTo(h, b.id, 'trial');
    await moveTo(h, b.id, 'ended', { reason: 'participant_withdrew' });
    expect(await filledOf(h, w.opening.id)).toBe(0);
  });

  it('answers no_seats when the opportunity is full, and nothing changes', async () => {
    const w = await placementWorld(h, { capacity: 1 });
    const other = await makeParticipant(h, 'supporter');
    await giveConsent(h, other.id);
    const a = await propose(h, w.participant.id, w.opening.id);
    const b = await propose(h, other.id, w.opening.id);
    await moveTo(h, a.id, 'accepted');
    const full = await h.as('supporter').post(`/v1/placements/${b.id}/transitions`, { to: 'accepted' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('no_seats');
    expect((await h.as('supporter').get(`/v1/placements/${b.id}`)).body).toMatchObject({ status: 'proposed', version: 1 });
    expect(await filledOf(h, w.opening.id)).toBe(1);
    expect(await auditActions(h, b.id)).toEqual(['placement.create']);
  });

  it('answers no_seats when the last seat is taken between the read and the write, and nothing changes', async () => {
    const w = await placementWorld(h, { capacity: 1 });
    const p = await propose(h, w.participant.id, w.opening.id);
    const catalogBefore = await h.db.select().from(catalogState);
    writeBetweenReadAndWrite(h, 'update opportunities set filled = capacity where id = ?', [w.opening.id]);
    const res = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('no_seats');
    expect((await h.as('supporter').get(`/v1/placements/${p.id}`)).body).toMatchObject({
      status: 'proposed',
      version: 1,
      history: [expect.anything()],
    });
    expect(await auditActions(h, p.id)).toEqual(['placement.create']);
    expect(await h.db.select().from(catalogState)).toEqual(catalogBefore);
  });

  it('answers invalid_transition when someone else closed the placement between the read and the write', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    writeBetweenReadAndWrite(h, "update placements set status = 'cancelled', version = version + 1 where id = ?", [p.id]);
    const res = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
    expect(await filledOf(h, w.opening.id)).toBe(0);
  });

  it('refuses to accept into an opportunity that stopped taking people (not_open)', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    expect((await h.as('admin').patch(`/v1/opportunities/${w.opening.id}`, { status: 'paused' })).status).toBe(200);
    const res = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_open');
  });

  it('does not move a placement forward once consent is withdrawn, but still lets it be closed', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await h.as('supporter').post(`/v1/participants/${w.participant.id}/consent`, { status: 'withdrawn' });
    const forward = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' });
    expect(forward.status).toBe(409);
    expect(forward.body.code).toBe('consent_required');
    expect(
      (await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'declined', reason: 'participant_declined' })).status,
    ).toBe(200);
  });

  it('keeps every transition with when, who, why and the note, and records the start and end dates', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted', { note: '面談で本人が希望' });
    await moveTo(h, p.id, 'trial', { at: '2026-11-02T09:30:00+09:00' });
    await moveTo(h, p.id, 'active', { at: '2026-11-16T09:30:00+09:00' });
    const ended = await moveTo(h, p.id, 'ended', { reason: 'moved_on', note: '次の段階へ' });
    expect(ended).toMatchObject({ status: 'ended', startedOn: '2026-11-02', endedOn: '2026-11-27', closeReason: 'moved_on', version: 5 });
    const got = await h.as('coordinator').get(`/v1/placements/${p.id}`);
    expect(got.body.history.map((t: { from: string | null; to: string }) => `${t.from}→${t.to}`)).toEqual([
      'null→proposed',
      'proposed→accepted',
      'accepted→trial',
      'trial→active',
      'active→ended',
    ]);
    expect(got.body.history[1]).toMatchObject({ by: h.userIds.supporter, note: '面談で本人が希望', reason: null });
    expect(got.body.history[2].at).toBe('2026-11-02T09:30:00.000+09:00');
    expect(got.body.history[4]).toMatchObject({ reason: 'moved_on', note: '次の段階へ' });
    expect(await auditActions(h, p.id)).toEqual([
      'placement.create',
      'placement.transition.accepted',
      'placement.transition.trial',
      'placement.transition.active',
      'placement.transition.ended',
    ]);
  });

  it('marks the catalog as changed when a seat is taken or given back', async () => {
    const w = await placementWorld(h, { capacity: 1 });
    const a = await propose(h, w.participant.id, w.opening.id);
    const before = await catalogVersion(h);
    await moveTo(h, a.id, 'accepted');
    expect(await catalogVersion(h)).toBe(before + 1);
    await moveTo(h, a.id, 'cancelled');
    expect(await catalogVersion(h)).toBe(before + 2);
  });

  it('refuses an `at` on a later day than today', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    const res = await h.as('supporter').post(`/v1/placements/${p.id}/transitions`, { to: 'accepted', at: '2026-11-28T09:00:00+09:00' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('at');
  });

  it('needs at most 3 database round trips for a transition, the seat and follow-ups included', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    for (const to of ['accepted', 'trial']) {
      h.roundTrips.reset();
      await moveTo(h, p.id, to);
      expect(h.roundTrips.count).toBeLessThanOrEqual(3);
    }
  });
});

describe('placements: hosts answer proposals', () => {
  it('lets a host accept or decline proposals into its own opportunities, and nothing else', async () => {
    const w = await placementWorld(h);
    const other = await makeParticipant(h, 'supporter');
    await giveConsent(h, other.id);
    const a = await propose(h, w.participant.id, w.opening.id);
    const b = await propose(h, other.id, w.opening.id);
    const cancel = await h.as(w.hostCaller).post(`/v1/placements/${a.id}/transitions`, { to: 'cancelled' });
    expect(cancel.status).toBe(403);
    expect((await h.as(w.hostCaller).post(`/v1/placements/${a.id}/transitions`, { to: 'accepted' })).status).toBe(200);
    expect((await h.as(w.hostCaller).post(`/v1/placements/${b.id}/transitions`, { to: 'declined', reason: 'no_capacity' })).status).toBe(
      200,
    );
    expect((await h.as(w.hostCaller).post(`/v1/placements/${a.id}/transitions`, { to: 'trial' })).status).toBe(403);
    const twice = await h.as(w.hostCaller).post(`/v1/placements/${a.id}/transitions`, { to: 'accepted' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('invalid_transition');
  });

  it('answers another host with 404, as if the placement did not exist', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    const otherHost = await makeHost(h, { name: '流山テスト食堂' });
    const stranger = await makeHostUser(h, otherHost.id);
    const res = await h.as(stranger).post(`/v1/placements/${p.id}/transitions`, { to: 'accepted' });
    expect(res.status).toBe(404);
    expect((await h.as(stranger).get(`/v1/placements/${p.id}`)).status).toBe(404);
    expect((await h.as('supporter').get(`/v1/placements/${p.id}`)).body.status).toBe('proposed');
  });
});

describe('placements: scope and lists', () => {
  it("shows supporter A's placements to no other supporter (404, never in lists)", async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    expect((await h.as('supporterB').get(`/v1/placements/${p.id}`)).status).toBe(404);
    expect((await h.as('supporterB').post(`/v1/placements/${p.id}/transitions`, { to: 'cancelled' })).status).toBe(404);
    const listed = await h.as('supporterB').get('/v1/placements?limit=200');
    expect(itemIds(listed.body.items)).not.toContain(p.id);
    expect((await h.as('coordinator').get(`/v1/placements/${p.id}`)).status).toBe(200);
  });

  it('filters by status, participant, opportunity and host, and pages through every item once', async () => {
    const fresh = await createHarness();
    try {
      const w = await placementWorld(fresh, { capacity: 10 });
      const secondOpening = await makeOpportunity(fresh, w.host.id, { title: '事務作業の体験' });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const person = await makeParticipant(fresh, 'supporter');
        await giveConsent(fresh, person.id);
        ids.push((await propose(fresh, person.id, i < 3 ? w.opening.id : secondOpening.id)).id);
      }
      await moveTo(fresh, ids[0]!, 'accepted');
      const seen = itemIds(await readAllItems(fresh, 'supporter', '/v1/placements?limit=2'));
      expect(seen).toEqual(ids);
      expect(itemIds((await fresh.as('admin').get('/v1/placements?status=accepted')).body.items)).toEqual([ids[0]]);
      expect((await fresh.as('admin').get(`/v1/placements?opportunityId=${secondOpening.id}`)).body.items).toHaveLength(2);
      expect((await fresh.as('admin').get(`/v1/placements?hostId=${w.host.id}`)).body.items).toHaveLength(5);
      expect((await fresh.as('admin').get('/v1/placements?hostId=hst_other')).body.items).toHaveLength(0);
      expect((await fresh.as(w.hostCaller).get('/v1/placements')).body.items).toHaveLength(5);
      expect((await fresh.as(w.hostCaller).get(`/v1/placements?participantId=${w.participant.id}`)).status).toBe(403);
    } finally {
      fresh.close();
    }
  });

  it('lists with one database query after authentication', async () => {
    const w = await placementWorld(h);
    await propose(h, w.participant.id, w.opening.id);
    h.roundTrips.reset();
    const res = await h.as('coordinator').get('/v1/placements?limit=200');
    expect(res.status).toBe(200);
    expect(h.roundTrips.count).toBe(2);
  });
});
