import { makeHost, makeHostUser, makeOpportunity } from './factories';
import type { Caller, Harness } from './harness';
import { giveConsent, makeParticipant } from './participants';

/** Proposes a placement and returns it; fails the test setup on anything but 201. */
export async function propose(h: Harness, participantId: string, opportunityId: string, caller: Caller = 'supporter', extra: Record<string, unknown> = {}) {
  const res = await h.as(caller).post('/v1/placements', { participantId, opportunityId, ...extra });
  if (res.status !== 201) throw new Error(`propose: ${res.status} ${res.text}`);
  return res.body as { id: string; status: string; version: number };
}

/** Moves a placement on; fails the test setup on anything but 200. */
export async function moveTo(h: Harness, id: string, to: string, extra: Record<string, unknown> = {}, caller: Caller = 'supporter') {
  const res = await h.as(caller).post(`/v1/placements/${id}/transitions`, { to, ...extra });
  if (res.status !== 200) throw new Error(`moveTo ${to}: ${res.status} ${res.text}`);
  return res.body;
}

/**
 * A host with a host user and one open opportunity, and a consenting participant in supporter A's
 * caseload: everything a placement needs.
 */
export async function placementWorld(h: Harness, opportunity: Record<string, unknown> = {}) {
  const host = await makeHost(h);
  const hostCaller = await makeHostUser(h, host.id);
  const opening = await makeOpportunity(h, host.id, opportunity);
  const participant = await makeParticipant(h, 'supporter');
  await giveConsent(h, participant.id);
  return { host, hostCaller, opening, participant };
}

export async function filledOf(h: Harness, opportunityId: string): Promise<number> {
  const res = await h.as('admin').get(`/v1/opportunities/${opportunityId}`);
  return res.body.filled as number;
}
