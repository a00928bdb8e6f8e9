import { z } from '../../lib/openapi';
import { IsoDate } from '../../lib/schemas';
import { CHECK_IN_CHANNELS, CONCERNS } from '../../domain/follow-up/check-in';

const Voice = z.string().trim().max(2000);

const Attendance = z
  .strictObject({ attended: z.number().int().min(0).max(1000), planned: z.number().int().min(0).max(1000) })
  .refine((a) => a.attended <= a.planned, { path: ['attended'], message: '出席した回数は、予定の回数以下にしてください' });

export const CheckInInput = z
  .strictObject({
    date: IsoDate.openapi({
      description: '確認した日（YYYY-MM-DD）。この日＋3日までが期限のフォローアップのうち、いちばん早いものが完了になります',
    }),
    channel: z.enum(CHECK_IN_CHANNELS),
    attendance: Attendance.nullable().optional().openapi({ description: '前回からの出席: 出席した回数 / 予定の回数' }),
    wellbeing: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .optional()
      .openapi({ description: '本人の調子 1（とてもつらい）〜 5（とてもよい）' }),
    participantVoice: Voice.nullable().optional(),
    hostVoice: Voice.nullable().optional(),
    concerns: z
      .array(z.enum(CONCERNS))
      .max(CONCERNS.length)
      .refine((list) => new Set(list).size === list.length, '同じ項目が重なっています')
      .optional(),
    nextActions: Voice.nullable().optional(),
  })
  .openapi('CheckInInput');

export const CheckIn = z
  .object({
    id: z.string(),
    placementId: z.string(),
    date: z.string(),
    channel: z.enum(CHECK_IN_CHANNELS),
    attendance: z.object({ attended: z.number().int(), planned: z.number().int() }).nullable(),
    wellbeing: z.number().int().nullable(),
    participantVoice: z.string().nullable(),
    hostVoice: z.string().nullable(),
    concerns: z.array(z.enum(CONCERNS)),
    nextActions: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    completedFollowUp: z
      .object({ id: z.string(), dueDate: z.string(), label: z.string() })
      .nullable()
      .optional()
      .openapi({ description: 'この記録で完了したフォローアップ（職員にだけ表示）' }),
  })
  .openapi('CheckIn');
