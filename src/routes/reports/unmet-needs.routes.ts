import { createRoute } from '@hono/zod-openapi';
import { EXAMPLE_HOME_AREA } from '../city-examples';
import { problems, z } from '../../lib/openapi';
import { UnmetNeeds, UnmetNeedsQuery } from './unmet-needs.schemas';

export const unmetNeedsRoute = createRoute({
  method: 'get',
  path: '/v1/reports/unmet-needs',
  tags: ['reports'],
  summary: '資源開拓: いまの受け入れメニューで満たせていないニーズ（?format=csv で Excel 用 CSV）',
  operationId: 'getUnmetNeeds',
  description:
    '待っている人（つなぎが提案中・受け入れ決定・お試し・参加中でない参加者）を、いまの受け入れメニューとマッチングと同じ条件で照らし合わせます（管理者・多機関協働の担当）。' +
    '合う受け入れメニューが threshold より少ない人を、地域・時間帯・段階・必要な支援でまとめ、どの条件がそれだけで参加を妨げているか、' +
    'どの受け入れメニューをどう変えれば（または、どんな受け入れメニューを新しく開拓すれば）最も多くの人が参加できるかを示します。' +
    'どのグループも3人以上で、参加者の id・コード・名前は含みません。',
  request: { query: UnmetNeedsQuery },
  responses: {
    200: {
      description: 'いま満たせていないニーズ',
      content: {
        'application/json': {
          schema: UnmetNeeds,
          example: {
            asOf: '2026-11-27',
            threshold: 3,
            considered: 24,
            underserved: 9,
            suppressed: 1,
            groups: [
              {
                profile: { area: EXAMPLE_HOME_AREA, timeBand: 'weekday_morning' },
                people: 5,
                binding: [
                  { code: 'schedule', people: 4 },
                  { code: 'needs', people: 2 },
                ],
                suggestion: {
                  kind: 'new',
                  wouldServe: 5,
                  profile: {
                    area: EXAMPLE_HOME_AREA,
                    timeBand: 'weekday_morning',
                    step: 1,
                    support: ['quiet_space'],
                    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
                    schedule: [{ day: 'mon', start: '09:00', end: '12:00' }],
                  },
                  message: '南部で平日午前、少人数・会話少なめ、静かに休める場所のある段階1〜2の人向けの居場所があれば 5人が参加できます',
                },
              },
            ],
          },
        },
        'text/csv': { schema: z.string().openapi({ description: 'BOM つき UTF-8。集計の数と、1行に1グループ' }) },
      },
    },
    ...problems(400, 403),
  },
});
