/**
 * The summary report as CSV for Excel: one metric per row (区分, 指標, 値), Japanese names, a BOM so
 * Excel reads the file as UTF-8, CRLF line ends. This is the one place that names every metric of
 * the summary in Japanese; rows come in the same order as the fields of the JSON.
 */
import { AREA_LABELS, RETENTION_CHECKPOINT_DAYS, STALE_LISTING_DAYS } from '../../config';
import { HOST_STATUS_LABELS, HOST_TYPE_LABELS, OPPORTUNITY_KIND_LABELS } from '../../domain/catalog/labels';
import { STEP_LABELS } from '../../domain/matching/labels';
import { DECLINE_REASON_LABELS, END_REASON_LABELS } from '../../domain/placement/statuses';
import type { Step } from '../../domain/types';
import { HOST_SUPPORT_TYPE_LABELS } from '../../domain/host-support/types';
import { retentionKey } from '../../domain/placement/retention';
import type { ReportSummary } from './reports';

type SummaryRow = { section: string; metric: string; value: string | number | null };

const HEADER = ['区分', '指標', '値'];

function summaryRows(s: ReportSummary): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const section = (name: string) => (metric: string, value: SummaryRow['value']) => rows.push({ section: name, metric, value });
  const each = <K extends string>(add: ReturnType<typeof section>, counts: Record<K, number>, label: (key: K) => string) => {
    for (const key of Object.keys(counts) as K[]) add(label(key), counts[key]);
  };

  const period = section('期間');
  period('開始日', s.period.from);
  period('終了日', s.period.to);
  period('集計日', s.asOf);

  const people = section('参加者');
  people('登録者数（終了日まで）', s.participants.total);
  each(people, s.participants.byStep, (step) => `段階${step}（${STEP_LABELS[Number(step) as Step]}）`);
  people('同意あり（現在）', s.participants.withConsent);
  people('新規登録', s.participants.newlyRegistered);
  each(people, s.participants.byReferral, (source) => `新規登録（紹介元: ${source}）`);

  const placements = section('つなぎ');
  placements('提案', s.placements.proposed);
  placements('参加開始', s.placements.started);
  placements('参加中（現在）', s.placements.active);
  each(placements, s.placements.endedByReason, (reason) => `終了（理由: ${END_REASON_LABELS[reason]}）`);
  each(placements, s.placements.declinedByReason, (reason) => `見送り（理由: ${DECLINE_REASON_LABELS[reason]}）`);
  each(placements, s.placements.byKind, (kind) => `参加開始（種類: ${OPPORTUNITY_KIND_LABELS[kind]}）`);
  placements('段階が上がった参加者', s.placements.stepMovesUp);

  const retention = section('定着');
  for (const day of RETENTION_CHECKPOINT_DAYS) {
    const figure = s.retention[retentionKey(day)]!;
    retention(`${day}日後の対象`, figure.eligible);
    retention(`${day}日後に定着`, figure.retained);
    retention(`${day}日後の定着率`, figure.rate);
  }

  const followUps = section('フォローアップ');
  followUps('期日を迎えた', s.followUps.dueInPeriod);
  followUps('期日までに実施', s.followUps.completedOnTime);
  followUps('期日を過ぎて実施', s.followUps.late);
  followUps('未実施', s.followUps.notCompleted);
  followUps('期日超過（現在）', s.followUps.overdue);

  const hosts = section('受け入れ先');
  hosts('受け入れ中（現在）', s.hosts.active);
  hosts('新規登録（資源開拓）', s.hosts.new);
  each(hosts, s.hosts.byType, (type) => `受け入れ中（種類: ${HOST_TYPE_LABELS[type]}）`);
  each(hosts, s.hosts.byStatus, (status) => `状態: ${HOST_STATUS_LABELS[status]}（現在）`);

  const opportunities = section('受け入れメニュー');
  each(opportunities, s.opportunities.openByKind, (kind) => `募集中（種類: ${OPPORTUNITY_KIND_LABELS[kind]}）`);
  each(opportunities, s.opportunities.openByArea, (area) => `募集中（地域: ${AREA_LABELS[area]}）`);
  opportunities('定員の合計（募集中）', s.opportunities.seatsTotal);
  opportunities('利用中の席（募集中）', s.opportunities.seatsFilled);
  opportunities(`${STALE_LISTING_DAYS}日以上確認のない掲載（募集中）`, s.opportunities.stale);

  const support = section('受け入れ先支援');
  each(support, s.hostSupport.byType, (type) => HOST_SUPPORT_TYPE_LABELS[type]);

  return rows;
}

/** The CSV file: BOM, header row, one row per metric; an empty value is a rate with nothing to count. */
export function summaryCsv(summary: ReportSummary): string {
  const lines = [HEADER, ...summaryRows(summary).map((r) => [r.section, r.metric, r.value === null ? '' : String(r.value)])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function summaryFilename(summary: ReportSummary): string {
  return `tsunagu-summary-${summary.period.from}_${summary.period.to}.csv`;
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
