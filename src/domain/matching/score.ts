import type { HostRetention, Pay, Reason, Step, Support, TravelMode } from '../types';
import * as config from '../../config';
import type { TravelEstimate } from '../geo/travel';
import type { TermMatchKind } from '../text/term-match';
import { STEP_LABELS, SUPPORT_LABELS, formatDuration, quoted } from './labels';
import type { ScoreCode } from './types';

// The settings read while scoring every opportunity, copied once: run through Node's module
// loader (tsx), each read of an imported binding is a function call, and at 10,000 opportunities
// those calls were a tenth of a match.
const {
  HOST_RETENTION_CHECKPOINT_DAY,
  INTEREST_FULL_CREDIT_MATCHES,
  INTEREST_NEXT_MATCH_SHARE,
  MATCH_SCORE_WEIGHTS,
  PARTIAL_ATTENDANCE_CREDIT,
  PAY_CREDIT,
  RETENTION_MIN_PLACEMENTS,
  RETENTION_PRIOR_PLACEMENTS,
  RETENTION_PRIOR_RATE,
  SCHEDULE_FULL_CREDIT_MINUTES,
  STEP_BELOW_PENALTY,
  STEP_UP_CREDIT,
  SUPPORT_FULL_CREDIT_COUNT,
  TRAVEL_UNKNOWN_CREDIT,
} = config;

/**
 * The match score: a weighted mean (weights in config, per person, see weightsFor) of parts, each
 * 0…1, each worked out by one small function below. explainScore words the same part values, so
 * a reason is shown exactly when its part adds something to the score.
 */
export type ScoreParts = Record<ScoreCode, number>;
export type ScoreWeights = Record<ScoreCode, number>;

/** What the weights depend on about a person. */
export type WeightFacts = { hasInterests: boolean; wantsPay: boolean; hasCircumstances: boolean };

/** The weights for one person: a part that says nothing about them is left out of their mean. */
export function weightsFor({ hasInterests, wantsPay, hasCircumstances }: WeightFacts): ScoreWeights {
  return {
    ...MATCH_SCORE_WEIGHTS,
    interest: hasInterests ? MATCH_SCORE_WEIGHTS.interest : 0,
    pay: wantsPay ? MATCH_SCORE_WEIGHTS.pay : 0,
    understanding: hasCircumstances ? MATCH_SCORE_WEIGHTS.understanding : 0,
  };
}

/** How one of the person's interests was found in an opportunity, and what it earned. */
export type InterestHit = {
  interest: string;
  /** The words of the title or tags that matched, as written there; the interest itself in a description. */
  matched: string;
  kind: TermMatchKind;
  inDescription: boolean;
  credit: number;
};

/** What the first INTEREST_FULL_CREDIT_MATCHES of a person's `interests` (distinct ones) could earn. */
export function possibleInterestCredit(interests: number): number {
  let possible = 0;
  for (let k = 0; k < Math.min(interests, INTEREST_FULL_CREDIT_MATCHES); k++) possible += INTEREST_NEXT_MATCH_SHARE ** k;
  return possible;
}

/**
 * The interest part from each interest's credit (sorted in place, so pass a scratch array): the
 * best counts fully, each next one INTEREST_NEXT_MATCH_SHARE of the one before.
 */
export function interestPart(credits: Float64Array, possible: number): number {
  if (possible <= 0) return 0;
  // A person has a handful of interests: an insertion sort beats the built-in sort's set-up.
  for (let i = 1; i < credits.length; i++) {
    const credit = credits[i]!;
    let j = i - 1;
    for (; j >= 0 && credits[j]! > credit; j--) credits[j + 1] = credits[j]!;
    credits[j + 1] = credit;
  }
  let total = 0;
  let share = 1;
  for (let k = credits.length - 1; k >= 0 && credits[k]! > 0; k--) {
    total += share * credits[k]!;
    share *= INTEREST_NEXT_MATCH_SHARE;
  }
  return Math.min(1, total / possible);
}

/** Full credit at the person's step, a little less one above, less for each step below. */
export function stepPart(personStep: Step, opportunityStep: Step): number {
  const below = personStep - opportunityStep;
  if (below === 0) return 1;
  if (below < 0) return STEP_UP_CREDIT;
  return Math.max(0, 1 - below * STEP_BELOW_PENALTY);
}

