import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../../src/auth/tokens';
import { readNodeEnv } from '../../src/node/env';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { auditActions } from '../support/audit';
import { placementWorld, propose } from '../support/placements';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function newUser(role: string, extra: Record<string, unknown> = {}) {
  const res = await h.as('admin').post('/v1/users', { name: '利用者（架空）', role, ...extra });
  expect(res.status).toBe(201);
  return res.body as { id: string; token: string };
}

describe('users: listing, disabling and new tokens', () => {
  it('lists users to an admin, page by page, never with a token', async () => {
    const made = await newUser('supporter');
    const first = await h.as('admin').get('/v1/users?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const rest = await h.as('admin').get(`/v1/users?limit=200&cursor=${first.body.nextCursor}`);
    const all = [...first.body.items, ...rest.body.items];
    expect(all.find((u: { id: string }) => u.id === made.id)).toEqual({
      id: made.id,
      name: '利用者（架空）',
      role: 'supporter',
      hostId: null,
      disabled: false,
      createdAt: expect.any(String),
    });
    expect(first.text + rest.text).not.toMatch(/token/i);
    expect(rest.text).not.toContain(made.token);
    for (const caller of ['coordinator', 'supporter'] as const) expect((await h.as(caller).get('/v1/users')).status).toBe(403);
  });

  it('refuses a disabled user at once, and lets them back in when enabled again', async () => {
    const user = await newUser('coordinator');
    expect((await h.as({ token: user.token }).get('/v1/me')).status).toBe(200);
    const disabled = await h.as('admin').patch(`/v1/users/${user.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await h.as({ token: user.token }).get('/v1/me')).status).toBe(401);
    expect((await h.as({ token: user.token }).get('/v1/participants')).status).toBe(401);
    expect((await h.as('admin').patch(`/v1/users/${user.id}`, { disabled: false, name: '戻った利用者（架空）' })).body).toMatchObject({
      disabled: false,
      name: '戻った利用者（架空）',
    });
    expect((await h.as({ token: user.token }).get('/v1/me')).body.name).toBe('戻った利用者（架空）');
    expect(await auditActions(h, user.id)).toEqual(['user.create', 'user.disable', 'user.enable']);
  });

  it('replaces a token: the new one works, the old one stops at once', async () => {
    const user = await newUser('supporter');
    const rotated = await h.as('admin').post(`/v1/users/${user.id}/token`);
    expect(rotated.status).toBe(201);
    expect(rotated.body.token).not.toBe(user.token);
    expect((await h.as({ token: user.token }).get('/v1/me')).status).toBe(401);
    expect((await h.as({ token: rotated.body.token }).get('/v1/me')).body.id).toBe(user.id);
    expect(await auditActions(h, user.id)).toEqual(['user.create', 'user.token.rotate']);
  });

  it('lets only an admin change users, answers 404 for an unknown one, and refuses to disable oneself', async () => {
    const user = await newUser('supporter');
    expect((await h.as('coordinator').patch(`/v1/users/${user.id}`, { disabled: true })).status).toBe(403);
    expect((await h.as('coordinator').post(`/v1/users/${user.id}/token`)).status).toBe(403);
    expect((await h.as('admin').patch('/v1/users/usr_missing', { disabled: true })).status).toBe(404);
    expect((await h.as('admin').post('/v1/users/usr_missing/token')).status).toBe(404);
    expect((await h.as('admin').patch(`/v1/users/${h.userIds.admin}`, { disabled: true })).status).toBe(400);
    expect((await h.as('admin').patch(`/v1/users/${user.id}`, { role: 'admin' })).status).toBe(400);
    expect((await h.as({ token: user.token }).get('/v1/me')).status).toBe(200);
  });
});

describe('users: the ADMIN_TOKEN bootstrap admin', () => {
  const first = 'first-bootstrap-token-0123456789abcdef';
  const second = 'second-bootstrap-token-0123456789abcdef';

  it('keeps one bootstrap admin whose token a restart with a new ADMIN_TOKEN replaces', async () => {
    await ensureAdmin(h.db, first, TEST_NOW);
    expect((await h.as({ token: first }).get('/v1/me')).body.role).toBe('admin');
    await ensureAdmin(h.db, second, TEST_NOW);
    expect((await h.as({ token: first }).get('/v1/me')).status).toBe(401);
    expect((await h.as({ token: second }).get('/v1/me')).body.role).toBe('admin');
    await ensureAdmin(h.db, second, TEST_NOW);
    const admins = (await h.as('admin').get('/v1/users?limit=200')).body.items.filter(
      (u: { role: string; disabled: boolean }) => u.role === 'admin' && !u.disabled,
    );
    expect(admins).toHaveLength(2); // the harness's admin and the one bootstrap admin
  });

  it('re-enables a disabled bootstrap admin when the process starts with its token', async () => {
    const me = await h.as({ token: second }).get('/v1/me');
    await h.as('admin').patch(`/v1/users/${me.body.id}`, { disabled: true });
    expect((await h.as({ token: second }).get('/v1/me')).status).toBe(401);
    await ensureAdmin(h.db, second, TEST_NOW);
    expect((await h.as({ token: second }).get('/v1/me')).status).toBe(200);
  });

  it('refuses a bootstrap token shorter than 32 characters, before anything starts', async () => {
    await expect(ensureAdmin(h.db, 'x', TEST_NOW)).rejects.toThrow(/32/);
    expect(() => readNodeEnv({ ADMIN_TOKEN: 'short-token' })).toThrow(/ADMIN_TOKEN must be at least 32 characters/);
    expect(readNodeEnv({ ADMIN_TOKEN: second }).adminToken).toBe(second);
    expect((await h.as({ token: 'x' }).get('/v1/me')).status).toBe(401);
  });
});

describe('users of a host that is paused or ended', () => {
  async function setHostStatus(hostId: string, status: string) {
    expect((await h.as('admin').patch(`/v1/hosts/${hostId}`, { status })).status).toBe(200);
  }

  it('lets a paused host read but change nothing', async () => {
    const host = await makeHost(h, { name: '休止中のテスト農園' });
    const caller = await makeHostUser(h, host.id);
    await makeOpportunity(h, host.id);
    await setHostStatus(host.id, 'paused');
    expect((await h.as(caller).get('/v1/opportunities')).status).toBe(200);
    expect((await h.as(caller).get(`/v1/hosts/${host.id}`)).status).toBe(200);
    const write = await h.as(caller).patch(`/v1/hosts/${host.id}`, { name: '名前を変えたい農園' });
    expect(write.status).toBe(403);
    expect((await h.as('admin').get(`/v1/hosts/${host.id}`)).body.name).toBe('休止中のテスト農園');
  });

  it('refuses an ended host everything, accepting a proposal included, and changes nothing', async () => {
    const { host, hostCaller, opening, participant } = await placementWorld(h);
    const placement = await propose(h, participant.id, opening.id);
    await setHostStatus(host.id, 'ended');
    expect((await h.as(hostCaller).get('/v1/me')).status).toBe(403);
    expect((await h.as(hostCaller).get('/v1/placements')).status).toBe(403);
    const accept = await h.as(hostCaller).post(`/v1/placements/${placement.id}/transitions`, { to: 'accepted' });
    expect(accept.status).toBe(403);
    expect((await h.as('admin').get(`/v1/placements/${placement.id}`)).body.status).toBe('proposed');
  });
});
