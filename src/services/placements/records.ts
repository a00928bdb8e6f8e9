/**
 * How a placement is read: the row joined with what every view shows beside it (participant code
 * and consent, opportunity title and seats, host name) in one query, plus its details.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/db';
import { aliased } from '../../db/aliased';
import { checkIns, followUps, hosts, opportunities, participants, placements, placementTransitions } from '../../db/schema';

/** Columns that share a name across the joined tables are aliased (see src/db/aliased.ts). */
export function placementRecordsQuery(db: Db) {
  return db
    .select({
      placement: placements,
      participant: {
        code: participants.code,
        displayName: participants.displayName,
        needs: participants.needs,
        limits: participants.limits,
        consentStatus: participants.consentStatus,
        assignedTo: participants.assignedTo,
        createdBy: aliased(participants.createdBy, 'participant_created_by'),
        erasedAt: participants.erasedAt,
      },
      opportunity: {
        title: opportunities.title,
        status: aliased(opportunities.status, 'opportunity_status'),
        filled: opportunities.filled,
        capacity: opportunities.capacity,
      },
      hostName: hosts.name,
    })
    .from(placements)
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .innerJoin(opportunities, eq(opportunities.id, placements.opportunityId))
    .innerJoin(hosts, eq(hosts.id, placements.hostId));
}

export type PlacementRecord = Awaited<ReturnType<typeof placementRecordsQuery>>[number];
export type PlacementRow = typeof placements.$inferSelect;
export type TransitionRow = typeof placementTransitions.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;

/** Transitions in the order they happened (ids sort by creation). */
export function historyQuery(db: Db, placementId: string) {
  return db
    .select()
    .from(placementTransitions)
    .where(eq(placementTransitions.placementId, placementId))
    .orderBy(asc(placementTransitions.id));
}

export function followUpsQuery(db: Db, placementId: string) {
  return db.select().from(followUps).where(eq(followUps.placementId, placementId)).orderBy(asc(followUps.dueDate), asc(followUps.id));
}

/** What warning signs are computed from; also how many check-ins the placement has. */
export const checkInSignalColumns = {
  placementId: checkIns.placementId,
  date: checkIns.date,
  attendance: checkIns.attendance,
  wellbeing: checkIns.wellbeing,
  concerns: checkIns.concerns,
};

export function checkInSignalsQuery(db: Db, placementId: string) {
  return db
    .select(checkInSignalColumns)
    .from(checkIns)
    .where(eq(checkIns.placementId, placementId))
    .orderBy(asc(checkIns.date), asc(checkIns.id));
}

export type CheckInSignalRow = Awaited<ReturnType<typeof checkInSignalsQuery>>[number];
