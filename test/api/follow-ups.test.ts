import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_REPORTS_PER_PLACEMENT_PER_DAY } from '../../src/config';
import { addDays } from '../../src/domain/dates';
import { followUpState } from '../../src/domain/follow-up/state';
import { checkIns } from '../../src/db/schema';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { itemIds, readAllItems } from '../support/lists';
import { moveTo, placementWorld, propose } from '../support/placements';
import { errorPaths } from '../support/problems';
import { followUpDays } from '../support/city';

// TEST_NOW is 2026-11-27 (Tokyo); a placement started 40 days earlier started on 2026-10-18.
const TODAY = '2026-11-27';
const STARTED = '2026-10-18T09:00:00+09:00';
/** When each follow-up of that placement is due, one for each day of the city's cadence. */
const DUE = followUpDays.map((day) => addDays('2026-10-18', day));
/** Where a follow-up due on `date` stands today: overdue before today, due within a week, upcoming within 60 days. */
const stateOn = (date: string) => followUpState(date, TODAY);
const dueWhere = (state: string) => DUE.filter((date) => stateOn(date) === state);
/** The follow-ups the work list shows for that placement today. */
const LISTED = DUE.filter((date) => stateOn(date) !== null);

type Item = { id: string; placementId: string; dueDate: string; label: string; state: string; warnings: { code: string }[] };

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** A placement started 40 days ago, in supporter A's caseload. */
async function startedPlacement(harness: Harness = h) {
  const w = await placementWorld(harness, { capacity: 10 });
  const p = await propose(harness, w.participant.id, w.opening.id);
  await moveTo(harness, p.id, 'accepted');
  await moveTo(harness, p.id, 'trial', { at: STARTED });
  return { ...w, placementId: p.id };
}

async function followUpsOf(
  placementId: string,
  query = '',
  harness: Harness = h,
  caller: 'coordinator' | 'supporter' | 'supporterB' = 'coordinator',
): Promise<Item[]> {
  const res = await harness.as(caller).get(`/v1/follow-ups?limit=200${query}`);
  expect(res.status).toBe(200);
  return (res.body.items as Item[]).filter((i) => i.placementId === placementId);
}

function checkIn(placementId: string, body: Record<string, unknown>, caller: Parameters<Harness['as']>[0] = 'supporter') {
  return h.as(caller).post(`/v1/placements/${placementId}/check-ins`, { channel: 'visit', ...body });
}

