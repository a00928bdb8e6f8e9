import { z } from '../../lib/openapi';
import { ProfileInput, recordShape } from '../participants/participants.schemas';
import { SlotSchema } from '../../lib/schemas';
import { OPPORTUNITY_KINDS } from '../../domain/types';
import { EXCLUSION_CODES, WARNING_CODES } from '../../domain/matching/types';

const Reason = z.object({ code: z.string(), message: z.string() });

/**
 * A participant-shaped profile, as a field worker has it at hand: record fields (displayName,
 * goals, referredBy) may come along and are ignored; `private` and unknown fields are refused.
 */
export const InlineProfile = ProfileInput.extend({
  displayName: recordShape.displayName.optional(),
  goals: recordShape.goals,
  referredBy: recordShape.referredBy,
}).openapi('InlineProfile');

export const MatchQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  includeExcluded: z.enum(['true', 'false']).default('false').transform((v) => v === 'true')
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'true で、除外された受け入れメニューとすべての理由も返します' }),
});

export const MatchResult = z
  .object({
    items: z.array(z.object({
      opportunityId: z.string(),
      title: z.string(),
      kind: z.enum(OPPORTUNITY_KINDS),
      hostId: z.string(),
      hostName: z.string(),
      score: z.number().min(0).max(1),
      travelMinutes: z.number().nullable().openapi({ description: '移動の目安（分）。オンラインは 0、座標がなく地区だけで判断したときは null' }),
      matchedSlots: z.array(SlotSchema),
      reasons: z.array(Reason),
      warnings: z.array(Reason.extend({ code: z.enum(WARNING_CODES) })),
    })),
    excluded: z.array(z.object({
      opportunityId: z.string(),
      title: z.string(),
      reasons: z.array(Reason.extend({ code: z.enum(EXCLUSION_CODES) })),
    })),
  })
  .openapi('MatchResult');
