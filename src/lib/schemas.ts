import { z } from './openapi';

/** Short free text: trimmed, not blank. */
export const Text = (max: number) => z.string().trim().min(1).max(max);
export const OptionalText = (max: number) => z.string().trim().max(max);

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD の形で入力してください')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '存在しない日付です');

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'ISO 8601 の日時（時差つき）で入力してください' });
