import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { retentionCounts, retentionKey, type PlacementOutcome } from '../../src/domain/placement/retention';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { moveTo, propose } from '../support/placements';
import { errorPaths } from '../support/problems';
import { buildReportHistory, FIRST_HALF, WORKED_FOR, WORKED_FOR_THESE_SETTINGS } from '../support/report-history';
import { areaAt, areas, retentionCheckpointDays } from '../support/city';

const summaryPath = (query: string) => `/v1/reports/summary${query}`;

/** Open listings by area: the history opens one in each of its first, second and fourth areas. */
const OPEN_BY_AREA = Object.fromEntries(areas.map((area) => [area, [areaAt(0), areaAt(1), areaAt(3)].includes(area) ? 1 : 0]));

describe('reports: the summary of a known history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await buildReportHistory(h);
  });
  afterAll(() => h.close());

  it('counts every number of the first half of fiscal 2026 exactly, on both boundaries of the period', async () => {
    const res = await h.as('coordinator').get(summaryPath(`?from=${FIRST_HALF.from}&to=${FIRST_HALF.to}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const { retention: _retention, followUps: _followUps, ...counted } = res.body;
    expect(counted).toEqual({
      period: { from: '2026-04-01', to: '2026-09-30' },
      asOf: '2026-11-27',
      participants: {
        // Registered by 09-30: Z, A (before), B (04-01), F, E, G, C (09-30); not D (10-01).
        total: 7,
        byStep: { 1: 3, 2: 2, 3: 1, 4: 1, 5: 0 },
        // E never consented.
        withConsent: 6,
        newlyRegistered: 5,
        byReferral: { 地域包括支援センター: 2, くらしサポートセンター: 1, 未記入: 1, 障害者相談支援事業所: 1 },
      },
      placements: {
        // Proposed 04-01 (P2, a decline), 05-01, 06-01, 07-02, 07-03, 09-25, 09-30 (P4, a decline); not 03-30, 03-31 or 10-01.
        proposed: 9,
        // P2 on 04-01, P6, P7, P8, P9, P3 on 09-30; not P1 (03-31) or P4 (10-01).
        started: 6,
        // P1, P9 active and P3 on trial today.
        active: 3,
        // Ended 04-01, 05-15, 05-20, 07-01 and 09-30; not 03-31 or 10-01.
        endedByReason: { completed: 1, moved_on: 1, participant_withdrew: 1, host_ended: 1, other: 1 },
        // Declined 04-01 and 09-30; not 03-31 or 10-01.
        declinedByReason: { no_capacity: 1, not_a_fit: 1, participant_declined: 0, no_response: 0, other: 0 },
        byKind: { ibasho: 3, volunteer: 0, work_experience: 3, intermediate_work: 0, employment: 0, learning: 0 },
        // A (P2), F (P9) and G (P8) started step 3 after step 1; B's move (P4) started the day after.
        stepMovesUp: 3,
      },
      hosts: {
        active: 2,
        // The NPO on 04-01 and the shop (a prospect) on 09-30; not the company on 10-01.
        new: 2,
        byType: { company: 0, npo: 1, shop: 0, farm: 1, public: 0, welfare_corp: 0, community: 0, other: 0 },
        byStatus: { prospect: 1, active: 2, paused: 1, ended: 1 },
      },
      opportunities: {
        // The volunteer listing is paused; the company's listing is open though the company pauses.
        openByKind: { ibasho: 1, volunteer: 0, work_experience: 1, intermediate_work: 0, employment: 0, learning: 1 },
        openByArea: OPEN_BY_AREA,
        seatsTotal: 22,
        // P9 in the farm work; P1 and P3 in the home.
        seatsFilled: 3,
        // The farm work was last touched on 03-01; the home was confirmed today.
        stale: 1,
      },
      hostSupport: { byType: { consultation: 1, training: 1, incident: 0, feedback: 0, development: 1 } },
    });
  });

  it.runIf(WORKED_FOR_THESE_SETTINGS)(
    `counts retention and follow-ups of the first half of fiscal 2026 exactly (${WORKED_FOR})`,
    async () => {
      const res = await h.as('coordinator').get(summaryPath(`?from=${FIRST_HALF.from}&to=${FIRST_HALF.to}`));
      expect({ retention: res.body.retention, followUps: res.body.followUps }).toEqual({
        retention: {
          // Started by 08-31: P2 (moved on), P6 (left on day 19), P7 (ended on day 30 itself), P8, P9.
          day30: { eligible: 5, retained: 4, rate: 0.8 },
          // Started by 07-02 (P8's day 90 is 09-30, the last day): P2 and P8 kept, P6 and P7 not; P9 (07-03) not yet.
          day90: { eligible: 4, retained: 2, rate: 0.5 },
          // Started by 04-03: P2 only, which moved on.
          day180: { eligible: 1, retained: 1, rate: 1 },
        },
        followUps: {
          // Due 04-01…09-30 while the placement ran: P1 5, P2 3, P6 2, P7 3, P8 4 (09-30 included), P9 3.
          dueInPeriod: 20,
          // P1 04-07 on the day, P2 04-08, P6 two days early, P7 06-15 three days early, P8 three on the day.
          completedOnTime: 7,
          // P1 04-14 done 04-15, P7 06-08 done 06-10.
          late: 2,
          notCompleted: 11,
          // Open and past due today: P1 three, P9 four (10-01 included), P3 two.
          overdue: 9,
        },
      });
    },
  );

  it('defaults to the fiscal year containing today, and counts days only up to today', async () => {
    const res = await h.as('admin').get(summaryPath(''));
    expect(res.status).toBe(200);
    expect(res.body.period).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(res.body.participants).toMatchObject({ total: 8, newlyRegistered: 6 });
  });

  it.runIf(WORKED_FOR_THESE_SETTINGS)(`counts retention and follow-ups of the fiscal year up to today (${WORKED_FOR})`, async () => {
    const res = await h.as('admin').get(summaryPath(''));
    expect(res.body.retention).toEqual({
      // P3 (09-30, on trial) and P4 (10-01, left the same day) join day 30; P9 reaches day 90; P6 day 180.
      day30: { eligible: 7, retained: 5, rate: 0.714 },
      day90: { eligible: 5, retained: 3, rate: 0.6 },
      day180: { eligible: 2, retained: 1, rate: 0.5 },
    });
    // Through today: P9's 10-01 and P3's 10-07 (done 10-08), 10-14 and 10-30 come in; P4 had ended before any was due.
    expect(res.body.followUps).toEqual({ dueInPeriod: 24, completedOnTime: 7, late: 3, notCompleted: 14, overdue: 9 });
  });

  it('takes the end of the fiscal year of `from` when only `from` is given, and the start of that of `to` when only `to` is', async () => {
    expect((await h.as('admin').get(summaryPath('?from=2026-10-01'))).body.period).toEqual({ from: '2026-10-01', to: '2027-03-31' });
    expect((await h.as('admin').get(summaryPath('?to=2026-03-31'))).body.period).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('agrees with the domain definition of retention (src/domain/placement/retention.ts)', async () => {
    const list = await h.as('coordinator').get('/v1/placements?limit=200');
    const outcomes: (PlacementOutcome & { startDate: string | null })[] = list.body.items.map(
      (p: { startedOn: string | null; status: PlacementOutcome['status']; endedOn: string | null; closeReason: string | null }) => ({
        startDate: p.startedOn,
        status: p.status,
        endDate: p.endedOn,
        endReason: p.closeReason,
      }),
    );
    for (const [from, to, through] of [
      ['2026-04-01', '2026-09-30', '2026-09-30'],
      ['2026-01-01', '2026-12-31', '2026-11-27'],
    ] as const) {
      const report = (await h.as('coordinator').get(summaryPath(`?from=${from}&to=${to}`))).body;
      const started = outcomes.filter((o) => o.startDate !== null && o.startDate >= from && o.startDate <= to);
      for (const day of retentionCheckpointDays) {
        expect(report.retention[retentionKey(day)]).toMatchObject(retentionCounts(started, day, through));
      }
    }
  });

  it('counts nothing that needs days to pass in a period that has not begun', async () => {
    const res = await h.as('admin').get(summaryPath('?from=2027-01-01&to=2027-03-31'));
    for (const day of retentionCheckpointDays)
      expect(res.body.retention[retentionKey(day)]).toEqual({ eligible: 0, retained: 0, rate: null });
    expect(res.body.followUps).toMatchObject({ dueInPeriod: 0, completedOnTime: 0, late: 0, notCompleted: 0 });
    expect(res.body.placements).toMatchObject({ proposed: 0, started: 0, active: 3 });
  });
});

describe('reports: who may read them and what they accept', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('is for admin and coordinators only (403 for supporters and hosts, 401 without a token)', async () => {
    expect((await h.as('admin').get(summaryPath(''))).status).toBe(200);
    expect((await h.as('coordinator').get(summaryPath(''))).status).toBe(200);
    expect((await h.as('supporter').get(summaryPath(''))).status).toBe(403);
    const host = await makeHost(h);
    expect((await h.as(await makeHostUser(h, host.id)).get(summaryPath(''))).status).toBe(403);
    expect((await h.as(null).get(summaryPath(''))).status).toBe(401);
  });

  it('refuses a period that ends before it starts, naming both dates', async () => {
    const res = await h.as('admin').get(summaryPath('?from=2026-09-30&to=2026-04-01'));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['from', 'to']);
    expect(res.body.errors[0].message).toContain('2026-09-30');
  });

  it('refuses dates that do not exist and unknown formats, listing each', async () => {
    const res = await h.as('admin').get(summaryPath('?from=2026-02-30&to=2026-13-01&format=xlsx'));
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['format', 'from', 'to']);
  });

  it('says a date does not exist, not that it comes after the other, when the first date is impossible', async () => {
    const res = await h.as('admin').get(summaryPath('?from=2026-13-40&to=2026-01-01'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'from', message: 'YYYY-MM-DD の形で、実在する日付を入力してください' }]);
  });
});

describe('reports: cost', () => {
  it('takes the same two round trips and the same statements however much data there is', async () => {
    const h = await createHarness();
    try {
      // Every SQL statement sent. drizzle's logger does not see the statements inside db.batch, so they are counted where the client sends them.
      const statements: string[] = [];
      const sqlOf = (stmt: unknown) =>
        typeof stmt === 'string' ? stmt : Array.isArray(stmt) ? String(stmt[0]) : (stmt as { sql: string }).sql;
      const { client } = h;
      const batch = client.batch.bind(client);
      const execute = client.execute.bind(client);
      client.batch = ((stmts: unknown[], ...rest: unknown[]) => {
        statements.push(...stmts.map(sqlOf));
        return (batch as (...args: unknown[]) => ReturnType<typeof batch>)(stmts, ...rest);
      }) as typeof client.batch;
      client.execute = ((stmt: unknown, ...rest: unknown[]) => {
        statements.push(sqlOf(stmt));
        return (execute as (...args: unknown[]) => ReturnType<typeof execute>)(stmt, ...rest);
      }) as typeof client.execute;

      const measure = async () => {
        h.clock.now = TEST_NOW;
        statements.length = 0;
        h.roundTrips.reset();
        const res = await h.as('coordinator').get(summaryPath(''));
        expect(res.status).toBe(200);
        return { roundTrips: h.roundTrips.count, statements: [...statements] };
      };

      const empty = await measure();
      // The caller's token, then one batch of nine aggregate selects.
      expect(empty.roundTrips).toBe(2);
      expect(empty.statements).toHaveLength(10);
      await grow(h, 1);
      const small = await measure();
      await grow(h, 12);
      const larger = await measure();
      expect(small).toEqual(empty);
      expect(larger).toEqual(empty);
    } finally {
      h.close();
    }
  });
});

/** `n` hosts, each with an opening and a participant who started there and had a check-in. */
async function grow(h: Harness, n: number) {
  for (let i = 0; i < n; i++) {
    const host = await makeHost(h, { name: `受け入れ先${i}（架空）` });
    const opening = await makeOpportunity(h, host.id, { capacity: 5 });
    const person = await makeParticipant(h, 'supporter', { referredBy: `紹介元${i}` });
    await giveConsent(h, person.id);
    const p = await propose(h, person.id, opening.id);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'active', { at: `${addDays('2026-11-27', -20)}T10:00:00+09:00` });
    await h.as('supporter').post(`/v1/placements/${p.id}/check-ins`, { date: '2026-11-20', channel: 'visit' });
  }
}
