import { FOLLOW_UP_DAYS } from '../../config';
import { DECLINE_REASONS, END_REASONS, PLACEMENT_STATUSES, type PlacementStatus } from '../../domain/placement/statuses';
import { canHostTransition, PLACEMENT_TRANSITIONS, planTransition, type TransitionEffects } from '../../domain/placement/transitions';

/** The reasons of the statuses entered with one; the first of each lets every allowed move be planned for its effects. */
const REASONS: Partial<Record<PlacementStatus, readonly [string, ...string[]]>> = { ended: END_REASONS, declined: DECLINE_REASONS };

const EFFECT_LABELS: Record<keyof TransitionEffects, string> = {
  takesSeat: '席を1つ使う（空きがなければ 409 no_seats）',
  releasesSeat: '席を戻す',
  startsFollowUps: `開始日から ${FOLLOW_UP_DAYS.join('・')} 日後にフォローアップを予定`,
  cancelsFollowUps: '残っているフォローアップがあれば取り消す',
};

/**
 * The placement state machine as a Markdown table for the transitions operation. Each row is
 * planned by the domain itself, so the published table cannot drift from what the service does;
 * a move the table allows but the domain refuses fails at start-up.
 */
export function stateMachineTable(): string {
  const rows = PLACEMENT_STATUSES.flatMap((from) =>
    PLACEMENT_TRANSITIONS[from].map((to) => {
      const reasons = REASONS[to];
      const plan = planTransition(from, { to, reason: reasons?.[0] ?? null });
      if (!plan.ok) throw new Error(`state machine table: ${from} → ${to} is listed but refused (${plan.code})`);
      const effects = (Object.keys(EFFECT_LABELS) as (keyof TransitionEffects)[]).filter((effect) => plan.effects[effect]);
      const reason = reasons ? `必須: ${reasons.join(' / ')}` : '—';
      const host = canHostTransition(from, to) ? '可' : '—';
      return `| \`${from}\` | \`${to}\` | ${reason} | ${effects.map((effect) => EFFECT_LABELS[effect]).join('、') || '—'} | ${host} |`;
    }),
  );
  return ['| from | to | reason | 起きること | 受け入れ先 |', '|---|---|---|---|---|', ...rows].join('\n');
}
