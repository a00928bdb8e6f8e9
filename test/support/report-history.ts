import { areaAt, followUpDays, retentionCheckpointDays } from './city';
import { makeHost, makeOpportunity } from './factories';
import { TEST_NOW, type Harness } from './harness';
import { mustAnswer } from './must-answer';
import { giveConsent, makeParticipant } from './participants';
import { moveTo, propose } from './placements';

/**
 * The history's retention and follow-up figures are worked out by hand for Nagareyama's follow-up
 * cadence (days 7, 14, 30, 90, 180) and retention checkpoints (30, 90, 180 days); tests check them
 * only under those settings, and everything else under any.
 */
const sameDays = (days: readonly number[], worked: number[]) => days.join() === worked.join();
export const WORKED_FOR_THESE_SETTINGS = sameDays(followUpDays, [7, 14, 30, 90, 180]) && sameDays(retentionCheckpointDays, [30, 90, 180]);
export const WORKED_FOR = 'worked by hand for follow-ups on day 7, 14, 30, 90, 180 and retention at 30, 90, 180 days';

/**
 * A known history for the summary report, built through the API with the clock set to each day
 * (10:00 Tokyo). Its numbers for the first half of fiscal 2026 (2026-04-01 – 2026-09-30), read on
 * 2026-11-27, are worked out by hand in test/api/reports.test.ts. Things happen on the period's
 * first and last day (they count) and on the day before and after (they do not).
 */
