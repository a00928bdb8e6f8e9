import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idempotencyKeys } from '../../src/db/schema';
import { auditActions } from '../support/audit';
import { consoleBrowser } from '../support/console';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { giveConsent, makeParticipant } from '../support/participants';
import { writeBetweenReadAndWrite } from '../support/interleave';
import { moveTo, placementWorld, propose } from '../support/placements';
import { anotherArea } from '../support/city';

/** Every piece of text the person's record holds, each unique so a leak names its source. */
const WORDS = {
  displayName: 'ERASE_displayName',
  goals: 'ERASE_goals',
  interest: 'ERASE_interest',
  name: 'ERASE_privateName',
  phone: 'ERASE_privatePhone',
  notes: 'ERASE_privateNotes',
  scope: 'ERASE_consentScope',
  placementNote: 'ERASE_placementNote',
  transitionNote: 'ERASE_transitionNote',
  participantVoice: 'ERASE_participantVoice',
  hostVoice: 'ERASE_hostVoice',
  nextActions: 'ERASE_nextActions',
  supportSummary: 'ERASE_supportSummary',
} as const;

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

/** A person whose case ran its course: every kind of record about them, each carrying its own text. */
async function endedCase() {
  const { host, hostCaller, opening } = await placementWorld(h);
  const person = await makeParticipant(h, 'supporter', {
    displayName: WORDS.displayName,
    goals: WORDS.goals,
    interests: [WORDS.interest],
    age: 34,
    private: { name: WORDS.name, phone: WORDS.phone, notes: WORDS.notes },
  });
  mustAnswer(
    200,
    'consent',
    await h.as('coordinator').post(`/v1/participants/${person.id}/consent`, { status: 'given', scope: WORDS.scope }),
  );
  const proposed = mustAnswer(
    201,
    'propose',
    await h
      .as('supporter')
      .post(
        '/v1/placements',
        { participantId: person.id, opportunityId: opening.id, note: WORDS.placementNote },
        { 'idempotency-key': 'propose-1' },
      ),
  );
  await moveTo(h, proposed.id, 'accepted', { note: WORDS.transitionNote });
  await moveTo(h, proposed.id, 'active');
  const checkIn = { date: '2026-11-27', channel: 'visit', participantVoice: WORDS.participantVoice, nextActions: WORDS.nextActions };
  mustAnswer(
    201,
    'check-in',
    await h.as('supporter').post(`/v1/placements/${proposed.id}/check-ins`, checkIn, { 'idempotency-key': 'check-in-1' }),
  );
  mustAnswer(
    201,
    'host report',
    await h
      .as(hostCaller)
      .post(`/v1/placements/${proposed.id}/check-ins`, { date: '2026-11-27', channel: 'host_report', hostVoice: WORDS.hostVoice }),
  );
  mustAnswer(
    201,
    'support record',
    await h.as('supporter').post(`/v1/hosts/${host.id}/support-records`, {
      date: '2026-11-27',
      type: 'consultation',
      summary: WORDS.supportSummary,
      participantId: person.id,
    }),
  );
  await moveTo(h, proposed.id, 'ended', { reason: 'completed' });
  return { host, hostCaller, opening, person, placementId: proposed.id, checkIn };
}

function leaks(text: string): string[] {
  return Object.values(WORDS).filter((word) => text.includes(word));
}

