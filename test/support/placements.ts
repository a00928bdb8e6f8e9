import { makeHost, makeHostUser, makeOpportunity } from './factories';
import type { Harness } from './harness';
import { mustAnswer } from './must-answer';
import { giveConsent, makeParticipant } from './participants';

/** Proposes a placement as supporter A and returns it; `extra` adds to the body. Stops the test if refused. */
export async function propose(h: Harness, participantId: string, opportunityId: string, extra: Record<string, unknown> = {}) {
  const res = await h.as('supporter').post('/v1/placements', { participantId, opportunityId, ...extra });
  return mustAnswer(201, 'propose', res) as { id: string; status: string; version: number };
}

/** Moves a placement on as supporter A; `extra` adds to the body (`at`, `reason`, `note`). Stops the test if refused. */
export async function moveTo(h: Harness, id: string, to: string, extra: Record<string, unknown> = {}) {
  const res = await h.as('supporter').post(`/v1/placements/${id}/transitions`, { to, ...extra });
  return mustAnswer(200, `moveTo ${to}`, res);
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

/** How many seats of the opportunity are taken, as an admin reads it. */
export async function filledOf(h: Harness, opportunityId: string): Promise<number> {
  const res = await h.as('admin').get(`/v1/opportunities/${opportunityId}`);
  return res.body.filled as number;
}
