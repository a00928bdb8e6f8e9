import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { placementWorld, propose } from '../support/placements';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const secret = { name: '流山 一郎（架空）', phone: '090-0000-0002', notes: '最初の面談の記録（架空）' };

async function moveCase(id: string, to: string) {
  const res = await h.as('coordinator').patch(`/v1/participants/${id}`, { assignedTo: to });
  expect(res.status).toBe(200);
  return res.body;
}

describe('case ownership: the caseload is what is assigned', () => {
  it('keeps a moved case with its new supporter: the former one can neither take it back nor read it', async () => {
    const person = await makeParticipant(h, 'supporter', { private: secret });
    await moveCase(person.id, h.userIds.supporterB!);
    const added = await h
      .as('supporterB')
      .patch(`/v1/participants/${person.id}`, { private: { notes: 'Bさんが追記した面談の記録（架空）' } });
    expect(added.status).toBe(200);

    const takeBack = await h.as('supporter').patch(`/v1/participants/${person.id}`, { assignedTo: h.userIds.supporter });
    expect(takeBack.status).toBe(404);
    const read = await h.as('supporter').get(`/v1/participants/${person.id}`);
    expect(read.status).toBe(404);
    expect(read.text).not.toContain('追記');
    const list = await h.as('supporter').get('/v1/participants?limit=200');
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(person.id);

    const b = await h.as('supporterB').get(`/v1/participants/${person.id}`);
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ assignedTo: h.userIds.supporterB, private: { notes: 'Bさんが追記した面談の記録（架空）' } });
  });

  it('lets only admin and coordinator change assignedTo; a supporter who tries changes nothing', async () => {
    const person = await makeParticipant(h, 'supporter');
    const refused = await h
      .as('supporter')
      .patch(`/v1/participants/${person.id}`, { assignedTo: h.userIds.supporterB, displayName: 'Zさん' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await h.as('supporter').get(`/v1/participants/${person.id}`)).body).toMatchObject({
      assignedTo: h.userIds.supporter,
      displayName: 'Aさん',
      version: 1,
    });
    // Sending the assignee back unchanged is not a move.
    expect(
      (await h.as('supporter').patch(`/v1/participants/${person.id}`, { assignedTo: h.userIds.supporter, displayName: 'Bさん' })).status,
    ).toBe(200);
    expect((await h.as('admin').patch(`/v1/participants/${person.id}`, { assignedTo: h.userIds.supporterB })).body.assignedTo).toBe(
      h.userIds.supporterB,
    );
  });

  it('does not keep a person in the caseload of whoever registered them for another supporter', async () => {
    const person = await makeParticipant(h, 'supporter', { assignedTo: h.userIds.supporterB });
    expect(person.assignedTo).toBe(h.userIds.supporterB);
    expect((await h.as('supporter').get(`/v1/participants/${person.id}`)).status).toBe(404);
  });

  it('moves the placements with the case', async () => {
    const { opening, participant } = await placementWorld(h);
    const placement = await propose(h, participant.id, opening.id);
    await moveCase(participant.id, h.userIds.supporterB!);
    expect((await h.as('supporter').get(`/v1/placements/${placement.id}`)).status).toBe(404);
    expect((await h.as('supporter').get('/v1/placements?limit=200')).body.items.map((p: { id: string }) => p.id)).not.toContain(
      placement.id,
    );
    expect((await h.as('supporterB').get(`/v1/placements/${placement.id}`)).status).toBe(200);
    const other = await makeParticipant(h, 'supporterB');
    await giveConsent(h, other.id);
    expect((await h.as('supporter').post('/v1/placements', { participantId: other.id, opportunityId: opening.id })).status).toBe(404);
  });
});