describe('participants: erasure', () => {
  it("leaves none of the person's text in any read, list, export, audit log, stored replay or console page", async () => {
    const world = await endedCase();
    const erased = await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'request' });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      erased: true,
      displayName: '（消去済み）',
      goals: null,
      age: 30,
      interests: [],
      home: { area: anotherArea, lat: null },
    });
    expect(leaks(erased.text)).toEqual([]);

    const reads = [
      `/v1/participants/${world.person.id}`,
      '/v1/participants',
      `/v1/participants?q=${WORDS.displayName}`,
      `/v1/participants/${world.person.id}/export`,
      `/v1/placements/${world.placementId}`,
      `/v1/placements?participantId=${world.person.id}`,
      `/v1/placements/${world.placementId}/check-ins`,
      `/v1/hosts/${world.host.id}/support-records`,
      '/v1/follow-ups',
      '/v1/reports/summary',
      '/v1/reports/summary?format=csv',
      '/v1/export/hsds',
      '/v1/audit-events?limit=200',
    ];
    for (const path of reads) {
      const res = await h.as('admin').get(path);
      expect(res.status, path).toBe(200);
      expect(leaks(res.text), path).toEqual([]);
    }
    const hostView = await h.as(world.hostCaller).get(`/v1/placements/${world.placementId}`);
    expect(leaks(hostView.text)).toEqual([]);

    // Replays with the old keys find no stored answer: the writes are judged afresh and refused.
    const replayedProposal = await h
      .as('supporter')
      .post(
        '/v1/placements',
        { participantId: world.person.id, opportunityId: world.opening.id, note: WORDS.placementNote },
        { 'idempotency-key': 'propose-1' },
      );
    expect(replayedProposal.body.code).toBe('erased');
    const replayedCheckIn = await h
      .as('supporter')
      .post(`/v1/placements/${world.placementId}/check-ins`, world.checkIn, { 'idempotency-key': 'check-in-1' });
    expect(replayedCheckIn.body.code).toBe('erased');
    expect(leaks(JSON.stringify(await h.db.select().from(idempotencyKeys)))).toEqual([]);

    const browser = consoleBrowser(h);
    await browser.signIn(h.tokens.admin!);
    const page = await browser.get(`/participants/${world.person.id}`);
    expect(page.status).toBe(200);
    expect(leaks(page.text)).toEqual([]);
  });

  it("keeps the summary report's numbers, and the placement's dates, statuses and reasons", async () => {
    const world = await endedCase();
    const before = await h.as('admin').get('/v1/reports/summary');
    const csvBefore = await h.as('admin').get('/v1/reports/summary?format=csv');
    const placementBefore = (await h.as('admin').get(`/v1/placements/${world.placementId}`)).body;
    mustAnswer(200, 'erase', await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'retention' }));

    expect((await h.as('admin').get('/v1/reports/summary')).body).toEqual(before.body);
    expect((await h.as('admin').get('/v1/reports/summary?format=csv')).text).toEqual(csvBefore.text);
    const after = (await h.as('admin').get(`/v1/placements/${world.placementId}`)).body;
    expect(after).toMatchObject({ status: 'ended', startedOn: placementBefore.startedOn, endedOn: placementBefore.endedOn });
    expect(after.history.map((t: { to: string; reason: string | null }) => [t.to, t.reason])).toEqual(
      placementBefore.history.map((t: { to: string; reason: string | null }) => [t.to, t.reason]),
    );
  });

  it("is audited with the reason's code alone, and cannot be undone or repeated", async () => {
    const world = await endedCase();
    mustAnswer(200, 'erase', await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'request' }));
    expect(await auditActions(h, world.person.id)).toContain('participant.erase.request');
    const again = await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'request' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('erased');
  });

  it('refuses with 409 erased to edit, record consent for, match, propose, move or record a check-in for an erased person', async () => {
    const world = await endedCase();
    const erased = mustAnswer(200, 'erase', await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'request' }));
    const refusals = [
      await h.as('supporter').patch(`/v1/participants/${world.person.id}`, { displayName: '新しい名前' }),
      await h.as('coordinator').post(`/v1/participants/${world.person.id}/consent`, { status: 'withdrawn' }),
      await h.as('supporter').get(`/v1/participants/${world.person.id}/matches`),
      await h.as('supporter').post('/v1/placements', { participantId: world.person.id, opportunityId: world.opening.id }),
      await h.as('supporter').post(`/v1/placements/${world.placementId}/transitions`, { to: 'active' }),
      await h.as('supporter').post(`/v1/placements/${world.placementId}/check-ins`, { date: '2026-11-27', channel: 'phone' }),
      await h
        .as(world.hostCaller)
        .post(`/v1/placements/${world.placementId}/check-ins`, { date: '2026-11-27', channel: 'host_report', hostVoice: '元気です' }),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array(7).fill([409, 'erased']));
    expect((await h.as('admin').get(`/v1/participants/${world.person.id}`)).body.version).toBe(erased.version);
  });

  it('wins a race: a check-in or a move read before the erasure and written after it writes nothing', async () => {
    const { opening } = await placementWorld(h);
    const person = await makeParticipant(h, 'supporter');
    await giveConsent(h, person.id);
    const placement = await propose(h, person.id, opening.id);
    await moveTo(h, placement.id, 'accepted');
    await moveTo(h, placement.id, 'active');
    const erasedNow = "update participants set erased_at = '2026-11-27T10:00:00+09:00' where id = ?";
    writeBetweenReadAndWrite(h, erasedNow, [person.id]);
    const checkIn = await h
      .as('supporter')
      .post(`/v1/placements/${placement.id}/check-ins`, { date: '2026-11-27', channel: 'visit', participantVoice: 'RACE_voice' });
    expect(checkIn.status).toBe(409);
    h.clock.now = TEST_NOW;
    await h.client.execute({ sql: 'update participants set erased_at = null where id = ?', args: [person.id] });
    writeBetweenReadAndWrite(h, erasedNow, [person.id]);
    const move = await h
      .as('supporter')
      .post(`/v1/placements/${placement.id}/transitions`, { to: 'ended', reason: 'completed', note: 'RACE_note' });
    expect(move.status).toBe(409);
    h.clock.now = TEST_NOW;
    const stored = await h.client.execute({ sql: 'select count(*) as n from check_ins where placement_id = ?', args: [placement.id] });
    expect(Number(stored.rows[0]!['n'])).toBe(0);
    expect((await h.as('admin').get(`/v1/placements/${placement.id}`)).body.status).toBe('active');
  });

  it('is for admins alone, takes only a reason code, and answers 404 for a missing person', async () => {
    const person = await makeParticipant(h, 'supporter');
    for (const caller of ['coordinator', 'supporter'] as const) {
      expect((await h.as(caller).post(`/v1/participants/${person.id}/erase`, { reason: 'request' })).status).toBe(403);
    }
    const freeText = await h.as('admin').post(`/v1/participants/${person.id}/erase`, { reason: '本人から電話で依頼' });
    expect(freeText.status).toBe(400);
    expect((await h.as('admin').post('/v1/participants/par_missing/erase', { reason: 'request' })).status).toBe(404);
    expect((await h.as('admin').get(`/v1/participants/${person.id}`)).body.erased).toBe(false);
  });

  it("waits until no placement is under way, since an erased person's placement could no longer be moved or closed", async () => {
    const { participant, opening } = await placementWorld(h);
    const placement = await propose(h, participant.id, opening.id);
    const refused = await h.as('admin').post(`/v1/participants/${participant.id}/erase`, { reason: 'request' });
    expect([refused.status, refused.body.code]).toEqual([409, 'case_open']);
    expect((await h.as('admin').get(`/v1/participants/${participant.id}`)).body.erased).toBe(false);
    await moveTo(h, placement.id, 'cancelled');
    expect((await h.as('admin').post(`/v1/participants/${participant.id}/erase`, { reason: 'request' })).status).toBe(200);
  });
});

