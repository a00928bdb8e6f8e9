import { isValidDate } from '../domain/dates';
import { slotIssues } from '../domain/schedule/slot-issues';
import { DAYS } from '../domain/types';
import { z } from './openapi';

/** The id of another object, as a client names it (ids are opaque and short). */
export const Ref = z.string().min(1).max(100);

/**
 * Short free text: trimmed, not blank. NUL and lone surrogates are refused: the database would
 * cut the text at a NUL and replace a lone surrogate, so what was sent would not be what is kept.
 */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !/[\u0000\p{Cs}]/u.test(text), '使えない文字（NUL や壊れた文字）が含まれています');

/** A calendar date in Asia/Tokyo, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const IsoDate = z.string().max(10).refine(isValidDate, 'YYYY-MM-DD の形で、実在する日付を入力してください');

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'ISO 8601 の日時（時差つき）で入力してください' }).max(40);

/**
 * A weekly time window. The domain's slotIssues is the one rule for times and their order; it runs
 * even when another field of the slot is already wrong, so every problem is reported at once.
 */
export const SlotSchema = z
  .strictObject({ day: z.enum(DAYS), start: z.string().max(5), end: z.string().max(5) })
  .superRefine(
    (slot, ctx) => {
      for (const issue of slotIssues(slot)) {
        if (issue.path !== 'day') ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
      }
    },
    { when: (payload) => isSlotShaped(payload.value) },
  )
  .openapi('Slot', { example: { day: 'tue', start: '09:00', end: '12:00' } });

function isSlotShaped(value: unknown): value is { day: string; start: string; end: string } {
  if (typeof value !== 'object' || value === null) return false;
  const slot = value as Record<string, unknown>;
  return typeof slot.start === 'string' && typeof slot.end === 'string';
}

/** A place given as latitude/longitude, optional everywhere it appears. */
export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);
