import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { readAllItems } from '../support/lists';
import { errorPaths } from '../support/problems';

let h: Harness;
beforeAll(async () => { h = await createHarness(); });
afterAll(() => h.close());

const record = (overrides: Record<string, unknown> = {}) => ({ date: '2026-11-20', type: 'consultation', summary: '受け入れ時の声かけについて相談を受けた', ...overrides });

async function hostWithUser(name: string) {
  const host = await makeHost(h, { name });
  return { host, caller: await makeHostUser(h, host.id) };
}

describe('host support: records', () => {
  it('lets every staff role record support for any host', async () => {
    const { host } = await hostWithUser('流山テスト農園');
    for (const caller of ['admin', 'coordinator', 'supporter'] as const) {
      const res = await h.as(caller).post(`/v1/hosts/${host.id}/support-records`, record({ type: 'training' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ hostId: host.id, type: 'training', followUpNeeded: false, createdBy: h.userIds[caller] });
    }
    const events = await h.as('admin').get(`/v1/audit-events?entityId=${host.id}&action=hostSupport.create`);
    expect(events.body.items).toHaveLength(3);
  });

  it('lets a host ask for help for itself, needing a follow-up unless it says otherwise', async () => {
    const { host, caller } = await hostWithUser('流山テスト商店');
    const asked = await h.as(caller).post(`/v1/hosts/${host.id}/support-records`, record({ type: 'incident', summary: '参加の方が急に来なくなり心配です' }));
    expect(asked.status).toBe(201);
    expect(asked.body.followUpNeeded).toBe(true);
    const told = await h.as(caller).post(`/v1/hosts/${host.id}/support-records`, record({ type: 'feedback', followUpNeeded: false }));
    expect(told.body.followUpNeeded).toBe(false);
  });

  it('answers a host asking about another host with 404, and shows it only its own records', async () => {
    const a = await hostWithUser('流山テスト食堂');
    const b = await hostWithUser('流山テスト工房');
    await h.as('coordinator').post(`/v1/hosts/${b.host.id}/support-records`, record({ summary: '工房との打ち合わせ' }));
    expect((await h.as(a.caller).post(`/v1/hosts/${b.host.id}/support-records`, record())).status).toBe(404);
    const peek = await h.as(a.caller).get(`/v1/hosts/${b.host.id}/support-records`);
    expect(peek.status).toBe(404);
    expect(peek.text).not.toContain('工房との打ち合わせ');
    await h.as(a.caller).post(`/v1/hosts/${a.host.id}/support-records`, record({ summary: '食堂からの相談' }));
    const own = await h.as(a.caller).get(`/v1/hosts/${a.host.id}/support-records`);
    expect(own.body.items.map((r: { summary: string }) => r.summary)).toEqual(['食堂からの相談']);
  });

  it('shows a host what its own people wrote, never the staff\'s summaries about it', async () => {
    const { host, caller } = await hostWithUser('流山テスト花店');
    await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record({ type: 'incident', summary: 'Aさんの欠席について職員間で共有' }));
    await h.as(caller).post(`/v1/hosts/${host.id}/support-records`, record({ summary: '花店からの相談' }));
    const seen = await h.as(caller).get(`/v1/hosts/${host.id}/support-records`);
    expect(seen.body.items.map((r: { summary: string }) => r.summary)).toEqual(['花店からの相談']);
    const staff = await h.as('coordinator').get(`/v1/hosts/${host.id}/support-records`);
    expect(staff.body.items).toHaveLength(2);
  });

  it('answers 404 for a host that does not exist, and writes nothing', async () => {
    expect((await h.as('coordinator').post('/v1/hosts/hst_missing/support-records', record())).status).toBe(404);
    expect((await h.as('coordinator').get('/v1/hosts/hst_missing/support-records')).status).toBe(404);
    expect((await h.as('admin').get('/v1/audit-events?entityId=hst_missing')).body.items).toEqual([]);
  });

  it('lists records newest first and pages through each once', async () => {
    const { host } = await hostWithUser('流山テスト書店');
    const dates = ['2026-09-01', '2026-11-03', '2026-10-15', '2026-11-03', '2026-08-20'];
    for (const [i, date] of dates.entries()) await h.as('supporter').post(`/v1/hosts/${host.id}/support-records`, record({ date, summary: `記録${i}` }));
    const seen = await readAllItems<{ date: string; summary: string }>(h, 'supporter', `/v1/hosts/${host.id}/support-records?limit=2`);
    expect(seen.map((r) => `${r.date} ${r.summary}`)).toEqual([
      '2026-11-03 記録3', '2026-11-03 記録1', '2026-10-15 記録2', '2026-09-01 記録0', '2026-08-20 記録4',
    ]);
  });

  it('reports every problem of a bad record at once', async () => {
    const { host } = await hostWithUser('流山テスト薬局');
    const res = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, { date: '2026-13-01', type: 'party', summary: ' ', urgent: true });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['date', 'summary', 'type', 'urgent']);
    const future = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record({ date: '2026-12-01' }));
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('date');
  });
});
