import { isValidDate } from '../domain/dates';
import { slotIssues } from '../domain/schedule/slot-issues';
import { DAYS } from '../domain/types';
import { z } from './openapi';

/** Short free text: trimmed, not blank. */
export const Text = (max: number) => z.string().trim().min(1).max(max);

/** A calendar date in Asia/Tokyo, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const IsoDate = z.string().refine(isValidDate, 'YYYY-MM-DD の形で、実在する日付を入力してください');

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'ISO 8601 の日時（時差つき）で入力してください' });

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM 形式（00:00〜24:00）で入力してください');

/** A weekly time window; the start must come before the end (same rule as the domain's slotIssues). */
export const SlotSchema = z
  .strictObject({ day: z.enum(DAYS), start: TimeOfDay, end: TimeOfDay })
  .superRefine((slot, ctx) => {
    for (const issue of slotIssues(slot)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .openapi('Slot', { example: { day: 'tue', start: '09:00', end: '12:00' } });

/** A place given as latitude/longitude, optional everywhere it appears. */
export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);