describe('follow-up: schedule and work list', () => {
  it(`schedules follow-ups on day ${followUpDays.join(', ')} after the day the placement started`, async () => {
    const { placementId } = await startedPlacement();
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.startedOn).toBe('2026-10-18');
    expect(got.body.followUps.map((f: { dueDate: string; label: string; status: string }) => [f.dueDate, f.label, f.status])).toEqual([
      ...followUpDays.map((day, i) => [DUE[i], `開始から${day}日後`, 'open']),
    ]);
  });

  it('does not schedule them again when a trial becomes active', async () => {
    const { placementId } = await startedPlacement();
    await moveTo(h, placementId, 'active');
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.followUps).toHaveLength(followUpDays.length);
    expect(got.body.startedOn).toBe('2026-10-18');
  });

  it("lists the past ones as overdue, this week's as due and the next two months' as upcoming for a placement started 40 days ago", async () => {
    const { placementId } = await startedPlacement();
    const items = await followUpsOf(placementId);
    expect(items.map((i) => [i.dueDate, i.state])).toEqual(LISTED.map((date) => [date, stateOn(date)]));
    expect(items[0]).toMatchObject({ label: `開始から${followUpDays[0]}日後`, warnings: [] });
    expect(Object.keys(items[0]!).sort()).toEqual([
      'dueDate',
      'hostName',
      'id',
      'label',
      'opportunityTitle',
      'participantCode',
      'placementId',
      'state',
      'warnings',
    ]);
  });

  it('filters by state and looks as far ahead as `until`, never hiding overdue ones', async () => {
    const { placementId } = await startedPlacement();
    for (const state of ['overdue', 'due', 'upcoming']) {
      expect((await followUpsOf(placementId, `&state=${state}`)).map((i) => i.dueDate)).toEqual(dueWhere(state));
    }
    const last = DUE.at(-1)!;
    expect((await followUpsOf(placementId, `&until=${last}`)).map((i) => i.dueDate)).toEqual(DUE);
    expect((await followUpsOf(placementId, '&until=2026-12-01')).map((i) => i.dueDate)).toEqual(
      DUE.filter((date) => followUpState(date, TODAY, '2026-12-01') !== null),
    );
    expect((await h.as('coordinator').get('/v1/follow-ups?state=late&until=2026-02-30')).status).toBe(400);
  });

  it('lists follow-ups due within the week as due', async () => {
    // Started so that the first follow-up falls in three days.
    const started = addDays(TODAY, 3 - followUpDays[0]!);
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'active', { at: `${started}T09:00:00+09:00` });
    const dueThisWeek = followUpDays.map((day) => addDays(started, day)).filter((date) => stateOn(date) === 'due');
    expect(dueThisWeek[0]).toBe(addDays(TODAY, 3));
    expect((await followUpsOf(p.id, '&state=due')).map((i) => [i.dueDate, i.state])).toEqual(dueThisWeek.map((date) => [date, 'due']));
  });

  it('pages through the list earliest first, every item once', async () => {
    const fresh = await createHarness();
    try {
      const a = await startedPlacement(fresh);
      const b = await startedPlacement(fresh);
      const seen = await readAllItems<Item>(fresh, 'coordinator', '/v1/follow-ups?limit=3');
      expect(seen).toHaveLength(2 * LISTED.length);
      expect(new Set(itemIds(seen)).size).toBe(2 * LISTED.length);
      expect(seen.map((i) => i.dueDate)).toEqual([...seen.map((i) => i.dueDate)].sort());
      expect(new Set(seen.map((i) => i.placementId))).toEqual(new Set([a.placementId, b.placementId]));
      fresh.roundTrips.reset();
      await fresh.as('coordinator').get('/v1/follow-ups');
      expect(fresh.roundTrips.count).toBe(2);
    } finally {
      fresh.close();
    }
  });

  it('shows supporters only their own caseload, and refuses hosts (403)', async () => {
    const w = await startedPlacement();
    expect(await followUpsOf(w.placementId, '', h, 'supporterB')).toEqual([]);
    expect(await followUpsOf(w.placementId, '', h, 'supporter')).toHaveLength(LISTED.length);
    const res = await h.as(w.hostCaller).get('/v1/follow-ups');
    expect(res.status).toBe(403);
  });
});

