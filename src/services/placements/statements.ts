/**
 * The guarded writes of placements: each runs only when the batch's `guardedAudit` precondition
 * held (`holds`), so a refused change leaves no trace at all — no row, no seat, no version bump.
 */
import type { SQL } from 'drizzle-orm';
import { insertWhere } from '../../db/insert-where';
import type { Ctx } from '../../context';
import { followUps, placements, placementTransitions } from '../../db/schema';
import type { FollowUpRow, PlacementRow, TransitionRow } from './records';

/** Inserts the placement; returns its id when it was written, nothing when the guard did not hold. */
export function insertPlacement(ctx: Ctx, row: PlacementRow, holds: SQL) {
  return insertWhere(ctx.db, placements, row, holds).returning({ id: placements.id });
}

export function insertTransition(ctx: Ctx, t: TransitionRow, holds: SQL) {
  return insertWhere(ctx.db, placementTransitions, t, holds);
}

/** One statement per follow-up: a handful of rows, and each stays a plain guarded insert. */
export function insertFollowUps(ctx: Ctx, rows: readonly FollowUpRow[], holds: SQL) {
  return rows.map((row) => insertWhere(ctx.db, followUps, row, holds));
}
