/**
 * The words of a placement's life (つなぎ): its statuses and the reasons recorded when it is
 * declined or ends, each with the Japanese label people see in screens, reports and CSV.
 */

export const PLACEMENT_STATUSES = ['proposed', 'accepted', 'declined', 'cancelled', 'trial', 'active', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = {
  proposed: '提案中',
  accepted: '受け入れ決定',
  declined: '見送り',
  cancelled: '取りやめ',
  trial: 'お試し参加中',
  active: '参加中',
  ended: '終了',
};

/** Why a placement that had started came to an end. */
export const END_REASONS = ['completed', 'moved_on', 'participant_withdrew', 'host_ended', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const END_REASON_LABELS: Record<EndReason, string> = {
  completed: '予定どおり修了',
  moved_on: '次の段階へ移行',
  participant_withdrew: '本人の希望で終了',
  host_ended: '受け入れ先の事情で終了',
  other: 'その他',
};

/** Why a proposal was not taken up. */
export const DECLINE_REASONS = ['no_capacity', 'not_a_fit', 'participant_declined', 'no_response', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  no_capacity: '受け入れの余裕がない',
  not_a_fit: '内容が合わない',
  participant_declined: '本人が辞退',
  no_response: '連絡がつかない',
  other: 'その他',
};

/** Seats are held from acceptance until the placement is over. */
export function holdsSeat(status: PlacementStatus): boolean {
  return status === 'accepted' || status === 'trial' || status === 'active';
}

/** The participant is taking part: the placement has started and follow-up runs. */
export function isRunning(status: PlacementStatus): boolean {
  return status === 'trial' || status === 'active';
}

/** Nothing follows these: the placement's story is finished. */
export function isFinal(status: PlacementStatus): boolean {
  return status === 'declined' || status === 'cancelled' || status === 'ended';
}
