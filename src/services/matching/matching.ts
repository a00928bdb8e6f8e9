import { eq } from 'drizzle-orm';
import { assertCan, notFound, seesParticipant } from '../../auth/policy';
import type { Ctx } from '../../context';
import { participants } from '../../db/schema';
import { fitsFilter, isFilterEmpty, type MatchFilter } from '../../domain/matching/filter';
import { matchProfile, type MatchResult } from '../../domain/matching/match';
import type { ConsentStatus, Profile } from '../../domain/types';
import { catalogIndex, catalogStateQuery, versionsOf, type CatalogStateRows } from '../catalog';
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
  const index = await catalogIndex(ctx, versionsOf(ctx, state), 'matching');
  const filter = request.filter && !isFilterEmpty(request.filter) ? request.filter : null;
  // A filter is applied to the ranked list, so it must see every opportunity before the limit cuts it.
  const result = matchProfile(profile, await index.prepared(), {
    now: ctx.now(),
    limit: filter ? index.matchable.size : request.limit,
    includeExcluded: request.includeExcluded,
    retention: index.retention,
    ...(consent === undefined ? {} : { consent }),
  });
  if (!filter) return result;
  const kept = (id: string) => {
    const opportunity = index.matchable.get(id);
    return opportunity !== undefined && fitsFilter(opportunity, filter);
  };
  // The guidance keeps speaking about the whole catalog: the filter narrows what is shown, not what exists.
  return {
    ...result,
    items: result.items.filter((item) => kept(item.opportunityId)).slice(0, request.limit),
    excluded: result.excluded.filter((item) => kept(item.opportunityId)),
  };
}
