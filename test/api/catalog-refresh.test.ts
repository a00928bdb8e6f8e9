import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogBuildCount } from '../../src/services/catalog';
import { anArea, anotherArea, northOf } from '../support/city';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { moveTo, propose } from '../support/placements';

const DAY_MS = 24 * 60 * 60 * 1000;
// Near Aさん (participantInput): free on Tuesday mornings, step 2, up to 30 minutes away.
const nearby = { area: anotherArea, station: null, ...northOf(anArea, -3.9), online: false };

type Item = { opportunityId: string; score: number; warnings: { code: string }[] };

let h: Harness;
let ids: string[];
let person: string;
beforeAll(async () => {
  h = await createHarness();
  const host = await makeHost(h);
  ids = [];
  for (const title of ['畑の手入れ（南流山）', '農園の収穫', '駅前の清掃']) {
    ids.push((await makeOpportunity(h, host.id, { title, step: 2, capacity: 2, location: nearby })).id);
  }
  person = (await makeParticipant(h)).id;
  await giveConsent(h, person);
  // Nobody has changed or confirmed the listings since: every one is stale.
  h.clock.now = new Date(TEST_NOW.getTime() + 91 * DAY_MS);
});
afterAll(() => h.close());

const matches = async (): Promise<Item[]> => (await h.as('supporter').get(`/v1/participants/${person}/matches`)).body.items;
const ranking = (items: Item[]) => items.map(({ opportunityId, score }) => ({ opportunityId, score }));
const staleOnes = (items: Item[]) =>
  items.filter((item) => item.warnings.some((warning) => warning.code === 'stale_listing')).map((item) => item.opportunityId);

describe('catalog index: what refreshes in place', () => {
  it('takes a host confirming a listing without a rebuild: same ranking, the staleness warning gone', async () => {
    const before = await matches();
    expect(staleOnes(before).sort()).toEqual([...ids].sort());
    const builds = catalogBuildCount(h.db).builds;

    expect((await h.as('admin').post(`/v1/opportunities/${ids[0]}/confirm`)).status).toBe(200);
    const after = await matches();
    expect(ranking(after)).toEqual(ranking(before));
    expect(staleOnes(after).sort()).toEqual(ids.slice(1).sort());
    const found = (await h.as('supporter').get('/v1/opportunities?q=畑')).body.items;
    expect(found.find((item: { id: string }) => item.id === ids[0])).toMatchObject({ stale: false, version: 2 });
    expect(catalogBuildCount(h.db).builds).toBe(builds);
  });

  it('keeps a confirmation through a later seat change, still without a rebuild', async () => {
    const builds = catalogBuildCount(h.db).builds;
    await h.as('admin').post(`/v1/opportunities/${ids[1]}/confirm`);
    await matches();
    const placement = await propose(h, person, ids[2]!);
    await moveTo(h, placement.id, 'accepted');
    const after = await matches();
    expect(staleOnes(after).sort()).toEqual([ids[2]]);
    expect(after.find((item) => item.opportunityId === ids[2])!.warnings.map((w) => w.code)).toContain('nearly_full');
    expect(catalogBuildCount(h.db).builds).toBe(builds);
  });

  it('rebuilds for a change of what matching reads, and a confirmation gives the HSDS export a new tag', async () => {
    const builds = catalogBuildCount(h.db).builds;
    // `If-None-Match: *` answers 304 with the tag of the export as it is now, built or not.
    const currentTag = async () => (await h.as('coordinator').get('/v1/export/hsds', { 'if-none-match': '*' })).headers.get('etag');
    const tag = await currentTag();
    await h.as('admin').post(`/v1/opportunities/${ids[2]}/confirm`);
    expect(await currentTag()).not.toBe(tag);
    expect(catalogBuildCount(h.db).builds).toBe(builds);
    await h.as('admin').patch(`/v1/opportunities/${ids[2]}`, { title: '駅前の清掃（改）' });
    await matches();
    expect(catalogBuildCount(h.db).builds).toBe(builds + 1);
  });
});
