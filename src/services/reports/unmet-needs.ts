/**
 * The report on unmet needs (社会資源の開拓), computed now: the people waiting for a place against
 * the catalog index matching uses (read only, so the report never slows or changes matching).
 * Only the matching profile of each person is read: no id, code or name ever reaches the report.
 * An erased person's tombstone keeps the profile for the summary's counts; the person no longer
 * waits for a place through this service, so the tombstone is left out here.
 */
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { participants, placements } from '../../db/schema';
import { tokyoDate } from '../../domain/dates';
import { preparedOpportunities } from '../../domain/matching/match';
import type { PlacementStatus } from '../../domain/placement/statuses';
import { unmetNeeds, type UnmetNeeds } from '../../domain/unmet-needs/report';
import { catalogStateQuery, withCatalogIndex } from '../catalog';
import { profileOf } from '../participants/participants';

/** A person with a placement in one of these has a place, or one on the way. */
const PLACED: PlacementStatus[] = ['proposed', 'accepted', 'trial', 'active'];

export type UnmetNeedsReport = UnmetNeeds & { asOf: string; threshold: number };

export async function unmetNeedsReport(ctx: Ctx, query: { threshold: number }): Promise<UnmetNeedsReport> {
  assertCan(ctx.actor, 'report.read');
  const placed = ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.participantId, participants.id), inArray(placements.status, PLACED)));
  const [waiting, state] = await ctx.db.batch([
    ctx.db
      .select()
      .from(participants)
      .where(and(isNull(participants.erasedAt), notExists(placed))),
    catalogStateQuery(ctx.db),
  ]);
  const today = tokyoDate(ctx.now());
  // Every opening is paired with every waiting person, so every record is read.
  const opportunities = await withCatalogIndex(ctx, state, 'matching', async ({ prepared, records }) => {
    const catalog = await prepared();
    await records.read(ctx.db, 'all');
    return preparedOpportunities(catalog);
  });
  const report = unmetNeeds(waiting.map(profileOf), opportunities, { threshold: query.threshold, today });
  return { asOf: today, threshold: query.threshold, ...report };
}
