import { eq } from 'drizzle-orm';
import { assertCan, notFound, seesParticipant } from '../../auth/policy';
import type { Ctx } from '../../context';
import { participants } from '../../db/schema';
import { fitsFilter, isFilterEmpty, type MatchFilter } from '../../domain/matching/filter';
import { describeMatch, type MatchResult, rankMatch, startMatch } from '../../domain/matching/match';
import type { ConsentStatus, Profile } from '../../domain/types';
import { catalogStateQuery, type CatalogStateRows, withCatalogIndex } from '../catalog';
import { profileOf } from '../participants/participants';
import { assertNotErased } from '../participants/erasable';

export type MatchRequest = { limit: number; includeExcluded: boolean; filter?: MatchFilter };

/** Opportunities for a participant in the caller's caseload: ranked, explained, never breaking a hard constraint. */
export async function matchParticipant(ctx: Ctx, id: string, request: MatchRequest): Promise<MatchResult> {
  assertCan(ctx.actor, 'match.run');
  const [rows, state] = await ctx.db.batch([ctx.db.select().from(participants).where(eq(participants.id, id)), catalogStateQuery(ctx.db)]);
  const row = rows[0];
  if (!row || !seesParticipant(ctx.actor, row)) throw notFound('参加者');
  assertNotErased(row);
  return run(ctx, { profile: profileOf(row), consent: row.consentStatus, state, request });
}

/** The same matching for a profile typed in on the spot; nothing is stored. */
export async function matchInlineProfile(ctx: Ctx, profile: Profile, request: MatchRequest): Promise<MatchResult> {
  assertCan(ctx.actor, 'match.run');
  return run(ctx, { profile, state: await catalogStateQuery(ctx.db), request });
}

/** One person to match (with their consent when stored), the catalog state read for the request, and what was asked. */
type MatchRun = { profile: Profile; consent?: ConsentStatus; state: CatalogStateRows; request: MatchRequest };

async function run(ctx: Ctx, { profile, consent, state, request }: MatchRun): Promise<MatchResult> {
  const filter = request.filter && !isFilterEmpty(request.filter) ? request.filter : null;
  return withCatalogIndex(ctx, state, 'matching', async ({ prepared, records, retention }) => {
    const catalog = await prepared();
    // A filter is applied to the ranked list, so it must see every opportunity before the limit cuts it.
    const start = startMatch(profile, catalog, {
      now: ctx.now(),
      limit: filter ? catalog.ids.length : request.limit,
      includeExcluded: request.includeExcluded,
      retention,
      ...(consent === undefined ? {} : { consent }),
    });
    // The records the arrays cannot judge, then those ranked: a round trip each, for those not held yet.
    await records.read(ctx.db, filter ? 'all' : start.recordsToRank);
    const ranked = rankMatch(start);
    await records.read(ctx.db, ranked.ids);
    const result = describeMatch(ranked);
    if (!filter) return result;
    const kept = (id: string) => fitsFilter(records.matchable(id), filter);
    // The guidance keeps speaking about the whole catalog: the filter narrows what is shown, not what exists.
    return {
      ...result,
      items: result.items.filter((item) => kept(item.opportunityId)).slice(0, request.limit),
      excluded: result.excluded.filter((item) => kept(item.opportunityId)),
    };
  });
}