describe('follow-up: check-ins complete follow-ups', () => {
  it('completes exactly one follow-up: the earliest open one due by the check-in date plus 3 days', async () => {
    const { placementId } = await startedPlacement();
    const first = await checkIn(placementId, { date: addDays(DUE[0]!, -3) });
    expect(first.status).toBe(201);
    expect(first.body.completedFollowUp).toMatchObject({ dueDate: DUE[0] });
    // The day after the first, more than 3 days before the second.
    const tooEarly = await checkIn(placementId, { date: addDays(DUE[0]!, 1) });
    expect(tooEarly.body.completedFollowUp).toBeNull();
    const late = await checkIn(placementId, { date: TODAY });
    expect(late.body.completedFollowUp).toMatchObject({ dueDate: DUE[1] });
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.followUps.map((f: { status: string }) => f.status)).toEqual(DUE.map((_, i) => (i < 2 ? 'completed' : 'open')));
    expect(got.body.followUps[0].checkInId).toBe(first.body.id);
    expect((await followUpsOf(placementId, '&state=overdue')).map((i) => i.dueDate)).toEqual(dueWhere('overdue').slice(2));
  });

  it('cancels the open follow-ups when the placement ends, and then lists none of them', async () => {
    const { placementId } = await startedPlacement();
    await checkIn(placementId, { date: DUE[0]! });
    await moveTo(h, placementId, 'ended', { reason: 'participant_withdrew' });
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.followUps.map((f: { status: string }) => f.status)).toEqual(DUE.map((_, i) => (i === 0 ? 'completed' : 'cancelled')));
    expect(await followUpsOf(placementId, '&until=2027-12-31')).toEqual([]);
    const afterEnd = await checkIn(placementId, { date: '2026-11-27', participantVoice: '終わってからも元気です' });
    expect(afterEnd.status).toBe(201);
    expect(afterEnd.body.completedFollowUp).toBeNull();
  });

  it('refuses a check-in before the placement has started (409), and a date in the future (400)', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted');
    const early = await checkIn(p.id, { date: '2026-11-27' });
    expect(early.status).toBe(409);
    await moveTo(h, p.id, 'trial');
    const future = await checkIn(p.id, { date: '2026-11-28' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('date');
  });

  it('reports every problem of a bad check-in at once', async () => {
    const { placementId } = await startedPlacement();
    const res = await h.as('supporter').post(`/v1/placements/${placementId}/check-ins`, {
      date: '2026-02-30',
      channel: 'letter',
      attendance: { attended: 3, planned: 2 },
      wellbeing: 6,
      concerns: ['health', 'health'],
      hostVoice: 'x'.repeat(2001),
      mood: 'ok',
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['attendance.attended', 'channel', 'concerns', 'date', 'hostVoice', 'mood', 'wellbeing']);
  });

  it('keeps check-ins in date order on the placement', async () => {
    const { placementId } = await startedPlacement();
    await checkIn(placementId, { date: '2026-11-20', nextActions: '来週また電話' });
    await checkIn(placementId, { date: '2026-10-24', attendance: { attended: 2, planned: 2 } });
    const list = await h.as('coordinator').get(`/v1/placements/${placementId}/check-ins`);
    expect(list.body.items.map((c: { date: string }) => c.date)).toEqual(['2026-10-24', '2026-11-20']);
    // Recorded first, the later visit settled the first, overdue follow-up; the backdated one found none left to settle.
    expect(list.body.items[0]).toMatchObject({ attendance: { attended: 2, planned: 2 }, completedFollowUp: null });
    expect(list.body.items[1]).toMatchObject({ nextActions: '来週また電話', completedFollowUp: { dueDate: DUE[0] } });
    expect((await h.as('supporterB').get(`/v1/placements/${placementId}/check-ins`)).status).toBe(404);
  });
});

describe('follow-up: warning signs', () => {
  it('shows two check-ins in a row with attendance below half on the placement and in the list', async () => {
    const { placementId } = await startedPlacement();
    await checkIn(placementId, { date: '2026-10-25', attendance: { attended: 1, planned: 4 } });
    expect((await h.as('supporter').get(`/v1/placements/${placementId}`)).body.warnings).toEqual([]);
    await checkIn(placementId, { date: '2026-11-01', attendance: { attended: 0, planned: 4 } });
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.warnings.map((w: { code: string }) => w.code)).toEqual(['low_attendance']);
    const items = await followUpsOf(placementId);
    expect(items.every((i) => i.warnings.map((w) => w.code).join() === 'low_attendance')).toBe(true);
  });

  it('warns when wellbeing falls by 2 or more, and when the latest check-in names a concern', async () => {
    const { placementId } = await startedPlacement();
    await checkIn(placementId, { date: '2026-10-25', wellbeing: 5 });
    await checkIn(placementId, { date: '2026-11-01', wellbeing: 3, concerns: ['health'] });
    const got = await h.as('supporter').get(`/v1/placements/${placementId}`);
    expect(got.body.warnings.map((w: { code: string }) => w.code)).toEqual(['wellbeing_drop', 'concerns']);
    expect(got.body.warnings[1].message).toContain('体調');
  });
});

describe('follow-up: hosts report', () => {
  it('lets a host post host_report check-ins for its own placements only, and see only its own reports', async () => {
    const w = await startedPlacement();
    await checkIn(w.placementId, { date: '2026-11-20', participantVoice: '支援員だけが読む記録' });
    const report = await checkIn(
      w.placementId,
      { date: '2026-11-26', channel: 'host_report', hostVoice: '毎回来てくれています', attendance: { attended: 4, planned: 4 } },
      w.hostCaller,
    );
    expect(report.status).toBe(201);
    expect(report.body).not.toHaveProperty('completedFollowUp');
    expect((await checkIn(w.placementId, { date: '2026-11-26', channel: 'visit' }, w.hostCaller)).status).toBe(403);
    const otherHost = await makeHost(h, { name: '流山テスト工房' });
    const stranger = await makeHostUser(h, otherHost.id);
    expect((await checkIn(w.placementId, { date: '2026-11-26', channel: 'host_report' }, stranger)).status).toBe(404);
    const seen = await h.as(w.hostCaller).get(`/v1/placements/${w.placementId}/check-ins`);
    expect(itemIds(seen.body.items)).toEqual([report.body.id]);
    expect(seen.text).not.toContain('支援員だけが読む記録');
  });
});

