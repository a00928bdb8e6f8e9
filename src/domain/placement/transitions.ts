/**
 * The placement state machine (`/docs` shows this table). `planTransition` says whether a move is allowed and what
 * it sets in motion (seats, follow-ups); the service applies those effects in one atomic batch.
 */
import type { DeclineReason, EndReason, PlacementStatus } from './statuses';
import {
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  END_REASON_LABELS,
  END_REASONS,
  PLACEMENT_STATUS_LABELS,
  holdsSeat,
  isFinal,
  isRunning,
} from './statuses';

/** Where each status may go next; anything not listed is refused. */
export const PLACEMENT_TRANSITIONS: Record<PlacementStatus, readonly PlacementStatus[]> = {
  proposed: ['accepted', 'declined', 'cancelled'],
  accepted: ['trial', 'active', 'cancelled'],
  trial: ['active', 'ended'],
  active: ['ended'],
  declined: [],
  cancelled: [],
  ended: [],
};

/** The statuses that must be entered with a reason, and the reasons each accepts. */
const REASONS: Partial<Record<PlacementStatus, { codes: readonly string[]; labels: Record<string, string> }>> = {
  ended: { codes: END_REASONS, labels: END_REASON_LABELS },
  declined: { codes: DECLINE_REASONS, labels: DECLINE_REASON_LABELS },
};

export type TransitionRequest = { to: PlacementStatus; reason?: string | null };

export type TransitionEffects = {
  /** Entering `accepted`: one seat of the opportunity must be taken, or the move fails (`no_seats`). */
  takesSeat: boolean;
  /** Leaving a seat-holding status for a final one: the seat goes back. */
  releasesSeat: boolean;
  /** The placement starts today (first entry into `trial` or `active`): schedule follow-ups and record the start date. */
  startsFollowUps: boolean;
  /** Entering a final status: follow-ups still open are cancelled. */
  cancelsFollowUps: boolean;
};

export type TransitionErrorCode = 'invalid_transition' | 'reason_required' | 'invalid_reason';

export type TransitionPlan =
  | {
      ok: true;
      from: PlacementStatus;
      to: PlacementStatus;
      /** The reason to store: set only for `ended` and `declined`, otherwise null. */
      reason: EndReason | DeclineReason | null;
      effects: TransitionEffects;
    }
  | { ok: false; code: TransitionErrorCode; message: string };

/**
 * Checks a requested move from `current` and lists its effects. An empty `reason` counts as no
 * reason, because forms send an unselected choice as "". A reason on a move that takes none is
 * refused rather than dropped: `reason` is a code, not free text (that goes in `note`), so it most
 * likely means the wrong `to` was sent, and storing nothing silently would hide that.
 */
export function planTransition(current: PlacementStatus, request: TransitionRequest): TransitionPlan {
  const { to } = request;
  if (!PLACEMENT_TRANSITIONS[current].includes(to)) {
    return { ok: false, code: 'invalid_transition', message: invalidTransitionMessage(current, to) };
  }

  const reason = request.reason === '' ? null : (request.reason ?? null);
  const allowed = REASONS[to];
  const toLabel = PLACEMENT_STATUS_LABELS[to];
  if (!allowed && reason !== null) {
    return {
      ok: false,
      code: 'invalid_reason',
      message: `「${toLabel}」に進むときは理由を選びません。補足があればメモに書いてください`,
    };
  }
  if (allowed && reason === null) {
    return { ok: false, code: 'reason_required', message: `「${toLabel}」にするときは理由を選んでください` };
  }
  if (allowed && reason !== null && !allowed.codes.includes(reason)) {
    const choices = allowed.codes.map((code) => allowed.labels[code]).join('、');
    return { ok: false, code: 'invalid_reason', message: `「${toLabel}」の理由は次から選んでください: ${choices}` };
  }

  return {
    ok: true,
    from: current,
    to,
    reason: reason as EndReason | DeclineReason | null,
    effects: {
      takesSeat: to === 'accepted',
      releasesSeat: isFinal(to) && holdsSeat(current),
      // Entering a running status from one that was not running happens once per placement.
      startsFollowUps: isRunning(to) && !isRunning(current),
      cancelsFollowUps: isFinal(to),
    },
  };
}

/** Hosts answer proposals into their own opportunities; every later step is the supporters'. */
export function canHostTransition(from: PlacementStatus, to: PlacementStatus): boolean {
  return from === 'proposed' && (to === 'accepted' || to === 'declined');
}

function invalidTransitionMessage(from: PlacementStatus, to: PlacementStatus): string {
  const fromLabel = PLACEMENT_STATUS_LABELS[from];
  if (from === to) return `すでに「${fromLabel}」です`;
  if (isFinal(from)) return `「${fromLabel}」になったつなぎは、ほかの状態に進められません`;
  return `「${fromLabel}」から「${PLACEMENT_STATUS_LABELS[to]}」には進めません`;
}
