import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { opportunities } from '../../src/db/schema';
import { auditRows } from '../support/audit';
import { catalogVersion } from '../support/catalog-version';
import { makeHost, makeOpportunity, opportunityInput } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { writeBetweenReadAndWrite } from '../support/interleave';
import { itemIds, readPages } from '../support/lists';
import { errorPaths } from '../support/problems';
import { aThirdArea, anArea, areaAt, staleListingDays } from '../support/city';

let h: Harness;
let hostId: string;
beforeAll(async () => {
  h = await createHarness();
  hostId = (await makeHost(h)).id;
});
afterAll(() => h.close());
afterEach(() => {
  h.clock.now = TEST_NOW;
});

const DAY_MS = 24 * 60 * 60 * 1000;
const opportunityCount = async () => (await h.db.select({ id: opportunities.id }).from(opportunities)).length;
const setFilled = (id: string, filled: number) => h.db.update(opportunities).set({ filled }).where(eq(opportunities.id, id));

describe('opportunities: registering', () => {
  it('lets staff register an opening for a host, with the server-maintained fields filled in', async () => {
    const res = await h.as('supporter').post('/v1/opportunities', opportunityInput(hostId));
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.body).toEqual({
      ...opportunityInput(hostId),
      id: expect.stringMatching(/^opp_/),
      hostName: 'NPO法人ながれやま畑の会',
      externalId: null,
      attendance: 'any',
      months: [],
      filled: 0,
      stale: false,
      confirmedAt: null,
      version: 1,
      createdAt: '2026-11-27T10:00:00.000+09:00',
      updatedAt: '2026-11-27T10:00:00.000+09:00',
    });
  });

  it('fills in sensible defaults for what a short body leaves out', async () => {
    const res = await h.as('coordinator').post('/v1/opportunities', {
      hostId,
      title: 'みんなの居場所',
      kind: 'ibasho',
      schedule: [{ day: 'fri', start: '13:00', end: '16:00' }],
      location: { area: aThirdArea },
      capacity: 10,
      step: 1,
      environment: { groupSize: 'small', conversation: 'none', customerFacing: false, phone: false },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      description: '',
      tags: [],
      support: [],
      pay: 'none',
      costYen: 0,
      status: 'open',
      location: { area: aThirdArea, station: null, lat: null, lng: null, online: false },
      eligibility: { minAge: null, maxAge: null, genders: [] },
    });
  });

  it('accepts an online listing without coordinates or station', async () => {
    const res = await h.as('admin').post('/v1/opportunities', opportunityInput(hostId, { location: { area: anArea, online: true } }));
    expect(res.status).toBe(201);
    expect(res.body.location).toEqual({ area: anArea, station: null, lat: null, lng: null, online: true });
  });

  it('reports three problems in one body at three paths', async () => {
    const res = await h.as('admin').post(
      '/v1/opportunities',
      opportunityInput(hostId, {
        capacity: -1,
        schedule: [{ day: 'tue', start: '12:00', end: '09:00' }],
        eligibility: { minAge: 65, maxAge: 18, genders: [] },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation');
    expect(errorPaths(res.body)).toEqual(['capacity', 'eligibility.maxAge', 'schedule.0.end']);
  });

  it('reports cross-field problems even when other fields are also wrong', async () => {
    const res = await h.as('admin').post(
      '/v1/opportunities',
      opportunityInput(hostId, {
        step: 9,
        location: { area: anArea, lat: 35.87, online: 'no' },
        eligibility: { minAge: 40, maxAge: 30, genders: ['nobody'] },
      }),
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['eligibility.genders.0', 'eligibility.maxAge', 'location.lng', 'location.online', 'step']);
  });

  it('checks enums, ranges and the area list', async () => {
    const res = await h.as('admin').post(
      '/v1/opportunities',
      opportunityInput(hostId, {
        kind: 'party',
        pay: 'gold',
        status: 'maybe',
        capacity: 1001,
        costYen: 1.5,
        support: ['magic'],
        location: { area: 'moon', lat: 91, lng: 200, online: false },
        environment: { groupSize: 'huge', conversation: 'little', customerFacing: false, phone: false },
      }),
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual([
      'capacity',
      'costYen',
      'environment.groupSize',
      'kind',
      'location.area',
      'location.lat',
      'location.lng',
      'pay',
      'status',
      'support.0',
    ]);
  });

  it('names unknown fields and refuses server-maintained ones with a message each, creating nothing', async () => {
    const before = await opportunityCount();
    const res = await h.as('admin').post(
      '/v1/opportunities',
      opportunityInput(hostId, {
        filled: 2,
        confirmedAt: '2026-11-01T00:00:00+09:00',
        colour: 'red',
        environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false, noise: 'low' },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'filled', message: '「filled」はサーバーが管理する項目のため変更できません' },
        { path: 'confirmedAt', message: '「confirmedAt」はサーバーが管理する項目のため変更できません' },
        { path: 'colour', message: '「colour」という項目はありません' },
        { path: 'environment.noise', message: '「noise」という項目はありません' },
      ]),
    );
    expect(await opportunityCount()).toBe(before);
  });

  it('requires staff to name an existing host (400 on hostId)', async () => {
    const { hostId: _omitted, ...withoutHost } = opportunityInput(hostId);
    const missing = await h.as('admin').post('/v1/opportunities', withoutHost);
    expect(missing.status).toBe(400);
    expect(errorPaths(missing.body)).toEqual(['hostId']);
    const unknown = await h.as('admin').post('/v1/opportunities', opportunityInput('hst_nothing'));
    expect(unknown.status).toBe(400);
    expect(errorPaths(unknown.body)).toEqual(['hostId']);
  });

  it('answers 401 without a token, 400 for malformed JSON and 413 for oversized bodies', async () => {
    expect((await h.as(null).post('/v1/opportunities', opportunityInput(hostId))).status).toBe(401);
    const malformed = await h.request('admin', 'POST', '/v1/opportunities', '{"title":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const huge = await h.as('admin').post('/v1/opportunities', opportunityInput(hostId, { description: 'x'.repeat(70 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it('writes an audit row with the change', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    expect(await auditRows(h, opportunity.id)).toEqual([
      expect.objectContaining({ action: 'opportunity.create', entity: 'opportunity', actorId: 'usr_admin', outcome: 'ok' }),
    ]);
  });
});

