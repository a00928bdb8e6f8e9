/**
 * Which placements a caller may see, as one rule in two forms: a check on a loaded record and a
 * WHERE condition for lists. Outside it, a placement answers 404 as if it did not exist.
 * - admin, coordinator: every placement;
 * - supporter: placements of participants in their caseload (assigned to them);
 * - host: placements into its own opportunities.
 */
import { eq, type SQL } from 'drizzle-orm';
import { caseloadScope, notFound, ownHostScopeOrThrow, seesParticipant } from '../../auth/policy';
import type { Actor } from '../../context';
import { participants, placements } from '../../db/schema';

type Scoped = { placement: { hostId: string }; participant: { assignedTo: string | null } };

export function seesPlacement(actor: Actor, record: Scoped): boolean {
  const host = ownHostScopeOrThrow(actor);
  if (host !== null) return record.placement.hostId === host;
  return seesParticipant(actor, record.participant);
}

/** The same rule for a query that joins `participants`; undefined when the caller sees everything. */
export function placementScopeWhere(actor: Actor): SQL | undefined {
  const host = ownHostScopeOrThrow(actor);
  if (host !== null) return eq(placements.hostId, host);
  const caseload = caseloadScope(actor);
  return caseload ? eq(participants.assignedTo, caseload) : undefined;
}

/** The record when the caller may see it; otherwise 404. */
export function visiblePlacement<T extends Scoped>(actor: Actor, record: T | undefined): T {
  if (!record || !seesPlacement(actor, record)) throw notFound('つなぎ');
  return record;
}
