import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hosts } from '../../src/db/schema';
import { auditRows } from '../support/audit';
import { hostInput, makeHost, makeHostUser } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { writeBetweenReadAndWrite } from '../support/interleave';
import { itemIds, readPages } from '../support/lists';
import { errorPaths } from '../support/problems';
import { aThirdArea, anotherArea, notAnArea } from '../support/city';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const hostCount = async () => (await h.db.select({ id: hosts.id }).from(hosts)).length;

describe('hosts: registering', () => {
  it('lets admins, coordinators and supporters register a host, returned with its id, version and ETag', async () => {
    for (const role of ['admin', 'coordinator', 'supporter'] as const) {
      const res = await h.as(role).post('/v1/hosts', hostInput({ name: `${role}が登録した受け入れ先` }));
      expect(res.status).toBe(201);
      expect(res.headers.get('etag')).toBe('"v1"');
      expect(res.body).toMatchObject({
        ...hostInput({ name: `${role}が登録した受け入れ先` }),
        id: expect.stringMatching(/^hst_/),
        version: 1,
        createdAt: '2026-11-27T10:00:00.000+09:00',
        updatedAt: '2026-11-27T10:00:00.000+09:00',
      });
    }
  });

  it('starts a host as a prospect when no status is given (development pipeline)', async () => {
    const res = await h.as('coordinator').post('/v1/hosts', { name: '喫茶こもれび', type: 'shop', area: aThirdArea });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'prospect', contact: {}, understanding: [], nameKana: null, address: null, notes: null });
  });

  it('forbids a host user from registering hosts (403)', async () => {
    const host = await makeHost(h);
    const created = await h.as('admin').post('/v1/users', { name: '受け入れ担当', role: 'host', hostId: host.id });
    const res = await h.as({ token: created.body.token }).post('/v1/hosts', hostInput());
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('refuses callers without a valid token (401)', async () => {
    expect((await h.as(null).post('/v1/hosts', hostInput())).status).toBe(401);
    expect((await h.as({ token: 'nope' }).get('/v1/hosts')).status).toBe(401);
  });

  it('reports every problem of a bad body at once', async () => {
    const res = await h.as('admin').post('/v1/hosts', hostInput({ name: '', type: 'castle', area: notAnArea }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('validation');
    expect(errorPaths(res.body)).toEqual(['area', 'name', 'type']);
  });

  it('names each unknown field, including inside contact', async () => {
    const res = await h.as('admin').post('/v1/hosts', hostInput({ colour: 'green', contact: { person: 'x', fax: '1' } }));
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['colour', 'contact.fax']);
  });

  it('refuses server-maintained fields with a message per field and creates nothing', async () => {
    const before = await hostCount();
    const res = await h.as('admin').post('/v1/hosts', hostInput({ id: 'hst_mine', version: 9, createdAt: '2020-01-01T00:00:00+09:00' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'id', message: '「id」はサーバーが管理する項目のため変更できません' },
        { path: 'version', message: '「version」はサーバーが管理する項目のため変更できません' },
        { path: 'createdAt', message: '「createdAt」はサーバーが管理する項目のため変更できません' },
      ]),
    );
    expect(await hostCount()).toBe(before);
  });

  it('answers malformed JSON with 400 and oversized bodies with 413', async () => {
    const malformed = await h.request('admin', 'POST', '/v1/hosts', '{"name": "x",', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const huge = await h.as('admin').post('/v1/hosts', hostInput({ notes: 'あ'.repeat(70 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('writes an audit row with the change', async () => {
    const host = await makeHost(h);
    const rows = await auditRows(h, host.id);
    expect(rows).toEqual([expect.objectContaining({ action: 'host.create', entity: 'host', actorId: 'usr_admin', outcome: 'ok' })]);
  });
});

describe('hosts: reading', () => {
  it('returns one host with its ETag', async () => {
    const host = await makeHost(h);
    const res = await h.as('supporter').get(`/v1/hosts/${host.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.body).toEqual(host);
  });

  it('answers an unknown id with 404 not_found', async () => {
    const res = await h.as('admin').get('/v1/hosts/hst_nothing');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('filters by area, type and status', async () => {
    const farm = await makeHost(h, { type: 'farm', area: anotherArea, status: 'paused' });
    await makeHost(h, { type: 'farm', area: anotherArea, status: 'active' });
    const res = await h.as('coordinator').get(`/v1/hosts?type=farm&area=${anotherArea}&status=paused`);
    expect(res.status).toBe(200);
    expect(itemIds(res.body.items)).toEqual([farm.id]);
  });

  it('pages through every host exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) ids.push((await makeHost(h, { type: 'community', name: `地域の集い${i}` })).id);
    const pages = await readPages(h, 'admin', '/v1/hosts?type=community&limit=5');
    for (const res of pages) {
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(5);
    }
    expect(pages.length).toBe(5);
    expect(pages.flatMap((res) => itemIds(res.body.items))).toEqual([...ids].sort());
  });

  it('reports every problem of a bad query, and a bad cursor', async () => {
    const res = await h.as('admin').get(`/v1/hosts?limit=0&area=${notAnArea}&status=closed`);
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['area', 'limit', 'status']);
    const cursor = await h.as('admin').get('/v1/hosts?cursor=not-a-cursor');
    expect(cursor.status).toBe(400);
    expect(errorPaths(cursor.body)).toEqual(['cursor']);
  });
});

describe('hosts: changing', () => {
  it('changes only the fields sent, merges contact, replaces arrays, and bumps version and updatedAt', async () => {
    const host = await makeHost(h);
    h.clock.now = new Date(TEST_NOW.getTime() + 60_000);
    try {
      const res = await h.as('coordinator').patch(`/v1/hosts/${host.id}`, {
        contact: { phone: '04-1111-1111', email: null },
        understanding: ['youth'],
        nameKana: null,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('"v2"');
      expect(res.body).toEqual({
        ...host,
        contact: { person: host.contact.person, phone: '04-1111-1111' },
        understanding: ['youth'],
        nameKana: null,
        version: 2,
        updatedAt: '2026-11-27T10:01:00.000+09:00',
      });
      expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body).toEqual(res.body);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('accepts a current If-Match and refuses a stale one with 412, changing nothing', async () => {
    const host = await makeHost(h);
    const read = await h.as('admin').get(`/v1/hosts/${host.id}`);
    const first = await h.as('admin').patch(`/v1/hosts/${host.id}`, { notes: '一度目' }, { 'if-match': read.headers.get('etag')! });
    expect(first.status).toBe(200);
    const second = await h.as('coordinator').patch(`/v1/hosts/${host.id}`, { notes: '二度目' }, { 'if-match': read.headers.get('etag')! });
    expect(second.status).toBe(412);
    expect(second.body.code).toBe('stale');
    expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body).toEqual(first.body);
  });

  it('refuses a change that lost a race to another writer (412), leaving no trace of it', async () => {
    const host = await makeHost(h);
    writeBetweenReadAndWrite(h, 'update hosts set version = version + 1 where id = ?', [host.id]);
    const res = await h.as('admin').patch(`/v1/hosts/${host.id}`, { notes: '負けた変更' });
    expect(res.status).toBe(412);
    expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body).toEqual({ ...host, version: 2 });
    expect((await auditRows(h, host.id)).map((r) => r.action)).toEqual(['host.create']);
  });

  it('refuses server-maintained fields and unknown fields, changing nothing', async () => {
    const host = await makeHost(h);
    const res = await h.as('admin').patch(`/v1/hosts/${host.id}`, { name: '新しい名前', version: 5, updatedAt: 'x', nickname: 'y' });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['nickname', 'updatedAt', 'version']);
    expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body).toEqual(host);
  });

  it('reports every problem of a bad change at once', async () => {
    const host = await makeHost(h);
    const res = await h.as('admin').patch(`/v1/hosts/${host.id}`, { name: ' ', area: 'moon', contact: { email: 'not-an-email' } });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['area', 'contact.email', 'name']);
  });

  it('answers an unknown id with 404', async () => {
    expect((await h.as('admin').patch('/v1/hosts/hst_nothing', { notes: 'x' })).status).toBe(404);
  });

  it('writes an audit row for each change', async () => {
    const host = await makeHost(h);
    await h.as('supporter').patch(`/v1/hosts/${host.id}`, { status: 'active' });
    const rows = await auditRows(h, host.id);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['host.create', 'usr_admin'],
      ['host.update', 'usr_supporter_a'],
    ]);
  });

  it('uses at most three database round trips per request', async () => {
    const host = await makeHost(h);
    const calls = [
      () => h.as('admin').post('/v1/hosts', hostInput()),
      () => h.as('admin').get('/v1/hosts?limit=10'),
      () => h.as('admin').get(`/v1/hosts/${host.id}`),
      () => h.as('admin').patch(`/v1/hosts/${host.id}`, { notes: '往復回数' }),
    ];
    for (const call of calls) {
      h.roundTrips.reset();
      expect((await call()).status).toBeLessThan(300);
      expect(h.roundTrips.count).toBeLessThanOrEqual(3);
    }
  });
});

describe("hosts: staff fields are not the host's", () => {
  it('refuses a host that patches its own status or staff notes, and changes nothing', async () => {
    const host = await makeHost(h, { name: '流山テスト終了農園', status: 'ended', notes: '職員メモ: P-0003 の件で要注意（架空）' });
    const caller = await makeHostUser(h, host.id);
    await h.as('admin').patch(`/v1/hosts/${host.id}`, { status: 'active' });
    for (const patch of [{ status: 'active' }, { notes: '上書き' }, { name: '新しい名前', status: 'prospect' }]) {
      const res = await h.as(caller).patch(`/v1/hosts/${host.id}`, patch);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body).toMatchObject({
      name: '流山テスト終了農園',
      status: 'active',
      notes: '職員メモ: P-0003 の件で要注意（架空）',
      version: 2,
    });
    expect((await h.as(caller).patch(`/v1/hosts/${host.id}`, { name: '流山テスト農園（改）' })).status).toBe(200);
  });

  it('never shows a host the staff notes about it', async () => {
    const host = await makeHost(h, { name: '流山テスト見学農園', notes: '職員メモ: 受け入れ担当者の交代予定（架空）' });
    const caller = await makeHostUser(h, host.id);
    const one = await h.as(caller).get(`/v1/hosts/${host.id}`);
    const list = await h.as(caller).get('/v1/hosts');
    const patched = await h.as(caller).patch(`/v1/hosts/${host.id}`, { address: '流山市テスト町9-9-9' });
    for (const res of [one, list, patched]) {
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('職員メモ');
    }
    expect(one.body).not.toHaveProperty('notes');
    expect((await h.as('supporter').get(`/v1/hosts/${host.id}`)).body.notes).toContain('職員メモ');
  });
});
