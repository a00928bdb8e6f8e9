import { z } from '../../lib/openapi';
import { IsoDate } from '../../lib/schemas';
import { FOLLOW_UP_STATES } from '../../domain/follow-up/state';
import { WarningSign } from '../placements/placements.schemas';

export const FollowUpListQuery = z.object({
  state: z.enum(FOLLOW_UP_STATES).optional().openapi({
    description: 'overdue: 期限を過ぎた / due: 今日から7日以内 / upcoming: それより先で until まで。省略時はすべて',
  }),
  until: IsoDate.optional().openapi({
    description: 'どこまで先を見るか（YYYY-MM-DD、省略時は今日から60日後）。期限切れのものは常に含みます',
  }),
});

export const FollowUpItem = z
  .object({
    id: z.string(),
    placementId: z.string(),
    participantCode: z.string(),
    opportunityTitle: z.string(),
    hostName: z.string(),
    dueDate: z.string(),
    label: z.string(),
    state: z.enum(FOLLOW_UP_STATES),
    warnings: z.array(WarningSign),
  })
  .openapi('FollowUp');
