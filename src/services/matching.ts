import { eq } from 'drizzle-orm';
import { assertCan, notFound, seesParticipant } from '../auth/policy';
import type { Ctx } from '../context';
import { participants } from '../db/schema';
import { matchProfile, type MatchResult } from '../domain/matching/match';
import type { Profile } from '../domain/types';
import { catalogIndex, type CatalogStateRows, versionsOf } from './catalog-index';
import { catalogStateQuery } from './catalog-version';
import { profileOf } from './participants';

export type MatchRequest = { limit: number; includeExcluded: boolean };

/** Opportunities for a participant in the caller's caseload: ranked, explained, never breaking a hard constraint. */
export async function matchParticipant(ctx: Ctx, id: string, request: MatchRequest): Promise<MatchResult> {
  assertCan(ctx.actor, 'match.run');
  const [rows, state] = await ctx.db.batch([
    ctx.db.select().from(participants).where(eq(participants.id, id)),
    catalogStateQuery(ctx.db),
  ]);
  const row = rows[0];
  if (!row || !seesParticipant(ctx.actor, row)) throw notFound('参加者');
  return run(ctx, { profile: profileOf(row), state, request });
}

/** The same matching for a profile typed in on the spot; nothing is stored. */
export async function matchInlineProfile(ctx: Ctx, profile: Profile, request: MatchRequest): Promise<MatchResult> {
  assertCan(ctx.actor, 'match.run');
  return run(ctx, { profile, state: await catalogStateQuery(ctx.db), request });
}

/** One person to match, the catalog state read for the request, and what was asked. */
type MatchRun = { profile: Profile; state: CatalogStateRows; request: MatchRequest };

async function run(ctx: Ctx, { profile, state, request }: MatchRun) {
  const index = await catalogIndex(ctx, versionsOf(ctx, state));
  return matchProfile(profile, index.prepared(), {
    now: ctx.now(), limit: request.limit, includeExcluded: request.includeExcluded, retention: index.retention,
  });
}