/** What the schedule part reads: minutes a week, and the trip that each visit costs. */
export type ScheduleFit = {
  /** Shared minutes a week, in windows long enough to take part in. */
  usableMinutes: number;
  /** Of the opportunity's slots, minutes a week the person can attend from start to end. */
  wholeMinutes: number;
  /** The longest single shared window: what one visit can give. */
  longestMinutes: number;
  /** There and back; 0 online or when unknown. */
  roundTripMinutes: number;
};

/**
 * Shared hours a week (full credit from SCHEDULE_FULL_CREDIT_MINUTES), kept in part when every
 * slot runs past the person's free time, and in proportion when going there and back takes
 * longer than a visit lasts.
 */
export function schedulePart(fit: ScheduleFit): number {
  const hours = Math.min(1, fit.usableMinutes / SCHEDULE_FULL_CREDIT_MINUTES);
  const whole = fit.wholeMinutes > 0 ? 1 : PARTIAL_ATTENDANCE_CREDIT;
  const trip = fit.roundTripMinutes > fit.longestMinutes ? fit.longestMinutes / fit.roundTripMinutes : 1;
  return hours * whole * trip;
}

/**
 * Online counts as no trip; a measured trip earns 1 − (minutes / limit)²: near home the minutes
 * barely matter, toward the person's limit each one costs more.
 */
export function travelPart(estimate: TravelEstimate, maxMinutes: number): number {
  switch (estimate.kind) {
    case 'online':
      return 1;
    case 'measured':
      return maxMinutes > 0 ? Math.max(0, 1 - (estimate.minutes / maxMinutes) ** 2) : 1;
    case 'same_area':
      return TRAVEL_UNKNOWN_CREDIT;
    default:
      return 0;
  }
}

/** Credit for the opportunity's pay; counted only for a person who wants income (weightsFor). */
export function payPart(pay: Pay): number {
  return PAY_CREDIT[pay];
}