export async function buildReportHistory(h: Harness) {
  const on = (date: string) => {
    h.clock.now = new Date(`${date}T10:00:00+09:00`);
  };
  const at = (date: string) => `${date}T10:00:00+09:00`;

  async function host(date: string, overrides: Record<string, unknown>) {
    on(date);
    return makeHost(h, overrides);
  }
  async function opening(date: string, hostId: string, overrides: Record<string, unknown>) {
    on(date);
    return makeOpportunity(h, hostId, overrides);
  }
  async function person(date: string, overrides: Record<string, unknown>, consent = true) {
    on(date);
    const p = await makeParticipant(h, 'supporter', overrides);
    if (consent) await giveConsent(h, p.id);
    return p;
  }
  /** Proposed on `proposedOn`, accepted that day, started (trial or active) on `startedOn`, maybe ended. */
  async function placement(
    participantId: string,
    opportunityId: string,
    o: {
      proposedOn: string;
      startedOn: string;
      as?: 'trial' | 'active';
      activeOn?: string;
      ended?: [date: string, reason: string];
    },
  ) {
    on(o.proposedOn);
    const p = await propose(h, participantId, opportunityId);
    await moveTo(h, p.id, 'accepted');
    on(o.startedOn);
    await moveTo(h, p.id, o.as ?? 'active', { at: at(o.startedOn) });
    if (o.activeOn) {
      on(o.activeOn);
      await moveTo(h, p.id, 'active', { at: at(o.activeOn) });
    }
    if (o.ended) {
      on(o.ended[0]);
      await moveTo(h, p.id, 'ended', { at: at(o.ended[0]), reason: o.ended[1] });
    }
    return p.id;
  }
  async function declined(participantId: string, opportunityId: string, date: string, reason: string) {
    on(date);
    const p = await propose(h, participantId, opportunityId);
    await moveTo(h, p.id, 'declined', { at: at(date), reason });
    return p.id;
  }
  async function checkIn(placementId: string, date: string) {
    on(date);
    mustAnswer(
      201,
      `check-in ${date}`,
      await h.as('supporter').post(`/v1/placements/${placementId}/check-ins`, { date, channel: 'visit' }),
    );
  }

  // Hosts: one before the period, one on its first day, one on its last, one the day after, one long ended.
  const farm = await host('2026-03-01', { name: '流山テスト農園（架空）', type: 'farm', status: 'active' });
  await host('2026-03-01', { name: '終了したテスト法人（架空）', type: 'welfare_corp', status: 'ended' });
  const npo = await host('2026-04-01', { name: 'NPO法人テストの会（架空）', type: 'npo', status: 'active' });
  await host('2026-09-30', { name: 'テスト商店（架空）', type: 'shop', status: 'prospect' });
  const company = await host('2026-10-01', { name: 'テスト株式会社（架空）', type: 'company', status: 'paused' });

  const work = await opening('2026-03-01', farm.id, {
    title: '畑の手入れ',
    kind: 'work_experience',
    step: 3,
    capacity: 10,
    location: { area: areaAt(0), online: false },
  });
  const place = await opening('2026-03-01', farm.id, {
    title: '縁側の居場所',
    kind: 'ibasho',
    step: 1,
    capacity: 10,
    location: { area: areaAt(1), online: false },
  });
  const volunteer = await opening('2026-04-01', npo.id, {
    title: '会報の発送',
    kind: 'volunteer',
    step: 2,
    capacity: 4,
    location: { area: areaAt(2), online: false },
  });
  await opening('2026-10-01', company.id, {
    title: 'パソコン教室',
    kind: 'learning',
    step: 2,
    capacity: 2,
    location: { area: areaAt(3), online: false },
  });

  // Participants (referral source, step): Z and A before the period, C on its last day, D the day after; E never consents.
  const z = await person('2026-03-01', { displayName: 'Zさん', step: 1, referredBy: null });
  const a = await person('2026-03-31', { displayName: 'Aさん', step: 1, referredBy: '地域包括支援センター' });
  const b = await person('2026-04-01', { displayName: 'Bさん', step: 2, referredBy: '地域包括支援センター' });
  const f = await person('2026-05-01', { displayName: 'Fさん', step: 2, referredBy: '障害者相談支援事業所' });
  await person('2026-05-10', { displayName: 'Eさん', step: 4, referredBy: 'くらしサポートセンター' }, false);
  const g = await person('2026-06-01', { displayName: 'Gさん', step: 1, referredBy: '地域包括支援センター' });
  const c = await person('2026-09-30', { displayName: 'Cさん', step: 3, referredBy: null });
  const d = await person('2026-10-01', { displayName: 'Dさん', step: 2, referredBy: '障害者相談支援事業所' });

  // Z: ended the day before the period (host_ended) and on its first day (other).
  await placement(z.id, work.id, { proposedOn: '2026-03-30', startedOn: '2026-03-30', ended: ['2026-03-31', 'host_ended'] });
  await placement(z.id, work.id, { proposedOn: '2026-03-31', startedOn: '2026-03-31', ended: ['2026-04-01', 'other'] });
  // A: declined the day before; P1 started the day before and still runs; P2 starts on the first day, one step up twice over.
  await declined(a.id, work.id, '2026-03-31', 'no_response');
  const p1 = await placement(a.id, place.id, { proposedOn: '2026-03-31', startedOn: '2026-03-31' });
  await checkIn(p1, '2026-04-07');
  await checkIn(p1, '2026-04-15');
  const p2 = await placement(a.id, work.id, { proposedOn: '2026-04-01', startedOn: '2026-04-01' });
  await checkIn(p2, '2026-04-08');
  on('2026-05-15');
  await moveTo(h, p2, 'ended', { at: at('2026-05-15'), reason: 'moved_on' });
  // B: declined on the first day; P3 starts on the last day; P4 proposed on the last day, starts and ends the day after.
  await declined(b.id, volunteer.id, '2026-04-01', 'no_capacity');
  const p3 = await placement(b.id, place.id, { proposedOn: '2026-09-25', startedOn: '2026-09-30', as: 'trial' });
  await placement(b.id, work.id, { proposedOn: '2026-09-30', startedOn: '2026-10-01', ended: ['2026-10-01', 'participant_withdrew'] });
  await checkIn(p3, '2026-10-08');
  // F: P6 a short trial that ends before day 30; P9 one step up, started the day after day 90 could be reached.
  const p6 = await placement(f.id, place.id, { proposedOn: '2026-05-01', startedOn: '2026-05-01', as: 'trial', activeOn: '2026-05-10' });
  await checkIn(p6, '2026-05-06');
  on('2026-05-20');
  await moveTo(h, p6, 'ended', { at: at('2026-05-20'), reason: 'participant_withdrew' });
  await placement(f.id, work.id, { proposedOn: '2026-07-03', startedOn: '2026-07-03' });
  // G: P7 ends exactly on day 30; P8 one step up, day 90 falls on the period's last day, the day it ends well.
  const p7 = await placement(g.id, place.id, { proposedOn: '2026-06-01', startedOn: '2026-06-01', as: 'trial' });
  await checkIn(p7, '2026-06-10');
  await checkIn(p7, '2026-06-12');
  on('2026-07-01');
  await moveTo(h, p7, 'ended', { at: at('2026-07-01'), reason: 'host_ended' });
  const p8 = await placement(g.id, work.id, { proposedOn: '2026-07-02', startedOn: '2026-07-02' });
  for (const date of ['2026-07-09', '2026-07-16', '2026-08-01']) await checkIn(p8, date);
  on('2026-09-30');
  await moveTo(h, p8, 'ended', { at: at('2026-09-30'), reason: 'completed' });
  // C declined on the last day; D the day after.
  await declined(c.id, place.id, '2026-09-30', 'not_a_fit');
  await declined(d.id, place.id, '2026-10-01', 'participant_declined');

  // Today: the home listing is confirmed (not stale), the volunteer listing paused; host support of several days.
  h.clock.now = TEST_NOW;
  await h.as('admin').post(`/v1/opportunities/${place.id}/confirm`);
  await h.as('admin').patch(`/v1/opportunities/${volunteer.id}`, { status: 'paused' });
  for (const [hostId, date, type] of [
    [farm.id, '2026-03-31', 'consultation'],
    [farm.id, '2026-04-01', 'consultation'],
    [farm.id, '2026-06-01', 'development'],
    [npo.id, '2026-09-30', 'training'],
    [npo.id, '2026-10-01', 'incident'],
  ] as const) {
    mustAnswer(
      201,
      'support record',
      await h.as('coordinator').post(`/v1/hosts/${hostId}/support-records`, { date, type, summary: 'テストの記録' }),
    );
  }
}

/** The first half of fiscal 2026, the period the hand-worked numbers are for. */
export const FIRST_HALF = { from: '2026-04-01', to: '2026-09-30' };
