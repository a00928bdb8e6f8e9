import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { propose } from '../support/placements';
import { anArea, labelOf, pointOf } from '../support/city';

const BOM = [0xef, 0xbb, 0xbf];
const mondayMorning = [{ day: 'mon', start: '09:00', end: '12:00' }];
const home = { area: anArea, ...pointOf(anArea) };

describe('GET /v1/reports/unmet-needs: where the catalog fails the people waiting', () => {
  let h: Harness;
  let opportunityId: string;
  const named: string[] = [];
  beforeAll(async () => {
    h = await createHarness();
    const host = await makeHost(h);
    opportunityId = (await makeOpportunity(h, host.id, { step: 2, support: [] })).id;
    for (const name of ['山田 一郎（架空）', '佐藤 二郎（架空）', '鈴木 三郎（架空）']) {
      const person = await makeParticipant(h, 'supporter', {
        displayName: `${name.slice(0, 2)}さん`,
        home,
        availability: mondayMorning,
        needs: [],
        private: { name },
      });
      named.push(person.id, person.code, name, `${name.slice(0, 2)}さん`);
    }
    // Someone with a proposal under way is not waiting, whatever fits them.
    const placed = await makeParticipant(h, 'supporter', { home, availability: mondayMorning, needs: [] });
    await giveConsent(h, placed.id);
    await propose(h, placed.id, opportunityId);
  });
  afterAll(() => h.close());

  it('counts the people waiting, groups them, names what keeps them out and what would let them in', async () => {
    const res = await h.as('coordinator').get('/v1/reports/unmet-needs');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ asOf: '2026-11-27', threshold: 3, considered: 3, underserved: 3, suppressed: 0 });
    expect(res.body.groups).toEqual([
      {
        profile: { area: anArea, timeBand: 'weekday_morning', step: 2, needs: [] },
        people: 3,
        binding: [{ code: 'schedule', people: 3 }],
        suggestion: {
          kind: 'change',
          opportunityId,
          change: { addSlots: mondayMorning },
          wouldServe: 3,
          message: '「畑の手入れ（午前のみ）」（NPO法人ながれやま畑の会）で月曜09:00〜12:00の回を設けると、3人が参加できます',
        },
      },
    ]);
  });

  it('takes the threshold from the query and refuses one that is not a count', async () => {
    expect((await h.as('admin').get('/v1/reports/unmet-needs?threshold=1')).body).toMatchObject({ threshold: 1, underserved: 3 });
    expect((await h.as('admin').get('/v1/reports/unmet-needs?threshold=0')).status).toBe(400);
  });

  it('is for admin and coordinators only', async () => {
    const host = await makeHostUser(h, (await makeHost(h, { name: '別の受け入れ先' })).id);
    expect((await h.as('supporter').get('/v1/reports/unmet-needs')).status).toBe(403);
    expect((await h.as(host).get('/v1/reports/unmet-needs')).status).toBe(403);
    expect((await h.as(null).get('/v1/reports/unmet-needs')).status).toBe(401);
  });

  it('names no one, in the JSON or in the CSV, which is a UTF-8 download with a BOM', async () => {
    const json = (await h.as('coordinator').get('/v1/reports/unmet-needs')).text;
    const response = await h.app.request('/v1/reports/unmet-needs?format=csv', {
      headers: { authorization: `Bearer ${h.tokens.coordinator}` },
    });
    const raw = new Uint8Array(await response.arrayBuffer());
    const csv = new TextDecoder().decode(raw);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tsunagu-unmet-needs-2026-11-27.csv"');
    expect([...raw.slice(0, 3)]).toEqual(BOM);
    expect(csv).toContain(`${labelOf(anArea)},平日午前,段階2（交流・軽い役割）,なし,3,時間が合わない 3人,`);
    for (const text of [json, csv]) for (const identifying of named) expect(text).not.toContain(identifying);
    expect(json).not.toMatch(/P-\d+/);
    expect(csv).not.toMatch(/P-\d+/);
  });
});
