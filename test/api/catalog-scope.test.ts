import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser, makeOpportunity, opportunityInput } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { itemIds } from '../support/lists';
import { areaAt } from '../support/city';

/**
 * A host organization sees and changes only its own record and openings. Everything of another
 * host answers exactly like something that does not exist.
 */

let h: Harness;
let hostA: { id: string };
let hostB: { id: string };
let asA: { token: string };
let asB: { token: string };
let openingA: { id: string };
let openingB: { id: string };

beforeAll(async () => {
  h = await createHarness();
  hostA = await makeHost(h, { name: 'A農園' });
  hostB = await makeHost(h, { name: 'Bカフェ', type: 'shop' });
  asA = await makeHostUser(h, hostA.id);
  asB = await makeHostUser(h, hostB.id);
  openingA = await makeOpportunity(h, hostA.id, { title: 'A農園の収穫' });
  openingB = await makeOpportunity(h, hostB.id, { title: 'Bカフェの仕込み' });
});
afterAll(() => h.close());

/** What a caller may learn from a 404: never whether the object exists. */
const notFoundShape = (body: { status: number; code: string; detail: string }) => ({
  status: body.status,
  code: body.code,
  detail: body.detail,
});

describe('catalog scope: a host and its own record', () => {
  it('lets a host read and change its own record', async () => {
    expect((await h.as(asA).get(`/v1/hosts/${hostA.id}`)).status).toBe(200);
    const res = await h.as(asA).patch(`/v1/hosts/${hostA.id}`, { address: '流山市テスト町4-5-6（見学は火曜の午前）' });
    expect(res.status).toBe(200);
    expect(res.body.address).toBe('流山市テスト町4-5-6（見学は火曜の午前）');
  });

  it("answers another host's record with the same 404 as a missing one, for reading and changing", async () => {
    const missing = await h.as(asA).get('/v1/hosts/hst_nothing');
    const read = await h.as(asA).get(`/v1/hosts/${hostB.id}`);
    const change = await h.as(asA).patch(`/v1/hosts/${hostB.id}`, { address: '書き換え' });
    expect(read.status).toBe(404);
    expect(change.status).toBe(404);
    expect(notFoundShape(read.body)).toEqual(notFoundShape(missing.body));
    expect(notFoundShape(change.body)).toEqual(notFoundShape(missing.body));
    expect((await h.as('admin').get(`/v1/hosts/${hostB.id}`)).body.address).not.toBe('書き換え');
  });

  it('lists only its own host, whatever the filters', async () => {
    expect(itemIds((await h.as(asA).get('/v1/hosts')).body.items)).toEqual([hostA.id]);
    expect(itemIds((await h.as(asA).get('/v1/hosts?type=shop')).body.items)).toEqual([]);
  });

  it('may not register hosts (403)', async () => {
    expect((await h.as(asA).post('/v1/hosts', { name: '新しい店', type: 'shop', area: areaAt(3) })).status).toBe(403);
  });
});

describe('catalog scope: a host and openings', () => {
  it('creates openings for itself, with or without naming its own host', async () => {
    const { hostId: _omitted, ...withoutHost } = opportunityInput(hostA.id);
    const implicit = await h.as(asA).post('/v1/opportunities', withoutHost);
    expect(implicit.status).toBe(201);
    expect(implicit.body).toMatchObject({ hostId: hostA.id, hostName: 'A農園' });
    const explicit = await h.as(asA).post('/v1/opportunities', opportunityInput(hostA.id));
    expect(explicit.status).toBe(201);
  });

  it('cannot create an opening for another host, and learns nothing about whether it exists', async () => {
    const before = itemIds((await h.as('admin').get(`/v1/opportunities?hostId=${hostB.id}`)).body.items);
    const other = await h.as(asA).post('/v1/opportunities', opportunityInput(hostB.id));
    const missing = await h.as(asA).post('/v1/opportunities', opportunityInput('hst_nothing'));
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: 'hostId' })]);
    expect(other.body.errors).toEqual(missing.body.errors);
    expect(other.body.detail).toBe(missing.body.detail);
    expect(itemIds((await h.as('admin').get(`/v1/opportunities?hostId=${hostB.id}`)).body.items)).toEqual(before);
  });

  it('reads, changes and confirms its own openings', async () => {
    expect((await h.as(asA).get(`/v1/opportunities/${openingA.id}`)).status).toBe(200);
    const changed = await h.as(asA).patch(`/v1/opportunities/${openingA.id}`, { capacity: 5 });
    expect(changed.status).toBe(200);
    const confirmed = await h.as(asA).post(`/v1/opportunities/${openingA.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmedAt).not.toBeNull();
  });

  it("answers another host's opening with the same 404 as a missing one: read, change, confirm", async () => {
    const missing = await h.as(asA).get('/v1/opportunities/opp_nothing');
    const answers = [
      await h.as(asA).get(`/v1/opportunities/${openingB.id}`),
      await h.as(asA).patch(`/v1/opportunities/${openingB.id}`, { title: '乗っ取り' }),
      await h.as(asA).post(`/v1/opportunities/${openingB.id}/confirm`),
    ];
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(notFoundShape(res.body)).toEqual(notFoundShape(missing.body));
    }
    const b = (await h.as('admin').get(`/v1/opportunities/${openingB.id}`)).body;
    expect(b).toMatchObject({ title: 'Bカフェの仕込み', version: 1, confirmedAt: null });
  });

  it("never lists another host's openings, even when asked for them by host id", async () => {
    const own = itemIds((await h.as(asA).get('/v1/opportunities?limit=200')).body.items);
    expect(own).toContain(openingA.id);
    expect(own).not.toContain(openingB.id);
    expect(itemIds((await h.as(asA).get(`/v1/opportunities?hostId=${hostB.id}`)).body.items)).toEqual([]);
    expect(itemIds((await h.as(asB).get('/v1/opportunities')).body.items)).toEqual([openingB.id]);
  });

  it('cannot set seats, version or another host on its opening; nothing changes', async () => {
    const before = (await h.as(asA).get(`/v1/opportunities/${openingA.id}`)).body;
    for (const attempt of [{ filled: 0 }, { version: 99 }, { hostId: hostB.id }, { confirmedAt: '2030-01-01T00:00:00+09:00' }]) {
      const res = await h.as(asA).patch(`/v1/opportunities/${openingA.id}`, { ...attempt, title: 'ついでの変更' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(Object.keys(attempt));
    }
    expect((await h.as(asA).get(`/v1/opportunities/${openingA.id}`)).body).toEqual(before);
    expect(itemIds((await h.as(asB).get('/v1/opportunities')).body.items)).toEqual([openingB.id]);
  });
});

describe('catalog scope: staff', () => {
  it('see every host and opening, and supporters may create openings for any host', async () => {
    const hostsSeen = itemIds((await h.as('supporter').get('/v1/hosts?limit=200')).body.items);
    expect(hostsSeen).toEqual(expect.arrayContaining([hostA.id, hostB.id]));
    const openingsSeen = itemIds((await h.as('supporterB').get('/v1/opportunities?limit=200')).body.items);
    expect(openingsSeen).toEqual(expect.arrayContaining([openingA.id, openingB.id]));
    const created = await h.as('supporterB').post('/v1/opportunities', opportunityInput(hostB.id, { title: '支援員が登録' }));
    expect(created.status).toBe(201);
    expect((await h.as(asB).get(`/v1/opportunities/${created.body.id}`)).status).toBe(200);
  });
});
