import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';
import { itemIds, readAllItems } from '../support/lists';
import { giveConsent, makeParticipant, participantInput } from '../support/participants';
import { errorPaths } from '../support/problems';
import { aThirdArea, areaAt } from '../support/city';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const secret = {
  name: '流山 花子（架空）',
  nameKana: 'ながれやま はなこ',
  phone: '090-0000-0001',
  address: '流山市（架空）1-2-3',
  notes: '母親と二人暮らし（架空）',
};

describe('participants: records', () => {
  it('gives each new participant the next pseudonymous code and makes the registering supporter their supporter', async () => {
    const first = await makeParticipant(h);
    const second = await makeParticipant(h);
    expect(first.code).toMatch(/^P-\d{4}$/);
    expect(Number(second.code.slice(2))).toBe(Number(first.code.slice(2)) + 1);
    expect(first.assignedTo).toBe(h.userIds.supporter);
  });

  it('lets a coordinator register a participant for a named supporter, and refuses a non-supporter as assignee', async () => {
    const ok = await h.as('coordinator').post('/v1/participants', participantInput({ assignedTo: h.userIds.supporterB }));
    expect(ok.status).toBe(201);
    expect(ok.body.assignedTo).toBe(h.userIds.supporterB);
    const bad = await h.as('coordinator').post('/v1/participants', participantInput({ assignedTo: h.userIds.admin }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'assignedTo' })]);
  });

  it('reports every problem of a bad profile at once', async () => {
    const res = await h.as('supporter').post(
      '/v1/participants',
      participantInput({
        step: 7,
        availability: [{ day: 'tue', start: '13:00', end: '09:00' }],
        travel: { modes: ['rocket'], maxMinutes: 30 },
        nickname: 'x',
      }),
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['availability.0.end', 'nickname', 'step', 'travel.modes.0']);
  });

  it('refuses to set consent anywhere but the consent endpoint', async () => {
    const res = await h.as('supporter').post('/v1/participants', participantInput({ consent: { status: 'given' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('consent.status');
  });

  it('changes a participant with If-Match and refuses a stale one with 412, changing nothing', async () => {
    const p = await makeParticipant(h);
    const read = await h.as('supporter').get(`/v1/participants/${p.id}`);
    const etag = read.headers.get('etag')!;
    const changed = await h.as('supporter').patch(`/v1/participants/${p.id}`, { step: 3 }, { 'if-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.step).toBe(3);
    const stale = await h.as('supporter').patch(`/v1/participants/${p.id}`, { step: 1 }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('stale');
    expect((await h.as('supporter').get(`/v1/participants/${p.id}`)).body.step).toBe(3);
  });
});

describe('participants: consent', () => {
  it('keeps every consent change as history with who recorded it', async () => {
    const p = await makeParticipant(h);
    await giveConsent(h, p.id, 'supporter');
    const withdrawn = await h
      .as('supporter')
      .post(`/v1/participants/${p.id}/consent`, { status: 'withdrawn', recordedAt: '2026-11-20T10:00:00+09:00' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consent.status).toBe('withdrawn');
    expect(withdrawn.body.consent.history).toEqual([
      expect.objectContaining({ status: 'given', scope: '受け入れ先への情報提供', recordedBy: h.userIds.supporter }),
      expect.objectContaining({ status: 'withdrawn', recordedAt: '2026-11-20T10:00:00.000+09:00' }),
    ]);
  });

  it('refuses a consent status other than given or withdrawn', async () => {
    const p = await makeParticipant(h);
    const res = await h.as('supporter').post(`/v1/participants/${p.id}/consent`, { status: 'maybe' });
    expect(res.status).toBe(400);
  });
});

describe('participants: privacy and caseload', () => {
  it("shows supporter A's participant to nobody else on the supporter side (404, never in lists)", async () => {
    const p = await makeParticipant(h, 'supporter');
    expect((await h.as('supporterB').get(`/v1/participants/${p.id}`)).status).toBe(404);
    expect((await h.as('supporterB').patch(`/v1/participants/${p.id}`, { step: 1 })).status).toBe(404);
    expect((await h.as('supporterB').post(`/v1/participants/${p.id}/consent`, { status: 'given' })).status).toBe(404);
    const listed = await h.as('supporterB').get('/v1/participants?limit=200');
    expect(itemIds(listed.body.items)).not.toContain(p.id);
  });

  it('returns private fields only to admin, coordinator and the assigned supporter, and audits each read', async () => {
    const p = await makeParticipant(h, 'supporter', { private: secret });
    for (const caller of ['admin', 'coordinator', 'supporter'] as const) {
      const res = await h.as(caller).get(`/v1/participants/${p.id}`);
      expect(res.body.private).toEqual(secret);
    }
    const audit = await h.as('admin').get(`/v1/audit-events?entityId=${p.id}&action=participant.private.read`);
    expect(audit.body.items.map((e: { actorId: string }) => e.actorId)).toEqual([
      h.userIds.admin,
      h.userIds.coordinator,
      h.userIds.supporter,
    ]);
    expect(audit.body.items[0]).toMatchObject({ entity: 'participant', requestId: expect.any(String) });
  });

  it('keeps private fields out of lists, create and patch responses, and from a supporter who only created the record', async () => {
    const created = await h
      .as('supporter')
      .post('/v1/participants', participantInput({ private: secret, assignedTo: h.userIds.supporterB }));
    expect(created.text).not.toContain(secret.phone);
    const asCreator = await h.as('supporter').get(`/v1/participants/${created.body.id}`);
    expect(asCreator.status).toBe(404);
    expect(asCreator.text).not.toContain(secret.phone);
    const list = await h.as('coordinator').get('/v1/participants?limit=200');
    expect(list.text).not.toContain(secret.phone);
    const patched = await h.as('supporterB').patch(`/v1/participants/${created.body.id}`, { private: { notes: '更新（架空）' } });
    expect(patched.status).toBe(200);
    expect(patched.text).not.toContain(secret.phone);
    expect((await h.as('supporterB').get(`/v1/participants/${created.body.id}`)).body.private.notes).toBe('更新（架空）');
  });

  it('does not let a supporter who registered someone for another supporter write their private fields', async () => {
    const created = await h.as('supporter').post('/v1/participants', participantInput({ assignedTo: h.userIds.supporterB }));
    const res = await h.as('supporter').patch(`/v1/participants/${created.body.id}`, { private: { phone: '090-0000-0099' } });
    expect(res.status).toBe(404);
  });

  it('filters the list by step, area and consent, and pages through every item once', async () => {
    const fresh = await createHarness();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++)
        ids.push(
          (await makeParticipant(fresh, 'coordinator', { step: i % 2 === 0 ? 1 : 3, home: { area: i < 3 ? aThirdArea : areaAt(3) } })).id,
        );
      await giveConsent(fresh, ids[0]!);
      const seen = itemIds(await readAllItems(fresh, 'admin', '/v1/participants?limit=3'));
      expect(seen).toEqual(ids);
      expect((await fresh.as('admin').get('/v1/participants?step=3')).body.items).toHaveLength(3);
      expect((await fresh.as('admin').get(`/v1/participants?area=${aThirdArea}`)).body.items).toHaveLength(3);
      expect(itemIds((await fresh.as('admin').get('/v1/participants?consent=given')).body.items)).toEqual([ids[0]]);
    } finally {
      fresh.close();
    }
  });
});

describe('audit log', () => {
  it('is readable only by admins, and records each refused attempt', async () => {
    expect((await h.as('coordinator').get('/v1/audit-events')).status).toBe(403);
    const denied = await h
      .as('admin')
      .get(`/v1/audit-events?actorId=${h.userIds.coordinator}&action=${encodeURIComponent('GET /v1/audit-events')}`);
    expect(denied.body.items).toEqual([expect.objectContaining({ outcome: 'denied', entity: 'request', actorRole: 'coordinator' })]);
  });

  it('records every write with actor, action and request id', async () => {
    const p = await makeParticipant(h, 'coordinator');
    await h.as('coordinator').patch(`/v1/participants/${p.id}`, { displayName: 'Bさん' });
    const events = await h.as('admin').get(`/v1/audit-events?entityId=${p.id}`);
    expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(['participant.create', 'participant.update']);
    expect(events.body.items.every((e: { actorId: string; requestId: string }) => e.actorId === h.userIds.coordinator && e.requestId)).toBe(
      true,
    );
  });
});

describe('participants: finding one', () => {
  it('finds by part of the code (any case) or of the display name, only within the caseload', async () => {
    const mine = await makeParticipant(h, 'supporter', { displayName: '検索用の花子さん' });
    await makeParticipant(h, 'supporterB', { displayName: '検索用の次郎さん' });
    const byName = await h.as('supporter').get(`/v1/participants?q=${encodeURIComponent('検索用')}`);
    expect(byName.body.items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    const byCode = await h.as('supporter').get(`/v1/participants?q=${mine.code.toLowerCase()}`);
    expect(byCode.body.items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    expect((await h.as('supporter').get('/v1/participants?q=%25')).body.items).toEqual([]);
  });
});
