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

/** Only a staff contact completes a follow-up: a host's report informs it but is not the visit or call. */
export function completesFollowUp(channel: CheckInChannel): boolean {
  return channel !== 'host_report';
}

/**
 * Why a host report says nothing, or null when it says something: it must carry what the host saw
 * (`hostVoice`) or the attendance.
 */
export function emptyHostReport(report: { channel: CheckInChannel; hostVoice?: string | null; attendance?: unknown }): string | null {
  if (report.channel !== 'host_report') return null;
  if ((report.hostVoice ?? '').trim() !== '' || report.attendance) return null;
  return '受け入れ先からの報告には、様子（hostVoice）か出席（attendance）を書いてください';
}