describe('opportunities: reading', () => {
  it('returns one opening with its ETag, and 404 for an unknown id', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const res = await h.as('supporter').get(`/v1/opportunities/${opportunity.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.body).toEqual(opportunity);
    const missing = await h.as('supporter').get('/v1/opportunities/opp_nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
  });

  it('filters by kind, area, host and status, naming the host on every item', async () => {
    const other = await makeHost(h, { name: '流山ベーカリー', type: 'shop' });
    const bakery = await makeOpportunity(h, other.id, {
      kind: 'employment',
      location: { area: areaAt(3), online: false },
      status: 'paused',
    });
    await makeOpportunity(h, other.id, { kind: 'employment', location: { area: areaAt(3), online: false }, status: 'open' });
    await makeOpportunity(h, other.id, { kind: 'volunteer', location: { area: areaAt(3), online: false }, status: 'paused' });
    const res = await h.as('coordinator').get(`/v1/opportunities?kind=employment&area=${areaAt(3)}&hostId=${other.id}&status=paused`);
    expect(res.status).toBe(200);
    expect(itemIds(res.body.items)).toEqual([bakery.id]);
    expect(res.body.items[0].hostName).toBe('流山ベーカリー');
  });

  it('pages through every opening exactly once', async () => {
    const pagedHost = await makeHost(h, { name: 'ページ送りの会' });
    const created: string[] = [];
    for (let i = 0; i < 23; i++) created.push((await makeOpportunity(h, pagedHost.id, { title: `メニュー${i}` })).id);
    const pages = await readPages(h, 'supporter', `/v1/opportunities?hostId=${pagedHost.id}&limit=5`);
    for (const res of pages) {
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(5);
    }
    expect(pages.length).toBe(5);
    expect(pages.flatMap((res) => itemIds(res.body.items))).toEqual([...created].sort());
  });

  it('reports every problem of a bad query', async () => {
    const res = await h.as('admin').get('/v1/opportunities?limit=500&kind=party&stale=maybe');
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['kind', 'limit', 'stale']);
  });
});

describe('opportunities: changing', () => {
  it('merges nested objects one level, replaces arrays, and bumps version and updatedAt', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    h.clock.now = new Date(TEST_NOW.getTime() + 5 * 60_000);
    const res = await h.as('coordinator').patch(`/v1/opportunities/${opportunity.id}`, {
      location: { station: '南流山' },
      environment: { phone: true },
      eligibility: { maxAge: 39 },
      tags: ['軽作業'],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v2"');
    expect(res.body).toEqual({
      ...opportunity,
      location: { ...opportunity.location, station: '南流山' },
      environment: { ...opportunity.environment, phone: true },
      eligibility: { ...opportunity.eligibility, maxAge: 39 },
      tags: ['軽作業'],
      version: 2,
      updatedAt: '2026-11-27T10:05:00.000+09:00',
    });
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toEqual(res.body);
  });

  it('validates the merged result, not only the fields sent', async () => {
    const opportunity = await makeOpportunity(h, hostId, { location: { area: anArea, online: true } });
    const age = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { eligibility: { minAge: 70 } });
    expect(age.status).toBe(400);
    expect(errorPaths(age.body)).toEqual(['eligibility.maxAge']);
    const place = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { location: { lat: 35.86 } });
    expect(place.status).toBe(400);
    expect(errorPaths(place.body)).toEqual(['location.lng']);
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toEqual(opportunity);
  });

  it('refuses a slot whose end is not after its start', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const res = await h
      .as('admin')
      .patch(`/v1/opportunities/${opportunity.id}`, { schedule: [{ day: 'wed', start: '10:00', end: '10:00' }] });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['schedule.0.end']);
  });

  it('refuses to move an opening to another host or to set server-maintained fields, changing nothing', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const other = await makeHost(h);
    const res = await h
      .as('admin')
      .patch(`/v1/opportunities/${opportunity.id}`, { hostId: other.id, filled: 0, stale: false, title: '新しい題' });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['filled', 'hostId', 'stale']);
    expect(res.body.errors.find((e: { path: string }) => e.path === 'hostId').message).toContain('変更できません');
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toEqual(opportunity);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const first = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { title: '一度目' }, { 'if-match': '"v1"' });
    expect(first.status).toBe(200);
    const second = await h.as('coordinator').patch(`/v1/opportunities/${opportunity.id}`, { title: '二度目' }, { 'if-match': '"v1"' });
    expect(second.status).toBe(412);
    expect(second.body.code).toBe('stale');
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toEqual(first.body);
    expect((await auditRows(h, opportunity.id)).map((r) => r.action)).toEqual(['opportunity.create', 'opportunity.update']);
  });

  it('lets exactly one of two concurrent changes from the same version win', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const results = await Promise.all([
      h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { title: 'A' }, { 'if-match': '"v1"' }),
      h.as('coordinator').patch(`/v1/opportunities/${opportunity.id}`, { title: 'B' }, { 'if-match': '"v1"' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const now = await h.as('admin').get(`/v1/opportunities/${opportunity.id}`);
    expect(now.body.version).toBe(2);
    expect(now.body.title).toBe(results.find((r) => r.status === 200)!.body.title);
    expect((await auditRows(h, opportunity.id)).filter((r) => r.action === 'opportunity.update')).toHaveLength(1);
  });

  it('refuses a change that lost a race to another writer (412), leaving no trace of it', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const catalogBefore = await catalogVersion(h);
    writeBetweenReadAndWrite(h, 'update opportunities set version = version + 1 where id = ?', [opportunity.id]);
    const res = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { title: '負けた変更' });
    expect(res.status).toBe(412);
    expect(res.body.code).toBe('stale');
    const now = (await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body;
    expect(now).toEqual({ ...opportunity, version: 2 });
    expect((await auditRows(h, opportunity.id)).map((r) => r.action)).toEqual(['opportunity.create']);
    expect(await catalogVersion(h)).toBe(catalogBefore);
  });

  it('refuses a capacity change that raced a seat being taken, changing nothing', async () => {
    const opportunity = await makeOpportunity(h, hostId, { capacity: 3 });
    writeBetweenReadAndWrite(h, 'update opportunities set filled = 3 where id = ?', [opportunity.id]);
    const res = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { capacity: 2 });
    expect(res.status).toBe(412);
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toMatchObject({ capacity: 3, filled: 3, version: 1 });
    expect((await auditRows(h, opportunity.id)).map((r) => r.action)).toEqual(['opportunity.create']);
  });

  it('refuses a capacity below the seats in use with 409 capacity_below_filled, changing nothing', async () => {
    const opportunity = await makeOpportunity(h, hostId, { capacity: 3 });
    await setFilled(opportunity.id, 2);
    const before = (await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body;
    const res = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { capacity: 1, title: '定員を減らす' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('capacity_below_filled');
    expect((await h.as('admin').get(`/v1/opportunities/${opportunity.id}`)).body).toEqual(before);
    const equal = await h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { capacity: 2 });
    expect(equal.status).toBe(200);
    expect(equal.body).toMatchObject({ capacity: 2, filled: 2 });
  });

  it('answers an unknown id with 404', async () => {
    expect((await h.as('admin').patch('/v1/opportunities/opp_nothing', { title: 'x' })).status).toBe(404);
  });

  it('writes an audit row for each change', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    await h.as('supporter').patch(`/v1/opportunities/${opportunity.id}`, { status: 'paused' });
    await h.as('supporter').post(`/v1/opportunities/${opportunity.id}/confirm`);
    expect((await auditRows(h, opportunity.id)).map((r) => [r.action, r.actorId])).toEqual([
      ['opportunity.create', 'usr_admin'],
      ['opportunity.update', 'usr_supporter_a'],
      ['opportunity.confirm', 'usr_supporter_a'],
    ]);
  });
});

describe('opportunities: confirming and staleness', () => {
  it('records confirmedAt and a new version, leaving updatedAt as the time of the last change', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    h.clock.now = new Date(TEST_NOW.getTime() + DAY_MS);
    const res = await h.as('coordinator').post(`/v1/opportunities/${opportunity.id}/confirm`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v2"');
    expect(res.body).toEqual({ ...opportunity, confirmedAt: '2026-11-28T10:00:00.000+09:00', version: 2 });
    expect((await h.as('admin').post('/v1/opportunities/opp_nothing/confirm')).status).toBe(404);
  });

  it(`marks a listing stale once neither changed nor confirmed for more than ${staleListingDays} days, until it is confirmed`, async () => {
    const staleHost = await makeHost(h, { name: '古い掲載の会' });
    const old = await makeOpportunity(h, staleHost.id, { title: '古いまま' });
    const touched = await makeOpportunity(h, staleHost.id, { title: '最近更新' });
    const list = async (stale: boolean) =>
      itemIds((await h.as('coordinator').get(`/v1/opportunities?hostId=${staleHost.id}&stale=${stale}`)).body.items);

    h.clock.now = new Date(TEST_NOW.getTime() + staleListingDays * DAY_MS);
    expect((await h.as('admin').get(`/v1/opportunities/${old.id}`)).body.stale).toBe(false);
    expect(await list(true)).toEqual([]);

    h.clock.now = new Date(TEST_NOW.getTime() + (staleListingDays + 1) * DAY_MS);
    await h.as('admin').patch(`/v1/opportunities/${touched.id}`, { title: '最近更新（改）' });
    expect((await h.as('admin').get(`/v1/opportunities/${old.id}`)).body.stale).toBe(true);
    expect(await list(true)).toEqual([old.id]);
    expect(await list(false)).toEqual([touched.id]);

    const confirmed = await h.as('admin').post(`/v1/opportunities/${old.id}/confirm`);
    expect(confirmed.body.stale).toBe(false);
    expect(await list(true)).toEqual([]);
    expect((await list(false)).sort()).toEqual([old.id, touched.id].sort());
  });
});

describe('opportunities: cost per request', () => {
  it('uses at most three database round trips per request', async () => {
    const opportunity = await makeOpportunity(h, hostId);
    const calls = [
      () => h.as('admin').post('/v1/opportunities', opportunityInput(hostId)),
      () => h.as('admin').get('/v1/opportunities?limit=50'),
      () => h.as('admin').get(`/v1/opportunities/${opportunity.id}`),
      () => h.as('admin').patch(`/v1/opportunities/${opportunity.id}`, { title: '往復回数' }),
      () => h.as('admin').post(`/v1/opportunities/${opportunity.id}/confirm`),
    ];
    for (const call of calls) {
      h.roundTrips.reset();
      expect((await call()).status).toBeLessThan(300);
      expect(h.roundTrips.count).toBeLessThanOrEqual(3);
    }
  });

  it('documents every status the catalog endpoints can answer in /openapi.json', async () => {
    const spec = (await h.as(null).get('/openapi.json')).body;
    const statuses = (path: string, method: string) => Object.keys(spec.paths[path][method].responses).sort();
    expect(statuses('/v1/opportunities/{id}', 'patch')).toEqual(['200', '400', '401', '403', '404', '409', '412', '413']);
    expect(statuses('/v1/opportunities', 'post')).toEqual(['201', '400', '401', '403', '413']);
    expect(statuses('/v1/hosts/{id}', 'patch')).toEqual(['200', '400', '401', '403', '404', '412', '413']);
    expect(statuses('/v1/opportunities/{id}/confirm', 'post')).toEqual(['200', '400', '401', '403', '404']);
  });
});