/** Full credit when the host understands any of the person's circumstances. */
export function understandingPart(circumstances: readonly string[], hostUnderstanding: readonly string[]): number {
  for (const circumstance of circumstances) if (hostUnderstanding.includes(circumstance)) return 1;
  return 0;
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

/**
 * The host's retention rate (at HOST_RETENTION_CHECKPOINT_DAY) pulled toward a neutral prior,
 * credited only above that prior and only once the record covers RETENTION_MIN_PLACEMENTS: a
 * record about one or two other people says nothing yet, and a host new to this work is not
 * ranked down for it.
 */
export function retentionPart(record: HostRetention | undefined): number {
  const eligible = Math.max(0, record?.eligible ?? 0);
  if (eligible < RETENTION_MIN_PLACEMENTS) return 0;
  const retained = Math.min(eligible, Math.max(0, record?.retained ?? 0));
  const rate = (retained + RETENTION_PRIOR_RATE * RETENTION_PRIOR_PLACEMENTS) / (eligible + RETENTION_PRIOR_PLACEMENTS);
  return Math.max(0, (rate - RETENTION_PRIOR_RATE) / (1 - RETENTION_PRIOR_RATE));
}

/** The weights' sum for one person, worked out once per request. */
export function weightSum(weights: ScoreWeights): number {
  return Object.values(weights).reduce((sum, w) => sum + w, 0);
}

/** The score 0…1, rounded to two decimals as it is shown. */
export function combineScore(parts: ScoreParts, weights: ScoreWeights, sum: number): number {
  const total =
    weights.interest * parts.interest +
    weights.step * parts.step +
    weights.schedule * parts.schedule +
    weights.travel * parts.travel +
    weights.pay * parts.pay +
    weights.understanding * parts.understanding +
    weights.support * parts.support +
    weights.retention * parts.retention;
  return sum > 0 ? Math.round((total / sum) * 100) / 100 : 0;
}

/** What an explanation needs beyond the parts themselves. */
export type ScoreContext = {
  interestHits: readonly InterestHit[];
  personStep: Step;
  opportunityStep: Step;
  schedule: ScheduleFit;
  travel: TravelEstimate;
  pay: Pay;
  needs: readonly Support[];
  support: readonly Support[];
  retention: HostRetention | undefined;
};

/**
 * One reason for every part that adds to the score, largest contribution first. Parts that add
 * nothing (no interest found, no extra support) are left out rather than explained as a lack.
 */
export function explainScore(parts: ScoreParts, weights: ScoreWeights, context: ScoreContext): Reason[] {
  const explained: { weight: number; reasons: Reason[] }[] = [];
  const add = (code: ScoreCode, reasons: Reason[]) => {
    const weight = weights[code] * parts[code];
    if (weight > 0 && reasons.length > 0) explained.push({ weight, reasons });
  };
  add('interest', interestReasons(context.interestHits));
  add('step', [stepReason(context.personStep, context.opportunityStep)]);
  add('schedule', [scheduleReason(context.schedule)]);
  add('travel', travelReasons(context.travel));
  add('pay', payReasons(context.pay));
  add('understanding', [{ code: 'understanding', message: '受け入れ先が、本人と似た状況の人の受け入れに理解があります' }]);
  add('support', supportReasons(context.needs, context.support));
  add('retention', retentionReasons(context.retention));
  explained.sort((a, b) => b.weight - a.weight);
  return explained.flatMap((e) => e.reasons);
}

/** Strongest first; one sentence per thing said, however many interests led to it. */
function interestReasons(hits: readonly InterestHit[]): Reason[] {
  const messages = [...hits].sort((a, b) => b.credit - a.credit).map(interestMessage);
  return [...new Set(messages)].map((message) => ({ code: 'interest', message }));
}

function interestMessage({ interest, matched, kind, inDescription }: InterestHit): string {
  if (inDescription) return `説明に、関心のある「${interest}」に合うことが書かれています`;
  return kind === 'exact' ? `関心のある「${interest}」に合う内容です` : `「${interest}」が「${matched}」に合います`;
}

function stepReason(personStep: Step, opportunityStep: Step): Reason {
  const label = `段階${opportunityStep}（${STEP_LABELS[opportunityStep]}）`;
  if (opportunityStep === personStep) return { code: 'step', message: `いまの段階と同じ${label}の内容です` };
  if (opportunityStep > personStep) return { code: 'step', message: `いまの段階から一歩進んだ${label}の内容です` };
  return { code: 'step', message: `いまの段階より軽めの${label}の内容です` };
}

function scheduleReason(fit: ScheduleFit): Reason {
  const notes: string[] = [];
  if (fit.wholeMinutes === 0) notes.push('どの回も、終わりの時刻までは参加できない時間帯です');
  if (fit.roundTripMinutes > fit.longestMinutes) notes.push('1回に参加できる時間より、往復の移動のほうが長くかかります');
  const note = notes.length > 0 ? `（${notes.join('。')}）` : '';
  return { code: 'schedule', message: `参加できる時間と週に${formatDuration(fit.usableMinutes)}重なります${note}` };
}

const TRAVEL_MODE_PHRASES: Record<TravelMode, string> = {
  walk: '歩いて',
  bicycle: '自転車で',
  bus: 'バスで',
  train: '電車で',
  car: '車で',
};

function travelReasons(travel: TravelEstimate): Reason[] {
  switch (travel.kind) {
    case 'online':
      return [{ code: 'travel', message: 'オンラインで参加できます' }];
    case 'measured':
      return [{ code: 'travel', message: `${TRAVEL_MODE_PHRASES[travel.mode]}片道およそ${Math.ceil(travel.minutes)}分（目安）` }];
    case 'same_area':
      return [{ code: 'travel', message: '住まいと同じ地域にあります' }];
    default:
      return [];
  }
}

function payReasons(pay: Pay): Reason[] {
  if (pay === 'wage') return [{ code: 'pay', message: '給料（時給など）が出る仕事で、収入を得たいという希望に合います' }];
  if (pay === 'allowance') return [{ code: 'pay', message: '工賃や謝礼があり、収入を得たいという希望に合います' }];
  return [];
}

function supportReasons(needs: readonly Support[], support: readonly Support[]): Reason[] {
  const extra = support.filter((s) => !needs.includes(s)).map((s) => SUPPORT_LABELS[s]);
  if (extra.length === 0) return [];
  const lead = needs.length > 0 ? '必要な支援に加えて、' : '';
  return [{ code: 'support', message: `${lead}${quoted(extra)}があります` }];
}

function retentionReasons(record: HostRetention | undefined): Reason[] {
  const eligible = Math.max(0, record?.eligible ?? 0);
  const retained = Math.min(eligible, Math.max(0, record?.retained ?? 0));
  return [
    {
      code: 'retention',
      message: `これまでにつないだ${eligible}人のうち${retained}人が${HOST_RETENTION_CHECKPOINT_DAY}日以上続いています`,
    },
  ];
}
