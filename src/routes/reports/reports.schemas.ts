import { RETENTION_CHECKPOINT_DAYS, STALE_LISTING_DAYS } from '../../config';
import { isValidDate } from '../../domain/dates';
import { retentionKey } from '../../domain/placement/retention';
import { z } from '../../lib/openapi';
import { IsoDate } from '../../lib/schemas';

export const SummaryQuery = z
  .object({
    from: IsoDate.optional().openapi({
      description: '集計期間の初日（YYYY-MM-DD、この日を含む）。省略時は to の年度の4月1日、どちらもなければ今年度',
    }),
    to: IsoDate.optional().openapi({ description: '集計期間の最終日（YYYY-MM-DD、この日を含む）。省略時は from の年度の3月31日' }),
    format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: Excel で開ける CSV（BOM つき UTF-8、1行に1指標）' }),
  })
  .superRefine((query, ctx) => {
    // An impossible date already has its own message; comparing it would only add a wrong one.
    if (!query.from || !query.to || !isValidDate(query.from) || !isValidDate(query.to) || query.from <= query.to) return;
    const message = `期間の初日（from: ${query.from}）が最終日（to: ${query.to}）より後になっています`;
    ctx.addIssue({ code: 'custom', path: ['from'], message });
    ctx.addIssue({ code: 'custom', path: ['to'], message });
  });

const Count = z.number().int().min(0);
const Counts = (description: string) => z.record(z.string(), Count).openapi({ description });
const Retention = z.object({
  eligible: Count.openapi({ description: 'その日数を迎えたつなぎ（期間中に開始し、開始日＋日数が集計の終わり以前）' }),
  retained: Count.openapi({ description: 'そのうち、その日に続いていた、または修了・次の段階への移行で終わったもの' }),
  rate: z.number().min(0).max(1).nullable().openapi({ description: 'retained / eligible（小数第3位まで）。対象が0件なら null' }),
});

export const ReportSummary = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    asOf: z.string().openapi({ description: '集計日（今日）。「現在」の数はこの日の状態' }),
    participants: z.object({
      total: Count.openapi({ description: '期間の最終日までに登録された参加者' }),
      byStep: Counts('total の現在の段階別（1〜5）'),
      withConsent: Count.openapi({ description: 'total のうち、現在同意ありの人' }),
      newlyRegistered: Count.openapi({ description: '期間中に登録された参加者' }),
      byReferral: Counts('newlyRegistered の紹介元別（未記入は「未記入」）、多い順'),
    }),
    placements: z.object({
      proposed: Count.openapi({ description: '期間中に提案されたつなぎ' }),
      started: Count.openapi({ description: '期間中に参加が始まった（お試しか参加に初めて進んだ）つなぎ' }),
      active: Count.openapi({ description: '現在お試し参加中・参加中のつなぎ' }),
      endedByReason: Counts('期間中に終了したつなぎの理由別'),
      declinedByReason: Counts('期間中に見送りになったつなぎの理由別'),
      byKind: Counts('started の受け入れメニューの種類別'),
      stepMovesUp: Count.openapi({ description: '期間中に、それまでに始めたどのつなぎよりも上の段階のつなぎを始めた参加者' }),
    }),
    retention: z
      .object(Object.fromEntries(RETENTION_CHECKPOINT_DAYS.map((day) => [retentionKey(day), Retention])))
      .openapi({ description: `定着の確認日ごと（開始から${RETENTION_CHECKPOINT_DAYS.join('・')}日後）の数` }),
    followUps: z.object({
      dueInPeriod: Count.openapi({ description: '期日が期間中（今日まで）にあり、その日につなぎが続いていたフォローアップ' }),
      completedOnTime: Count.openapi({ description: 'そのうち期日までの記録で実施済みになったもの' }),
      late: Count.openapi({ description: 'そのうち期日より後の記録で実施済みになったもの' }),
      notCompleted: Count.openapi({ description: 'そのうちまだ実施の記録がないもの' }),
      overdue: Count.openapi({ description: '現在、期日を過ぎても実施の記録がないフォローアップ（期間によらない）' }),
    }),
    hosts: z.object({
      active: Count.openapi({ description: '現在受け入れ中（active）の受け入れ先' }),
      new: Count.openapi({ description: '期間中に登録された受け入れ先（資源開拓）' }),
      byType: Counts('active の種類別'),
      byStatus: Counts('すべての受け入れ先の現在の状態別'),
    }),
    opportunities: z.object({
      openByKind: Counts('現在募集中の受け入れメニューの種類別'),
      openByArea: Counts('現在募集中の受け入れメニューの地域別'),
      seatsTotal: Count.openapi({ description: '募集中の受け入れメニューの定員の合計' }),
      seatsFilled: Count.openapi({ description: 'そのうち利用中の席（受け入れ決定・お試し・参加中）' }),
      stale: Count.openapi({ description: `募集中のうち、${STALE_LISTING_DAYS}日以上更新も確認もされていない掲載` }),
    }),
    hostSupport: z.object({ byType: Counts('期間中の受け入れ先支援の記録の種類別') }),
  })
  .openapi('ReportSummary');
