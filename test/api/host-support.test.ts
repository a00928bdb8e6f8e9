import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { readAllItems } from '../support/lists';
import { errorPaths } from '../support/problems';
import { makeParticipant } from '../support/participants';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const record = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  type: 'consultation',
  summary: '受け入れ時の声かけについて相談を受けた',
  ...overrides,
});

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
    const asked = await h
      .as(caller)
      .post(`/v1/hosts/${host.id}/support-records`, record({ type: 'incident', summary: '参加の方が急に来なくなり心配です' }));
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

  it("shows a host what its own people wrote, never the staff's summaries about it", async () => {
    const { host, caller } = await hostWithUser('流山テスト花店');
    await h
      .as('coordinator')
      .post(`/v1/hosts/${host.id}/support-records`, record({ type: 'incident', summary: 'Aさんの欠席について職員間で共有' }));
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
    for (const [i, date] of dates.entries())
      await h.as('supporter').post(`/v1/hosts/${host.id}/support-records`, record({ date, summary: `記録${i}` }));
    const seen = await readAllItems<{ date: string; summary: string }>(h, 'supporter', `/v1/hosts/${host.id}/support-records?limit=2`);
    expect(seen.map((r) => `${r.date} ${r.summary}`)).toEqual([
      '2026-11-03 記録3',
      '2026-11-03 記録1',
      '2026-10-15 記録2',
      '2026-09-01 記録0',
      '2026-08-20 記録4',
    ]);
  });

  it('reports every problem of a bad record at once', async () => {
    const { host } = await hostWithUser('流山テスト薬局');
    const res = await h
      .as('coordinator')
      .post(`/v1/hosts/${host.id}/support-records`, { date: '2026-13-01', type: 'party', summary: ' ', urgent: true });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['date', 'summary', 'type', 'urgent']);
    const future = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record({ date: '2026-12-01' }));
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('date');
  });
});

describe('host support: records about a person', () => {
  it('shows a record naming a participant only to those who see that participant', async () => {
    const { host } = await hostWithUser('流山テスト作業所');
    const person = await makeParticipant(h, 'coordinator', { assignedTo: h.userIds.supporterB });
    const incident = await h
      .as('coordinator')
      .post(
        `/v1/hosts/${host.id}/support-records`,
        record({ type: 'incident', summary: `${person.code}（Cさん）が作業中に体調を崩した（架空）`, participantId: person.id }),
      );
    expect(incident.status).toBe(201);
    expect(incident.body).toMatchObject({ participantId: person.id, sharedWithHost: false });
    await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record({ summary: '研修の日程調整' }));

    const outside = await h.as('supporter').get(`/v1/hosts/${host.id}/support-records`);
    expect(outside.body.items.map((r: { summary: string }) => r.summary)).toEqual(['研修の日程調整']);
    expect((await h.as('supporter').get(`/v1/hosts/${host.id}/support-records/${incident.body.id}`)).status).toBe(404);
    expect((await h.as('supporterB').get(`/v1/hosts/${host.id}/support-records/${incident.body.id}`)).body.summary).toContain('Cさん');
    expect((await h.as('coordinator').get(`/v1/hosts/${host.id}/support-records`)).body.items).toHaveLength(2);
  });

  it('refuses to link a participant the caller does not see, exactly as one that does not exist', async () => {
    const { host, caller } = await hostWithUser('流山テスト書店');
    const person = await makeParticipant(h, 'supporterB');
    const unseen = await h.as('supporter').post(`/v1/hosts/${host.id}/support-records`, record({ participantId: person.id }));
    const missing = await h.as('supporter').post(`/v1/hosts/${host.id}/support-records`, record({ participantId: 'par_missing' }));
    expect(unseen.status).toBe(400);
    expect(unseen.body).toEqual({ ...missing.body, requestId: unseen.body.requestId });
    expect((await h.as(caller).post(`/v1/hosts/${host.id}/support-records`, record({ participantId: person.id }))).status).toBe(400);
    expect((await h.as('coordinator').get(`/v1/hosts/${host.id}/support-records`)).body.items).toEqual([]);
  });

  it('shows a host the staff records marked shared with it, and no others', async () => {
    const { host, caller } = await hostWithUser('流山テスト珈琲店');
    const shared = await h
      .as('coordinator')
      .post(`/v1/hosts/${host.id}/support-records`, record({ type: 'training', summary: '声かけ研修のご案内', sharedWithHost: true }));
    await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record({ summary: '職員間のメモ' }));
    const seen = await h.as(caller).get(`/v1/hosts/${host.id}/support-records`);
    expect(seen.body.items.map((r: { summary: string }) => r.summary)).toEqual(['声かけ研修のご案内']);
    expect((await h.as(caller).get(`/v1/hosts/${host.id}/support-records/${shared.body.id}`)).status).toBe(200);
  });
});
