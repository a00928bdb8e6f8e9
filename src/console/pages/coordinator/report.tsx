import type { Child } from 'hono/jsx';
import { RETENTION_CHECKPOINT_DAYS } from '../../../config';
import { OPPORTUNITY_KIND_LABELS } from '../../../domain/catalog/labels';
import { HOST_SUPPORT_TYPE_LABELS } from '../../../domain/host-support/types';
import { STEP_LABELS } from '../../../domain/matching/labels';
import { retentionKey } from '../../../domain/placement/retention';
import { END_REASON_LABELS } from '../../../domain/placement/statuses';
import { STEPS } from '../../../domain/types';
import type { ReportSummary, RetentionFigure } from '../../../services/reports';
import { BarChart, barsOf } from '../../components/bar-chart';
import { Field, FormErrors, type FieldMessages } from '../../components/field';
import { Layout, type Viewer } from '../../components/layout';

type Props = { viewer: Viewer; period: { from: string; to: string }; summary: ReportSummary | null; errors: FieldMessages };

function Figure({ term, children }: { term: string; children?: Child }) {
  return (
    <div class="row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function retentionText({ eligible, retained, rate }: RetentionFigure): string {
  return rate === null ? '対象なし' : `${Math.round(rate * 100)}%（${eligible}件中${retained}件）`;
}

/** The summary for a period: the period picker, the key figures, bar charts and the CSV. */
export function ReportPage({ viewer, period, summary, errors }: Props) {
  const csvHref = `/reports/summary.csv?${new URLSearchParams(period)}`;
  return (
    <Layout title="集計レポート" viewer={viewer} current="/reports">
      <FormErrors errors={errors} />
      <form method="get" action="/reports" class="filters" aria-label="集計期間">
        <Field label="期間の初日" name="from" type="date" value={period.from} errors={errors} />
        <Field label="期間の最終日" name="to" type="date" value={period.to} errors={errors} />
        <button type="submit">この期間で集計する</button>
      </form>
      <p class="hint">はじめは今年度（4月1日〜3月31日）を表示しています。</p>
      {summary ? <Summary summary={summary} csvHref={csvHref} /> : null}
    </Layout>
  );
}

function Summary({ summary: s, csvHref }: { summary: ReportSummary; csvHref: string }) {
  const steps = STEPS.map((step) => ({ label: `${step} ${STEP_LABELS[step]}`, value: s.participants.byStep[`${step}`] }));
  const followUps = [
    { label: '期日までに実施', value: s.followUps.completedOnTime },
    { label: '期日後に実施', value: s.followUps.late },
    { label: '未実施', value: s.followUps.notCompleted },
  ];
  return (
    <>
      <p class="actions">
        <a class="button" href={csvHref} download>
          CSVをダウンロード（Excel用）
        </a>
      </p>
      <p>
        {s.period.from} 〜 {s.period.to} の集計（{s.asOf} 現在）
      </p>
      <section aria-labelledby="key-figures">
        <h2 id="key-figures">主な数</h2>
        <dl class="facts">
          <Figure term="登録している参加者">
            {s.participants.total}人（うち同意あり {s.participants.withConsent}人・期間中の新規 {s.participants.newlyRegistered}人）
          </Figure>
          <Figure term="期間中の提案">{s.placements.proposed}件</Figure>
          <Figure term="期間中に始まった参加">{s.placements.started}件</Figure>
          <Figure term="いま参加中">{s.placements.active}件</Figure>
          {RETENTION_CHECKPOINT_DAYS.map((day) => (
            <Figure term={`${day}日後も続いている`}>{retentionText(s.retention[retentionKey(day)]!)}</Figure>
          ))}
          <Figure term="期限切れのフォローアップ（いま）">{s.followUps.overdue}件</Figure>
          <Figure term="受け入れ中の受け入れ先（いま）">{s.hosts.active}か所</Figure>
          <Figure term="期間中に新しく登録した受け入れ先">{s.hosts.new}か所（準備中も含む）</Figure>
          <Figure term="募集中の席">
            {s.opportunities.seatsFilled} / {s.opportunities.seatsTotal}席が利用中
          </Figure>
        </dl>
      </section>
      <section aria-labelledby="charts">
        <h2 id="charts">グラフ</h2>
        <div class="charts">
          <BarChart id="chart-steps" title="参加者の段階（いま）" bars={steps} />
          <BarChart id="chart-started" title="期間中に始まった参加（種類別）" bars={barsOf(s.placements.byKind, OPPORTUNITY_KIND_LABELS)} />
          <BarChart
            id="chart-ended"
            title="期間中に終わったつなぎ（理由別）"
            bars={barsOf(s.placements.endedByReason, END_REASON_LABELS)}
          />
          <BarChart id="chart-follow-ups" title="期間中が期日のフォローアップ" bars={followUps} />
          <BarChart
            id="chart-open"
            title="募集中の受け入れメニュー（種類別）"
            bars={barsOf(s.opportunities.openByKind, OPPORTUNITY_KIND_LABELS)}
          />
          <BarChart id="chart-support" title="受け入れ先の支援（種類別）" bars={barsOf(s.hostSupport.byType, HOST_SUPPORT_TYPE_LABELS)} />
        </div>
      </section>
    </>
  );
}
