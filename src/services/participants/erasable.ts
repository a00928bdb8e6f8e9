import { and, eq, inArray, isNull, lt, notExists, or, sql, type SQL } from 'drizzle-orm';
import { RETENTION_YEARS_AFTER_END } from '../../config';
import type { Ctx } from '../../context';
import { participants, placements } from '../../db/schema';
import { tokyoDate } from '../../domain/dates';
import { retentionCutoff } from '../../domain/participant/erasure';
import { isFinal, PLACEMENT_STATUSES } from '../../domain/placement/statuses';
import { problem } from '../../lib/problem';

const LIVE_STATUSES = PLACEMENT_STATUSES.filter((status) => !isFinal(status));

/** The person's placements still under way, as a query (for a read batch or an `exists` guard). */
export function livePlacementsQuery(ctx: Ctx, participantId: string) {
  return ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.participantId, participantId), inArray(placements.status, LIVE_STATUSES)));
}

/** Cases past the retention period: not erased, nothing under way, and no change since the cutoff. */
export function erasableWhere(ctx: Ctx): SQL {
  const cutoff = retentionCutoff(tokyoDate(ctx.now()), RETENTION_YEARS_AFTER_END);
  const openOrRecent = ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(
      and(
        sql`${placements.participantId} = ${participants.id}`,
        or(inArray(placements.status, LIVE_STATUSES), sql`${placements.updatedAt} >= ${cutoff}`),
      ),
    );
  return and(isNull(participants.erasedAt), lt(participants.updatedAt, cutoff), notExists(openOrRecent))!;
}

/** An erased person is a tombstone: nothing may be written about them again. */
export function assertNotErased(participant: { erasedAt: string | null }): void {
  if (participant.erasedAt !== null) {
    throw problem('erased', { detail: 'この参加者の個人情報は消去済みのため、変更・マッチング・提案はできません' });
  }
}
