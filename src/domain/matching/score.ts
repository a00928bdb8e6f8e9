import type { HostRetention, Reason, Step, Support } from '../types';
import {
  MATCH_SCORE_WEIGHTS,
  RETENTION_PRIOR_PLACEMENTS,
  RETENTION_PRIOR_RATE,
  SCHEDULE_FULL_CREDIT_MINUTES,
  STEP_BELOW_PENALTY,
  SUPPORT_FULL_CREDIT_COUNT,
  TRAVEL_UNKNOWN_CREDIT,
} from '../../config';
import type { TravelEstimate } from '../geo/travel';
import type { TermMatch } from '../text/term-match';
import { STEP_LABELS, SUPPORT_LABELS, formatDuration, quoted } from './labels';
import type { ScoreCode } from './types';

/**
 * The match score: a weighted mean (weights in config) of six parts, each 0…1, each worked out
 * by one small function below. explainScore words the same part values, so a reason is shown
 * exactly when its part adds something to the score.
 */
export type ScoreParts = Record<ScoreCode, number>;

/** An interest of the person and how it matched the opportunity's title or tags. */
export type InterestHit = { interest: string; match: TermMatch };

/** The strongest interest match (exact beats synonym beats partial or fuzzy); 0 with none. */
export function interestPart(strongestMatch: number): number {
  return Math.min(1, Math.max(0, strongestMatch));
}

/** Full credit at the person's step or one above; each step below costs a little. */
export function stepPart(personStep: Step, opportunityStep: Step): number {
  const below = personStep - opportunityStep;
  return below <= 0 ? 1 : Math.max(0, 1 - below * STEP_BELOW_PENALTY);
}

/** Shared hours a week, full credit from SCHEDULE_FULL_CREDIT_MINUTES. */
export function schedulePart(usableMinutes: number): number {
  return Math.min(1, usableMinutes / SCHEDULE_FULL_CREDIT_MINUTES);
}

/** Online counts as no trip; a measured trip earns the share of the person's limit it leaves. */
export function travelPart(estimate: TravelEstimate, maxMinutes: number): number {
  switch (estimate.kind) {
    case 'online':
      return 1;
    case 'measured':
      return maxMinutes > 0 ? Math.max(0, 1 - estimate.minutes / maxMinutes) : 1;
    case 'same_area':
      return TRAVEL_UNKNOWN_CREDIT;
    default:
      return 0;
  }
}

/** Support offered beyond the person's needs, full credit from SUPPORT_FULL_CREDIT_COUNT kinds. */
export function supportPart(needs: readonly Support[], support: readonly Support[]): number {
  let extra = 0;
  for (const s of support) if (!needs.includes(s)) extra++;
  return extraSupportPart(extra);
}

/** supportPart from the number of support kinds offered beyond the needs. */
export function extraSupportPart(extra: number): number {
  return Math.min(1, extra / SUPPORT_FULL_CREDIT_COUNT);
}

/** The host's 90-day retention rate, pulled toward a neutral prior while the record is short. */
export function retentionPart(record: HostRetention | undefined): number {
  const eligible = Math.max(0, record?.eligible ?? 0);
  const retained = Math.min(eligible, Math.max(0, record?.retained ?? 0));
  return (retained + RETENTION_PRIOR_RATE * RETENTION_PRIOR_PLACEMENTS) / (eligible + RETENTION_PRIOR_PLACEMENTS);
}

const WEIGHT_SUM = Object.values(MATCH_SCORE_WEIGHTS).reduce((sum, w) => sum + w, 0);

/** The score 0…1, rounded to two decimals as it is shown. */
export function combineScore(parts: ScoreParts): number {
  const w = MATCH_SCORE_WEIGHTS;
  const total =
    w.interest * parts.interest +
    w.step * parts.step +
    w.schedule * parts.schedule +
    w.travel * parts.travel +
    w.support * parts.support +
    w.retention * parts.retention;
  return WEIGHT_SUM > 0 ? Math.round((total / WEIGHT_SUM) * 100) / 100 : 0;
}

/** What an explanation needs beyond the parts themselves. */
export type ScoreContext = {
  interestHits: readonly InterestHit[];
  personStep: Step;
  opportunityStep: Step;
  usableMinutes: number;
  travel: TravelEstimate;
  needs: readonly Support[];
  support: readonly Support[];
  retention: HostRetention | undefined;
};

/**
 * One reason for every part that adds to the score, largest contribution first. Parts that add
 * nothing (no interest found, no extra support) are left out rather than explained as a lack.
 */
export function explainScore(parts: ScoreParts, context: ScoreContext): Reason[] {
  const explained: { weight: number; reasons: Reason[] }[] = [];
  const add = (code: ScoreCode, reasons: Reason[]) => {
    const weight = MATCH_SCORE_WEIGHTS[code] * parts[code];
    if (weight > 0 && reasons.length > 0) explained.push({ weight, reasons });
  };
  add('interest', context.interestHits.map(interestReason));
  add('step', [stepReason(context.personStep, context.opportunityStep)]);
  add('schedule', [{ code: 'schedule', message: `参加できる時間と週に${formatDuration(context.usableMinutes)}重なります` }]);
  add('travel', travelReasons(context.travel));
  add('support', supportReasons(context.needs, context.support));
  add('retention', [retentionReason(context.retention)]);
  explained.sort((a, b) => b.weight - a.weight);
  return explained.flatMap((e) => e.reasons);
}

function interestReason({ interest, match }: InterestHit): Reason {
  const message =
    match.kind === 'exact'
      ? `関心のある「${interest}」に合う内容です`
      : `「${interest}」が「${match.matched}」に合います`;
  return { code: 'interest', message };
}

function stepReason(personStep: Step, opportunityStep: Step): Reason {
  const label = `段階${opportunityStep}（${STEP_LABELS[opportunityStep]}）`;
  if (opportunityStep === personStep) return { code: 'step', message: `いまの段階と同じ${label}の内容です` };
  if (opportunityStep > personStep) return { code: 'step', message: `いまの段階から一歩進んだ${label}の内容です` };
  return { code: 'step', message: `いまの段階より軽めの${label}の内容です` };
}

function travelReasons(travel: TravelEstimate): Reason[] {
  switch (travel.kind) {
    case 'online':
      return [{ code: 'travel', message: 'オンラインで参加できます' }];
    case 'measured':
      return [{ code: 'travel', message: `片道およそ${Math.ceil(travel.minutes)}分で通えます` }];
    case 'same_area':
      return [{ code: 'travel', message: '住まいと同じ地域にあります' }];
    default:
      return [];
  }
}

function supportReasons(needs: readonly Support[], support: readonly Support[]): Reason[] {
  const extra = support.filter((s) => !needs.includes(s)).map((s) => SUPPORT_LABELS[s]);
  if (extra.length === 0) return [];
  const lead = needs.length > 0 ? '必要な支援に加えて、' : '';
  return [{ code: 'support', message: `${lead}${quoted(extra)}があります` }];
}

function retentionReason(record: HostRetention | undefined): Reason {
  const eligible = Math.max(0, record?.eligible ?? 0);
  if (eligible === 0) {
    return { code: 'retention', message: 'まだ定着の実績がないため、定着の評価は中くらいとしています' };
  }
  const retained = Math.min(eligible, Math.max(0, record?.retained ?? 0));
  const few = eligible < RETENTION_PRIOR_PLACEMENTS ? '（件数が少ないため、評価は中くらいに寄せています）' : '';
  return {
    code: 'retention',
    message: `これまでにつないだ${eligible}人のうち${retained}人が90日以上続いています${few}`,
  };
}
