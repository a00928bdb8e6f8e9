/**
 * The guarded writes of placements: each runs only when the batch's `guardedAudit` precondition
 * held (`holds`), so a refused change leaves no trace at all — no row, no seat, no version bump.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context';
import { followUps, placements, placementTransitions } from '../db/schema';
import type { FollowUpRow, PlacementRow, TransitionRow } from './placement-records';

/** Inserts the placement; returns its id when it was written, nothing when the guard did not hold. */
export function insertPlacement(ctx: Ctx, row: PlacementRow, holds: SQL) {
  return ctx.db.all<{ id: string }>(sql`
    insert into ${placements} (id, participant_id, opportunity_id, host_id, status, note, started_on, ended_on, close_reason, created_by, created_at, updated_at, version)
    select ${row.id}, ${row.participantId}, ${row.opportunityId}, ${row.hostId}, ${row.status}, ${row.note}, ${row.startedOn}, ${row.endedOn},
      ${row.closeReason}, ${row.createdBy}, ${row.createdAt}, ${row.updatedAt}, ${row.version}
    where ${holds}
    returning id`);
}

export function insertTransition(ctx: Ctx, t: TransitionRow, holds: SQL) {
  return ctx.db.run(sql`
    insert into ${placementTransitions} (id, placement_id, from_status, to_status, at, by, reason, note)
    select ${t.id}, ${t.placementId}, ${t.from}, ${t.to}, ${t.at}, ${t.by}, ${t.reason}, ${t.note}
    where ${holds}`);
}

export function insertFollowUps(ctx: Ctx, rows: readonly FollowUpRow[], holds: SQL) {
  const values = sql.join(
    rows.map((f) => sql`(${f.id}, ${f.placementId}, ${f.dayOffset}, ${f.dueDate}, ${f.label}, ${f.status}, ${f.checkInId}, ${f.closedAt})`),
    sql`, `,
  );
  return ctx.db.run(sql`
    insert into ${followUps} (id, placement_id, day_offset, due_date, label, status, check_in_id, closed_at)
    select * from (values ${values}) where ${holds}`);
}


