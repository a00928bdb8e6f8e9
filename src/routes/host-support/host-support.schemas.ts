import { z } from '../../lib/openapi';
import { IsoDate, Text } from '../../lib/schemas';
import { HOST_SUPPORT_TYPES } from '../../domain/host-support/types';

export const HostSupportInput = z
  .strictObject({
    date: IsoDate,
    type: z
      .enum(HOST_SUPPORT_TYPES)
      .openapi({ description: 'consultation 相談 / training 研修 / incident 出来事 / feedback ふりかえり / development 開拓' }),
    summary: Text(2000),
    followUpNeeded: z
      .boolean()
      .optional()
      .openapi({ description: '省略時: 受け入れ先からの依頼は true（返事が要る）、職員の記録は false' }),
    participantId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: '特定の参加者についての記録ならその id。その参加者を見られる人にだけ表示されます' }),
    sharedWithHost: z
      .boolean()
      .optional()
      .openapi({ description: '職員の記録を受け入れ先にも見せるとき true（既定は false: 参加者に触れることがあるため）' }),
  })
  .openapi('HostSupportInput');

export const HostSupportSharing = z
  .strictObject({
    sharedWithHost: z.boolean().openapi({ description: 'true: 受け入れ先にも見せる / false: 職員だけに戻す' }),
  })
  .openapi('HostSupportSharing');

export const HostSupportRecord = z
  .object({
    id: z.string(),
    hostId: z.string(),
    date: z.string(),
    type: z.enum(HOST_SUPPORT_TYPES),
    summary: z.string(),
    followUpNeeded: z.boolean(),
    participantId: z.string().nullable(),
    sharedWithHost: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('HostSupportRecord');
