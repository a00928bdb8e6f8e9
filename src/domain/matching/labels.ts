import type { ConversationLevel, Gender, GroupSize, Step, Support } from '../types';
import type { ExclusionCode } from './types';

/** Japanese words used in match explanations. */

export const STEP_LABELS: Record<Step, string> = {
  1: '居場所',
  2: '交流・軽い役割',
  3: 'ボランティア・就労体験',
  4: '中間的就労',
  5: '一般就労',
};

export const SUPPORT_LABELS: Record<Support, string> = {
  trial_visit: '見学・お試し参加',
  accompaniment: '同行支援',
  quiet_space: '静かに休める場所',
  job_coach: 'ジョブコーチ',
  online: 'オンライン参加',
  flexible_attendance: '柔軟な出欠',
  short_hours: '短時間からの参加',
};

export const GROUP_SIZE_LABELS: Record<GroupSize, string> = { solo: '一人', small: '少人数', large: '大人数' };

export const CONVERSATION_LABELS: Record<ConversationLevel, string> = { none: 'なし', little: '少なめ', much: '多い' };

/** A place described by its conversation, for sentences: 「会話の多い場で…」. */
export const CONVERSATION_SETTING_LABELS: Record<ConversationLevel, string> = {
  none: '会話のない',
  little: '会話の少ない',
  much: '会話の多い',
};

export const GENDER_LABELS: Record<Gender, string> = { female: '女性', male: '男性', other: 'その他の性', unspecified: '性別を答えない人' };

/** "1時間30分", "45分", "2時間". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分`;
  return m === 0 ? `${h}時間` : `${h}時間${m}分`;
}

/** Labels joined the way Japanese lists them: 「A」「B」. */
export function quoted(labels: readonly string[]): string {
  return labels.map((label) => `「${label}」`).join('');
}

/** Each hard constraint in a few words, for lists and charts of excluded openings. */
export const EXCLUSION_LABELS: Record<ExclusionCode, string> = {
  not_open: '募集していない',
  full: '空きがない',
  schedule: '時間が合わない',
  travel: '移動時間が長すぎる',
  age: '年齢の条件に合わない',
  gender: '性別の条件に合わない',
  needs: '必要な支援がない',
  environment: '人数・会話などが合わない',
  step: '段階が高すぎる',
};