describe('participants: export for a disclosure request', () => {
  it('holds every kind of record about the person, in one audited request of at most 3 round trips', async () => {
    const world = await endedCase();
    h.roundTrips.reset();
    const res = await h.as('coordinator').get(`/v1/participants/${world.person.id}/export`);
    expect(h.roundTrips.count).toBeLessThanOrEqual(3);
    expect(res.status).toBe(200);
    expect(leaks(res.text).sort()).toEqual(Object.values(WORDS).sort());
    const doc = res.body;
    expect(doc.participant).toMatchObject({
      id: world.person.id,
      private: { name: WORDS.name },
      consent: { history: [{ scope: WORDS.scope }] },
    });
    const [placement] = doc.placements;
    expect(placement.history.map((t: { to: string }) => t.to)).toEqual(['proposed', 'accepted', 'active', 'ended']);
    expect(placement.checkIns).toHaveLength(2);
    expect(placement.followUps.length).toBeGreaterThan(0);
    expect(doc.hostSupportRecords).toEqual([expect.objectContaining({ summary: WORDS.supportSummary })]);
    const actions = doc.auditEvents.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'participant.create',
        'participant.consent.given',
        'placement.create',
        'checkIn.create',
        'participant.export',
      ]),
    );
    expect(await auditActions(h, world.person.id)).toContain('participant.export');
  });

  it('is for admins and coordinators: others 403, a missing person 404 with no audit row', async () => {
    const person = await makeParticipant(h, 'supporter');
    const { hostCaller } = await placementWorld(h);
    expect((await h.as('supporter').get(`/v1/participants/${person.id}/export`)).status).toBe(403);
    expect((await h.as(hostCaller).get(`/v1/participants/${person.id}/export`)).status).toBe(403);
    expect((await h.as('admin').get('/v1/participants/par_missing/export')).status).toBe(404);
    expect(await auditActions(h, 'par_missing')).toEqual([]);
  });
});

describe('participants: the retention period', () => {
  it('lists a case for erasure once its last change is more than the retention period old, and never one still under way', async () => {
    const world = await endedCase();
    const live = (await placementWorld(h)).participant;
    const other = await placementWorld(h);
    await propose(h, other.participant.id, other.opening.id);
    const erasable = async () => (await h.as('admin').get('/v1/participants?erasable=true')).body.items.map((p: { id: string }) => p.id);
    expect(await erasable()).toEqual([]);

    h.clock.now = new Date('2031-11-28T01:00:00Z');
    expect(await erasable()).toEqual(expect.arrayContaining([world.person.id, live.id]));
    expect(await erasable()).not.toContain(other.participant.id);
    mustAnswer(200, 'erase', await h.as('admin').post(`/v1/participants/${world.person.id}/erase`, { reason: 'retention' }));
    expect(await erasable()).not.toContain(world.person.id);
    expect(await erasable()).toContain(live.id);
    h.clock.now = TEST_NOW;
  });

  it('is a list for admins alone', async () => {
    await giveConsent(h, (await makeParticipant(h, 'supporter')).id);
    expect((await h.as('coordinator').get('/v1/participants?erasable=true')).status).toBe(403);
    expect((await h.as('supporter').get('/v1/participants?erasable=true')).status).toBe(403);
  });
});
