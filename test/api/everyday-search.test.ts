import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { itemIds } from '../support/lists';

let h: Harness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  const cafe = await makeHost(h, { name: 'ひだまりカフェ', nameKana: 'ひだまりかふぇ', understanding: ['hikikomori'] });
  const logistics = await makeHost(h, { name: '株式会社東葛ロジ', nameKana: 'とうかつろじ', understanding: ['developmental'] });
  const counter = { groupSize: 'small', conversation: 'much', customerFacing: true, phone: false };
  const quiet = { groupSize: 'solo', conversation: 'none', customerFacing: false, phone: false };
  const listings: [string, string, Record<string, unknown>][] = [
    [
      'hall',
      cafe.id,
      {
        title: 'カフェのホール',
        tags: ['接客'],
        environment: counter,
        pay: 'wage',
        kind: 'employment',
        schedule: [{ day: 'sat', start: '10:00', end: '15:00' }],
        support: ['trial_visit'],
      },
    ],
    [
      'kitchen',
      cafe.id,
      {
        title: 'カフェの洗い場',
        tags: ['調理'],
        pay: 'allowance',
        support: ['job_coach'],
        schedule: [{ day: 'tue', start: '10:00', end: '13:00' }],
      },
    ],
    [
      'packing',
      logistics.id,
      {
        title: '封入作業',
        tags: ['軽作業'],
        environment: quiet,
        pay: 'wage',
        kind: 'employment',
        support: ['job_coach'],
        schedule: [{ day: 'mon', start: '13:00', end: '16:00' }],
      },
    ],
    [
      'pausedPacking',
      logistics.id,
      {
        title: '検品作業',
        tags: ['軽作業'],
        environment: quiet,
        pay: 'wage',
        kind: 'employment',
        support: ['job_coach'],
        schedule: [{ day: 'mon', start: '09:00', end: '12:00' }],
        status: 'paused',
      },
    ],
  ];
  for (const [key, hostId, overrides] of listings) ids[key] = (await makeOpportunity(h, hostId, overrides)).id;
});
afterAll(() => h.close());

async function search(q: string, extra = '') {
  const res = await h.as('supporter').get(`/v1/opportunities?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return itemIds(res.body.items);
}

describe('search: everyday phrases through GET /v1/opportunities?q=', () => {
  it('接客なし leaves out every customer-facing listing', async () => {
    const found = await search('接客なし');
    expect(found).not.toContain(ids.hall);
    expect(found).toEqual(expect.arrayContaining([ids.kitchen, ids.packing]));
  });

  it('ジョブコーチ finds the listings that offer one, open ones first', async () => {
    expect(await search('ジョブコーチ')).toEqual([ids.kitchen, ids.packing, ids.pausedPacking]);
  });

  it('バイト finds waged jobs, and the status filter still applies', async () => {
    expect(await search('バイト')).toEqual([ids.hall, ids.packing, ids.pausedPacking]);
    expect(await search('バイト', '&status=paused')).toEqual([ids.pausedPacking]);
  });

  it('土日 and 一人 match the schedule and the group size', async () => {
    expect(await search('土日')).toEqual([ids.hall]);
    expect(await search('一人')).toEqual([ids.packing, ids.pausedPacking]);
  });

  it('finds a host by its reading and by what it understands', async () => {
    expect(await search('とうかつろじ')).toEqual([ids.packing, ids.pausedPacking]);
    expect(await search('ひきこもり')).toEqual([ids.hall, ids.kitchen]);
  });
});
