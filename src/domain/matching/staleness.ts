import { STALE_LISTING_DAYS } from '../../config';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An opportunity is stale when its host has neither changed nor confirmed it within the last
 * STALE_LISTING_DAYS days (exactly that many days ago still counts as current).
 */

/** The later of updatedAt and confirmedAt in epoch ms; NaN when neither is a readable time. */
export function lastTouchedMs(opportunity: { updatedAt: string; confirmedAt?: string | null }): number {
  const updated = Date.parse(opportunity.updatedAt);
  const confirmed = opportunity.confirmedAt ? Date.parse(opportunity.confirmedAt) : NaN;
  if (Number.isNaN(updated)) return confirmed;
  if (Number.isNaN(confirmed)) return updated;
  return Math.max(updated, confirmed);
}

/** Opportunities last touched before this instant are stale (for `GET /v1/opportunities?stale=true`). */
export function staleCutoff(now: Date): Date {
  return new Date(now.getTime() - STALE_LISTING_DAYS * DAY_MS);
}

/** Whether an opportunity last touched at `touchedMs` is stale at `now`; an unreadable time is. */
export function isStale(touchedMs: number, now: Date): boolean {
  return !(touchedMs >= staleCutoff(now).getTime());
}
