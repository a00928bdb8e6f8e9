import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions } from '../support/audit';
import { makeHost, makeHostUser } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const record = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  type: 'consultation',
  summary: '声かけの工夫について職員で話し合った',
  ...overrides,
});

async function hostWithUser(name: string) {
  const host = await makeHost(h, { name });
  return { host, caller: await makeHostUser(h, host.id) };
}

const summariesSeenBy = async (caller: Parameters<Harness['as']>[0], hostId: string) =>
  (await h.as(caller).get(`/v1/hosts/${hostId}/support-records`)).body.items.map((r: { summary: string }) => r.summary);

describe('host support: marking a staff record shared with the host', () => {
  it('lets every staff role share a record and take it back; the host sees it only while shared, and each change is audited', async () => {
    const { host, caller } = await hostWithUser('流山テスト共有農園');
    const staff = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record());
    expect(await summariesSeenBy(caller, host.id)).toEqual([]);

    for (const role of ['admin', 'coordinator', 'supporter'] as const) {
      const shared = await h.as(role).patch(`/v1/hosts/${host.id}/support-records/${staff.body.id}`, { sharedWithHost: true });
      expect(shared.status).toBe(200);
      expect(shared.body).toMatchObject({ id: staff.body.id, sharedWithHost: true, summary: record().summary });
    }
    expect(await summariesSeenBy(caller, host.id)).toEqual([record().summary]);

    await h.as('coordinator').patch(`/v1/hosts/${host.id}/support-records/${staff.body.id}`, { sharedWithHost: false });
    expect(await summariesSeenBy(caller, host.id)).toEqual([]);
    expect((await auditActions(h, host.id)).filter((a) => a === 'hostSupport.share')).toHaveLength(4);
  });

  it('refuses a host with 403, even for its own host, and nothing changes', async () => {
    const { host, caller } = await hostWithUser('流山テスト共有商店');
    const staff = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record());
    const refused = await h.as(caller).patch(`/v1/hosts/${host.id}/support-records/${staff.body.id}`, { sharedWithHost: true });
    expect(refused.status).toBe(403);
    expect(await summariesSeenBy(caller, host.id)).toEqual([]);
    expect(await auditActions(h, host.id)).not.toContain('hostSupport.share');
  });

  it('answers 404 to a supporter for a record about someone outside their caseload, and nothing changes', async () => {
    const { host, caller } = await hostWithUser('流山テスト共有食堂');
    const person = await makeParticipant(h, 'supporterB');
    const about = await h.as('supporterB').post(`/v1/hosts/${host.id}/support-records`, record({ participantId: person.id }));
    const outside = await h.as('supporter').patch(`/v1/hosts/${host.id}/support-records/${about.body.id}`, { sharedWithHost: true });
    expect(outside.status).toBe(404);
    expect(await summariesSeenBy(caller, host.id)).toEqual([]);
    expect((await h.as('supporterB').patch(`/v1/hosts/${host.id}/support-records/${about.body.id}`, { sharedWithHost: true })).status).toBe(
      200,
    );
  });

  it('answers 404 for a record of another host or one that does not exist', async () => {
    const a = await hostWithUser('流山テスト共有工房');
    const b = await hostWithUser('流山テスト共有書店');
    const staff = await h.as('coordinator').post(`/v1/hosts/${a.host.id}/support-records`, record());
    expect(
      (await h.as('coordinator').patch(`/v1/hosts/${b.host.id}/support-records/${staff.body.id}`, { sharedWithHost: true })).status,
    ).toBe(404);
    expect((await h.as('coordinator').patch(`/v1/hosts/${a.host.id}/support-records/hsp_missing`, { sharedWithHost: true })).status).toBe(
      404,
    );
    expect(await summariesSeenBy(b.caller, b.host.id)).toEqual([]);
  });

  it('takes only the sharedWithHost choice, as a boolean', async () => {
    const { host } = await hostWithUser('流山テスト共有花店');
    const staff = await h.as('coordinator').post(`/v1/hosts/${host.id}/support-records`, record());
    for (const body of [{ sharedWithHost: 'yes' }, {}, { sharedWithHost: true, summary: '書き換え' }]) {
      expect((await h.as('coordinator').patch(`/v1/hosts/${host.id}/support-records/${staff.body.id}`, body)).status).toBe(400);
    }
  });
});
