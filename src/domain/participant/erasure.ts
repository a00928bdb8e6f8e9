/**
 * Erasure of a person's personal data (削除請求, or the end of the retention period). What is
 * erased and what stays is decided here; the row that stays is a tombstone, so reports that
 * counted the person still count them.
 */

/** Why a person's data was erased: their own (or their representative's) request, or the retention period ran out. */
export const ERASURE_REASONS = ['request', 'retention'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** What an erased person's display name reads as everywhere. */
export const ERASED_DISPLAY_NAME = '（消去済み）';

/** What an erased support record's summary reads as: the record and its date stay, its words do not. */
export const ERASED_SUMMARY = '（参加者の情報消去により削除）';

/** The age kept in a tombstone: the start of its decade (34 → 30), enough for reports, too coarse to identify. */
export function ageBand(age: number | null): number | null {
  return age === null ? null : Math.floor(age / 10) * 10;
}

/**
 * The date before which a case's last change must lie for it to be listed for erasure: `today`
 * less `years` whole years (29 February falls back to 28 February).
 */
export function retentionCutoff(today: string, years: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = year - years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
