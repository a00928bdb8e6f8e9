import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';
import { errorPaths } from '../support/problems';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('operations', () => {
  it('answers /healthz without a token when the database answers', async () => {
    const res = await h.as(null).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('answers /healthz with 503 when the database does not answer', async () => {
    const down = await createHarness();
    down.close();
    const res = await down.as(null).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ ok: false });
  });

  it('publishes the OpenAPI contract and a docs page that loads its script from this server', async () => {
    const spec = await h.as(null).get('/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/users',
        '/v1/me',
        '/v1/hosts',
        '/v1/hosts/{id}',
        '/v1/opportunities',
        '/v1/opportunities/{id}',
        '/v1/opportunities/{id}/confirm',
        '/v1/participants',
        '/v1/participants/{id}',
        '/v1/participants/{id}/consent',
        '/v1/participants/{id}/matches',
        '/v1/matches',
        '/v1/placements',
        '/v1/placements/{id}',
        '/v1/placements/{id}/transitions',
        '/v1/placements/{id}/check-ins',
        '/v1/follow-ups',
        '/v1/hosts/{id}/support-records',
        '/v1/reports/summary',
        '/v1/export/hsds',
        '/v1/audit-events',
      ]),
    );
    const docs = await h.as(null).get('/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('/docs/scalar.js');
    expect(docs.text).not.toContain('cdn.jsdelivr');
    const script = await h.as(null).get('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('answers a known path with the wrong method with 405 and the methods it takes', async () => {
    const res = await h.request('admin', 'PUT', '/v1/hosts', '{}');
    expect(res.status).toBe(405);
    expect(res.body.code).toBe('method_not_allowed');
    expect(res.headers.get('allow')).toBe('POST, GET');
    expect((await h.request('admin', 'DELETE', '/v1/participants/par_x')).headers.get('allow')).toBe('GET, PATCH');
  });

  it('gives every request its own id, ignoring one the client sends', async () => {
    const res = await h.as('admin').get('/v1/me', { 'x-request-id': 'spoofed-id' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths with a problem+json 404 carrying the request id', async () => {
    const res = await h.as('admin').get('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
    expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
  });
});

describe('auth', () => {
  it('refuses /v1 without a token or with an unknown one (401)', async () => {
    expect((await h.as(null).get('/v1/me')).status).toBe(401);
    const unknown = await h.as({ token: 'no-such-token' }).get('/v1/me');
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('unauthorized');
  });

  it('tells the caller who they are', async () => {
    const res = await h.as('coordinator').get('/v1/me');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 'usr_coordinator', name: 'テストcoordinator', role: 'coordinator', hostId: null });
  });

  it('lets an admin create a user whose token works at once and is stored only as a hash', async () => {
    const created = await h.as('admin').post('/v1/users', { name: '新しい支援員', role: 'supporter' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tsn_[0-9a-f]{64}$/);
    const me = await h.as({ token: created.body.token }).get('/v1/me');
    expect(me.body).toMatchObject({ id: created.body.id, role: 'supporter' });
    const rows = await h.client.execute('select * from users');
    expect(JSON.stringify(rows.rows)).not.toContain(created.body.token);
  });

  it('forbids non-admins from creating users (403)', async () => {
    const res = await h.as('coordinator').post('/v1/users', { name: 'x', role: 'admin' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('requires an existing hostId for a host user', async () => {
    const missing = await h.as('admin').post('/v1/users', { name: '店主', role: 'host' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'hostId' })]);
    const unknown = await h.as('admin').post('/v1/users', { name: '店主', role: 'host', hostId: 'hst_nope' });
    expect(unknown.status).toBe(400);
  });

  it('reports every problem of a bad body at once, unknown fields included', async () => {
    const res = await h.as('admin').post('/v1/users', { name: '', role: 'boss', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation');
    expect(errorPaths(res.body)).toEqual(['colour', 'name', 'role']);
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await h.request('admin', 'POST', '/v1/users', '{"name": "x",', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  it('refuses bodies over 64 KiB with 413', async () => {
    const res = await h.as('admin').post('/v1/users', { name: 'x'.repeat(70 * 1024), role: 'admin' });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });
});
