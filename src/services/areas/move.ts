import { and, eq, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { AreaMove, AreaTable } from '../../domain/areas/stranded';
import { guardedAudit } from '../audit/rows';
import { bumpCatalogVersion } from '../catalog';
import { AREA_TABLES } from './stranded';

export type AreaMoveOutcome = Record<AreaTable, number>;

/**
 * Moves every record from one area code to another: the way out when the settings no longer list
 * a code. One batch with its audit row, and the catalog version bumped so cached indexes rebuild;
 * when no record carries the old code, nothing is written. Each record's version goes up (its
 * ETag changes) but not its `updatedAt`, which says when a person last changed it and dates
 * staleness and the retention period.
 */
export async function moveArea(ctx: Ctx, move: AreaMove): Promise<AreaMoveOutcome> {
  const { hosts, opportunities, participants } = AREA_TABLES;
  const carries = (target: (typeof AREA_TABLES)[AreaTable]) =>
    sql`exists (select 1 from ${target.table} where ${eq(target.area, move.from)})`;
  const guard = guardedAudit(
    ctx,
    { action: 'area.move', entity: 'area', entityId: `${move.from}=${move.to}` },
    or(carries(hosts), carries(opportunities), carries(participants))!,
  );
  const [, movedHosts, movedOpportunities, movedParticipants] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(hosts.table)
      .set({ area: move.to, version: sql`${hosts.table.version} + 1` })
      .where(and(eq(hosts.area, move.from), guard.holds))
      .returning({ id: hosts.table.id }),
    ctx.db
      .update(opportunities.table)
      .set({ area: move.to, version: sql`${opportunities.table.version} + 1` })
      .where(and(eq(opportunities.area, move.from), guard.holds))
      .returning({ id: opportunities.table.id }),
    ctx.db
      .update(participants.table)
      .set({ homeArea: move.to, version: sql`${participants.table.version} + 1` })
      .where(and(eq(participants.area, move.from), guard.holds))
      .returning({ id: participants.table.id }),
    bumpCatalogVersion(ctx.db, guard.holds),
  ]);
  return { hosts: movedHosts.length, opportunities: movedOpportunities.length, participants: movedParticipants.length };
}
