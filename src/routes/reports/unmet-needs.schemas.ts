import { AREAS } from '../../config';
import { z } from '../../lib/openapi';
import { EXCLUSION_CODES } from '../../domain/matching/types';
import { CONVERSATION_LEVELS, DAYS, GROUP_SIZES, STEPS, SUPPORTS } from '../../domain/types';
import { TIME_BANDS } from '../../domain/unmet-needs/coarse-profile';

export const UnmetNeedsQuery = z.object({
  threshold: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(3)
    .openapi({ description: '合う受け入れメニューがこの数より少ない人を「選択肢が少ない人」として数えます（既定 3）' }),
  format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: Excel で開ける CSV（BOM つき UTF-8）' }),
});

const Count = z.number().int().min(0);
const Slot = z.object({ day: z.enum(DAYS), start: z.string(), end: z.string() });
const Environment = z.object({
  groupSize: z.enum(GROUP_SIZES),
  conversation: z.enum(CONVERSATION_LEVELS),
  customerFacing: z.boolean(),
  phone: z.boolean(),
});

const CoarseProfile = z
  .object({
    area: z
      .string()
      .optional()
      .openapi({ description: `住まいの地域（${AREAS.join(' | ')}）` }),
    timeBand: z.enum(TIME_BANDS).optional().openapi({ description: '参加できる時間が最も多い時間帯' }),
    step: z.number().int().optional(),
    needs: z.array(z.enum(SUPPORTS)).optional(),
  })
  .openapi({
    description: 'グループの共通点。3人に満たないため統合したグループでは、細かい項目（needs → step → timeBand → area の順）がありません',
  });

const Change = z.object({
  addSlots: z.array(Slot).optional(),
  addSupport: z.array(z.enum(SUPPORTS)).optional(),
  addSeats: z.number().int().min(1).optional(),
  step: z.number().int().optional().openapi({ description: 'この段階まで下げる' }),
  environment: Environment.partial().optional(),
});

const NewOpening = z.object({
  area: z.string(),
  timeBand: z.enum(TIME_BANDS),
  step: z.union(STEPS.map((step) => z.literal(step))),
  support: z.array(z.enum(SUPPORTS)),
  environment: Environment,
  schedule: z.array(Slot),
});

const Suggestion = z.object({
  kind: z.enum(['change', 'new']),
  opportunityId: z.string().optional().openapi({ description: 'kind: change のとき、変更をお願いする受け入れメニュー' }),
  change: Change.optional(),
  profile: NewOpening.optional().openapi({ description: 'kind: new のとき、新しく開拓したい受け入れメニューの姿' }),
  wouldServe: Count.openapi({ description: 'グループのうち、この変更（新設）で初めて参加できるようになる人数' }),
  message: z.string().openapi({ description: '受け入れ先にそのまま伝えられる日本語の提案' }),
});

export const UnmetNeeds = z
  .object({
    asOf: z.string().openapi({ description: '集計日（今日、Asia/Tokyo）' }),
    threshold: Count,
    considered: Count.openapi({
      description: '待っている人（提案中・受け入れ決定・お試し・参加中のつなぎがない参加者、同意の有無を問わない）',
    }),
    underserved: Count.openapi({ description: 'そのうち、合う受け入れメニューが threshold より少ない人' }),
    suppressed: Count.openapi({ description: 'underserved のうち、3人以上のグループにまとめられず表に含めない人' }),
    groups: z.array(
      z.object({
        profile: CoarseProfile,
        people: Count.openapi({ description: '常に3人以上' }),
        binding: z
          .array(z.object({ code: z.enum(EXCLUSION_CODES), people: Count }))
          .openapi({ description: 'その条件ひとつだけで、少なくとも1つの受け入れメニューに参加できない人の数（多い順）' }),
        suggestion: Suggestion.nullable(),
      }),
    ),
  })
  .openapi('UnmetNeeds');
