/**
 * The unmet-needs report as CSV for Excel (BOM, CRLF): the totals first, then one row per group
 * with its profile, its binding constraints and the suggestion in the words a host would hear.
 * Like the JSON, it names no one.
 */
import { AREA_LABELS } from '../../config';
import { EXCLUSION_LABELS, STEP_LABELS, SUPPORT_LABELS } from '../../domain/matching/labels';
import type { Step } from '../../domain/types';
import { TIME_BAND_LABELS, type CoarseProfile } from '../../domain/unmet-needs/coarse-profile';
import { csvCell } from './csv';
import type { UnmetNeedsReport } from './unmet-needs';

/** A key the group was merged over reads as "any". */
const ANY = '（問わない）';

export function profileCells(profile: CoarseProfile): string[] {
  return [
    profile.area === undefined ? ANY : (AREA_LABELS[profile.area] ?? profile.area),
    profile.timeBand === undefined ? ANY : TIME_BAND_LABELS[profile.timeBand],
    profile.step === undefined ? ANY : `段階${profile.step}（${STEP_LABELS[profile.step as Step]}）`,
    profile.needs === undefined ? ANY : profile.needs.length ? profile.needs.map((need) => SUPPORT_LABELS[need]).join('・') : 'なし',
  ];
}

export function unmetNeedsCsv(report: UnmetNeedsReport): string {
  const lines = [
    ['集計日', '基準（合う受け入れメニューの数）', '待っている人', '合う受け入れメニューが基準より少ない人', '3人未満のため表に含めない人'],
    [report.asOf, String(report.threshold), String(report.considered), String(report.underserved), String(report.suppressed)],
    [],
    [
      '地域',
      '参加できる時間帯',
      '段階',
      '必要な支援',
      '人数',
      'それだけで参加を妨げている条件（人数）',
      '提案',
      '参加できるようになる人数',
    ],
    ...report.groups.map((group) => [
      ...profileCells(group.profile),
      String(group.people),
      group.binding.map((binding) => `${EXCLUSION_LABELS[binding.code]} ${binding.people}人`).join('、'),
      group.suggestion?.message ?? '',
      String(group.suggestion?.wouldServe ?? 0),
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function unmetNeedsFilename(report: UnmetNeedsReport): string {
  return `tsunagu-unmet-needs-${report.asOf}.csv`;
}
