import { z } from '../../lib/openapi';
import { ProfileInput, recordShape } from '../participants/participants.schemas';
import { SlotSchema } from '../../lib/schemas';
import { OPPORTUNITY_KINDS } from '../../domain/types';
import { EXCLUSION_CODES, NOTICE_CODES, WARNING_CODES } from '../../domain/matching/types';

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
  includeExcluded: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'true で、除外された受け入れメニューとすべての理由も返します' }),
});

export const MatchResult = z
  .object({
    items: z.array(
      z.object({
        opportunityId: z.string(),
        title: z.string(),
        kind: z.enum(OPPORTUNITY_KINDS),
        hostId: z.string(),
        hostName: z.string(),
        score: z.number().min(0).max(1),
        travelMinutes: z.number().nullable().openapi({
          description:
            '移動の目安（分）。オンラインは 0。座標のない側は地域の代表地点から見積もり（警告 travel_estimated）、地域の位置も分からないときは null',
        }),
        matchedSlots: z.array(SlotSchema),
        reasons: z.array(Reason),
        warnings: z.array(Reason.extend({ code: z.enum(WARNING_CODES) })),
      }),
    ),
    excluded: z.array(
      z.object({
        opportunityId: z.string(),
        title: z.string(),
        reasons: z.array(Reason.extend({ code: z.enum(EXCLUSION_CODES) })),
      }),
    ),
    excludedByCode: z.partialRecord(z.enum(EXCLUSION_CODES), z.number().int()).openapi({
      description:
        '除外された受け入れメニューの数を理由ごとに（二つの理由で除外されたものは両方に数えます）。includeExcluded に関わらず常に返します',
      example: { schedule: 41, travel: 12 },
    }),
    relaxations: z.array(z.object({ code: z.enum(EXCLUSION_CODES), wouldAdd: z.number().int() })).openapi({
      description: 'その条件だけが理由で除外されている数（その条件を見直せば候補に加わる数）。多い順',
      example: [{ code: 'needs', wouldAdd: 3 }],
    }),
    notices: z.array(Reason.extend({ code: z.enum(NOTICE_CODES) })).openapi({
      description: '一覧全体についての注意（home_location_missing: 住まいの位置が未登録、consent_missing: 同意が未記録）',
    }),
  })
  .openapi('MatchResult');
