import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_REPRESENTATIVE_POINTS, AREAS } from '../../src/config';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { makeParticipant } from '../support/participants';

const area = AREAS[0];
const home = { area, ...AREA_REPRESENTATIVE_POINTS[area] };
const mondayMorning = [{ day: 'mon', start: '09:00', end: '12:00' }];

describe('GET /v1/reports/unmet-needs: an erased person is no longer waiting', () => {
  let h: Harness;
  let waiting: { id: string }[];
  beforeAll(async () => {
    h = await createHarness();
    const host = await makeHost(h, { area });
    await makeOpportunity(h, host.id, { step: 2, support: [], location: { area, ...AREA_REPRESENTATIVE_POINTS[area], online: false } });
    waiting = [];
    for (let i = 0; i < 4; i++) waiting.push(await makeParticipant(h, 'supporter', { home, availability: mondayMorning, needs: [] }));
  });
  afterAll(() => h.close());

  it("drops the erased person's needs and leaves everyone else's numbers as they were", async () => {
    const before = (await h.as('coordinator').get('/v1/reports/unmet-needs')).body;
    expect(before).toMatchObject({ considered: 4, underserved: 4 });
    expect(before.groups.map((g: { people: number }) => g.people)).toEqual([4]);

    mustAnswer(200, 'erase', await h.as('admin').post(`/v1/participants/${waiting[0]!.id}/erase`, { reason: 'request' }));

    const after = (await h.as('coordinator').get('/v1/reports/unmet-needs')).body;
    expect(after).toMatchObject({ considered: 3, underserved: 3, suppressed: 0 });
    expect(after.groups).toHaveLength(1);
    expect(after.groups[0]).toMatchObject({
      profile: before.groups[0].profile,
      people: 3,
      binding: [{ code: 'schedule', people: 3 }],
      suggestion: { kind: 'change', change: before.groups[0].suggestion.change, wouldServe: 3 },
    });
  });

  it('leaves the erased person out of the CSV as well', async () => {
    const csv = (await h.as('coordinator').get('/v1/reports/unmet-needs?format=csv')).text;
    expect(csv.split('\r\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2},3,3,3,0$/);
  });
});
