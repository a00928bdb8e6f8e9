import { createRoute } from '@hono/zod-openapi';
import { RETENTION_CHECKPOINT_DAYS } from '../../config';
import { problems, z } from '../../lib/openapi';
import { ReportSummary, SummaryQuery } from './reports.schemas';

export const summaryRoute = createRoute({
  method: 'get',
  path: '/v1/reports/summary',
  tags: ['reports'],
  summary: '集計レポート（期間の初日・最終日を含む。省略時は今年度。?format=csv で Excel 用 CSV）',
  operationId: 'getReportSummary',
  description:
    `代表者会議や市への報告のための集計です（管理者・多機関協働の担当）。参加者・つなぎ・定着（${RETENTION_CHECKPOINT_DAYS.join('/')}日）・フォローアップ・受け入れ先・` +
    '受け入れメニュー・受け入れ先支援の数を返します。個人を特定できる情報は含みません。format=csv で、同じ数を Excel で開ける CSV にします。',
  request: { query: SummaryQuery },
  responses: {
    200: {
      description: '集計（各数の定義は README の Report definitions）',
      content: {
        'application/json': { schema: ReportSummary },
        'text/csv': { schema: z.string().openapi({ description: 'BOM つき UTF-8。見出し「区分,指標,値」、1行に1指標' }) },
      },
    },
    ...problems(400, 403),
  },
});