describe('follow-up: host reports inform, staff contacts complete', () => {
  const report = (date: string, extra: Record<string, unknown> = {}) => ({
    date,
    channel: 'host_report',
    hostVoice: '今週も来てくれました',
    ...extra,
  });

  it('leaves overdue follow-ups open after host reports; a staff visit completes one', async () => {
    const w = await startedPlacement();
    for (const date of ['2026-11-24', '2026-11-25', '2026-11-26']) {
      const res = await checkIn(w.placementId, report(date), w.hostCaller);
      expect(res.status).toBe(201);
    }
    expect((await followUpsOf(w.placementId)).map((i) => i.dueDate)).toEqual(LISTED);
    const visit = await checkIn(w.placementId, { date: '2026-11-26' });
    expect(visit.body.completedFollowUp).toMatchObject({ dueDate: DUE[0] });
  });

  it('refuses an empty host report, and records nothing', async () => {
    const w = await startedPlacement();
    const empty = await checkIn(w.placementId, { date: '2026-11-26', channel: 'host_report', concerns: [] }, w.hostCaller);
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'hostVoice' })]);
    expect((await checkIn(w.placementId, { date: '2026-11-26', channel: 'host_report', hostVoice: '   ' }, w.hostCaller)).status).toBe(400);
    expect(
      (await checkIn(w.placementId, { date: '2026-11-26', channel: 'host_report', attendance: { attended: 0, planned: 2 } }, w.hostCaller))
        .status,
    ).toBe(201);
    expect((await h.as('coordinator').get(`/v1/placements/${w.placementId}/check-ins`)).body.items).toHaveLength(1);
  });

  it(`limits host reports to ${HOST_REPORTS_PER_PLACEMENT_PER_DAY} a day per placement, and the next day opens again`, async () => {
    const w = await startedPlacement();
    for (let i = 0; i < HOST_REPORTS_PER_PLACEMENT_PER_DAY; i++)
      expect((await checkIn(w.placementId, report('2026-11-26'), w.hostCaller)).status).toBe(201);
    const over = await checkIn(w.placementId, report('2026-11-20'), w.hostCaller);
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('rate_limited');
    expect((await checkIn(w.placementId, { date: '2026-11-26' })).status).toBe(201);
    const before = h.clock.now;
    h.clock.now = new Date(before.getTime() + 86_400_000);
    try {
      expect((await checkIn(w.placementId, report('2026-11-27'), w.hostCaller)).status).toBe(201);
    } finally {
      h.clock.now = before;
    }
  });

  it('lists the same follow-ups and warnings, in one round trip, after 2,000 host reports on one placement', async () => {
    const w = await startedPlacement();
    await checkIn(w.placementId, { date: '2026-11-10', wellbeing: 5 });
    await checkIn(w.placementId, { date: '2026-11-20', wellbeing: 2, concerns: ['health'] });
    h.roundTrips.reset();
    const before = await h.as('coordinator').get('/v1/follow-ups?limit=200');
    const tripsBefore = h.roundTrips.count;
    expect((before.body.items as Item[]).find((i) => i.placementId === w.placementId)?.warnings.map((s) => s.code)).toEqual([
      'wellbeing_drop',
      'concerns',
    ]);

    // Reports sent before there was a limit: many, and earlier than the latest staff visit.
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: `chk_flood_${String(i).padStart(5, '0')}`,
      placementId: w.placementId,
      date: '2026-11-19',
      channel: 'host_report' as const,
      hostVoice: '報告',
      concerns: [],
      createdBy: 'usr_flood',
      createdAt: '2026-11-19T10:00:00.000+09:00',
    }));
    for (let i = 0; i < rows.length; i += 200) await h.db.insert(checkIns).values(rows.slice(i, i + 200));

    h.roundTrips.reset();
    const after = await h.as('coordinator').get('/v1/follow-ups?limit=200');
    expect(after.body).toEqual(before.body);
    expect(h.roundTrips.count).toBe(tripsBefore);
    expect(h.roundTrips.count).toBeLessThanOrEqual(3);
  });
});
