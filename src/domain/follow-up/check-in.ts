/** The vocabulary of a follow-up check-in (フォローアップ記録), with labels for screens and CSV. */

export const CHECK_IN_CHANNELS = ['visit', 'phone', 'online', 'host_report', 'participant_contact'] as const;
export type CheckInChannel = (typeof CHECK_IN_CHANNELS)[number];

export const CHECK_IN_CHANNEL_LABELS: Record<CheckInChannel, string> = {
  visit: '訪問',
  phone: '電話',
  online: 'オンライン',
  host_report: '受け入れ先からの報告',
  participant_contact: '本人からの連絡',
};

export const CONCERNS = ['absence', 'conflict', 'health', 'workload', 'other'] as const;
export type Concern = (typeof CONCERNS)[number];

export const CONCERN_LABELS: Record<Concern, string> = {
  absence: '欠席',
  conflict: '人間関係のトラブル',
  health: '体調',
  workload: '負担の大きさ',
  other: 'その他',
};
