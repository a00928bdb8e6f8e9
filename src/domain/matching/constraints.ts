import type { Attendance, Eligibility, Environment, Gender, Limits, MatchableOpportunity, Profile, Slot, Step, Support } from '../types';
import { MIN_OVERLAP_MINUTES, SHORT_HOURS_MAX_SLOT_MINUTES } from '../../config';
import { everySlotAtMost } from '../schedule/sessions';
import { isWithinReach, type TravelEstimate } from '../geo/travel';
import { CONVERSATION_SETTING_LABELS, GENDER_LABELS, GROUP_SIZE_LABELS, STEP_LABELS, SUPPORT_LABELS, formatDuration } from './labels';
import { memoByKey } from './memo';
import type { Exclusion } from './types';

/**
 * The hard constraints. Each rule is a yes/no test (used on every opportunity, so it allocates
 * nothing) and a check that says, in plain Japanese, why the opportunity is left out, or null when
 * it passes. The check is built on the test, so the two can never disagree. The common reasons
 * are shared frozen objects (see memoByKey).
 */

export const GROUP_RANK = { solo: 0, small: 1, large: 2 } as const;
export const CONVERSATION_RANK = { none: 0, little: 1, much: 2 } as const;

export function isOpen(status: MatchableOpportunity['status']): boolean {
  return status === 'open';
}

const PAUSED: Exclusion = Object.freeze({ code: 'not_open', message: '受け入れを一時休止しています' });
const CLOSED: Exclusion = Object.freeze({ code: 'not_open', message: '受け入れを終了しています' });

/** Whether month `month` (1–12, Tokyo) is one the opportunity runs in; no months means all year. */
export function inSeason(months: readonly number[], month: number): boolean {
  return months.length === 0 || months.includes(month);
}

export function checkOpen(status: MatchableOpportunity['status'], months: readonly number[] = [], month = 1): Exclusion | null {
  if (!isOpen(status)) return status === 'paused' ? PAUSED : CLOSED;
  if (inSeason(months, month)) return null;
  const season = [...months].sort((a, b) => a - b).join('・');
  return { code: 'not_open', message: `${month}月は受け入れていない時期です（受け入れは${season}月）` };
}

export function hasSeat(capacity: number, filled: number): boolean {
  return filled < capacity;
}

const fullExclusion = memoByKey(1000, (capacity: number): Exclusion => ({
  code: 'full',
  message: `定員${capacity}人に達していて、いまは空きがありません`,
}));

export function checkSeats(capacity: number, filled: number): Exclusion | null {
  return hasSeat(capacity, filled) ? null : fullExclusion(capacity, capacity);
}

/** The person must be free for one unbroken stretch of at least the minimum, online or not. */
export function scheduleFits(longestSharedMinutes: number): boolean {
  return longestSharedMinutes >= MIN_OVERLAP_MINUTES;
}

const scheduleExclusion = memoByKey(24 * 60, (longestSharedMinutes: number): Exclusion => {
  const longest = longestSharedMinutes > 0 ? `（重なるのは最長${formatDuration(longestSharedMinutes)}）` : '';
  return {
    code: 'schedule',
    message: `この時間帯は参加できる時間と${formatDuration(MIN_OVERLAP_MINUTES)}以上重なりません${longest}`,
  };
});

const SOME_SESSION_MISSED: Exclusion = Object.freeze({
  code: 'schedule',
  message: `全日程への参加が必要ですが、参加できる時間と${formatDuration(MIN_OVERLAP_MINUTES)}以上重ならない回があります`,
});

/**
 * `sharedMinutes`: the longest window shared with any slot, or with `attendance: all` the longest
 * window shared with the slot the person shares least with (every slot must fit).
 */
export function checkSchedule(sharedMinutes: number, attendance: Attendance = 'any'): Exclusion | null {
  if (scheduleFits(sharedMinutes)) return null;
  return attendance === 'all' ? SOME_SESSION_MISSED : scheduleExclusion(sharedMinutes, sharedMinutes);
}

const NO_MODE: Exclusion = Object.freeze({
  code: 'travel',
  message: '使える移動手段が登録されていないため、通えるか判断できません',
});
const OTHER_AREA: Exclusion = Object.freeze({
  code: 'travel',
  message: '住まいと別の地域にあり、位置情報がないため通えるか確かめられません',
});
const tooFarExclusion = memoByKey(10_000, tooFarExclusionOnce);

function tooFarExclusionOnce(shownMinutes: number, maxMinutes: number): Exclusion {
  return { code: 'travel', message: `移動に約${shownMinutes}分かかり、無理なく通える${maxMinutes}分を超えます` };
}

/** The yes/no test is isWithinReach (geo/travel). */
export function checkTravel(estimate: TravelEstimate, maxMinutes: number): Exclusion | null {
  if (isWithinReach(estimate, maxMinutes)) return null;
  switch (estimate.kind) {
    case 'measured': {
      const shown = Math.ceil(estimate.minutes);
      // The key packs both numbers; a limit that does not fit gets its own, unshared reason.
      const packable = Number.isInteger(maxMinutes) && maxMinutes >= 0 && maxMinutes < 65536;
      return packable ? tooFarExclusion(shown * 65536 + maxMinutes, shown, maxMinutes) : tooFarExclusionOnce(shown, maxMinutes);
    }
    case 'no_mode':
      return NO_MODE;
    default:
      return OTHER_AREA;
  }
}

/**
 * Age bounds are inclusive. An unknown age is not a reason to leave an opportunity out (a supporter
 * often fills the age in later); matching warns `age_unknown` instead.
 */
export function ageFits(age: number | null | undefined, eligibility: Eligibility): boolean {
  if (age === null || age === undefined) return true;
  const { minAge, maxAge } = eligibility;
  return !(typeof minAge === 'number' && age < minAge) && !(typeof maxAge === 'number' && age > maxAge);
}

export function checkAge(age: number | null | undefined, eligibility: Eligibility): Exclusion | null {
  if (ageFits(age, eligibility)) return null;
  return { code: 'age', message: `対象年齢（${ageRange(eligibility)}）から外れています` };
}

/** An empty list means anyone; otherwise an unknown gender does not qualify either. */
export function genderFits(gender: Gender | null | undefined, eligibility: Eligibility): boolean {
  const { genders } = eligibility;
  return genders.length === 0 || (gender !== null && gender !== undefined && genders.includes(gender));
}

export function checkGender(gender: Gender | null | undefined, eligibility: Eligibility): Exclusion | null {
  if (genderFits(gender, eligibility)) return null;
  const who = eligibility.genders.map((g) => GENDER_LABELS[g]).join('・');
  const unknown = gender === null || gender === undefined ? '（性別が登録されていません）' : '';
  return { code: 'gender', message: `${who}のみを対象としています${unknown}` };
}

/**
 * Every support the person needs must be offered, except that accompaniment never excludes (the
 * supporter goes along when the host does not) and a need for short hours is also met when every
 * slot is short (`shortSlots`, see hasShortSlots).
 */
export function needsMet(needs: readonly Support[], support: readonly Support[], shortSlots: boolean): boolean {
  for (const need of needs) if (!needMet(need, support, shortSlots)) return false;
  return true;
}

function needMet(need: Support, support: readonly Support[], shortSlots: boolean): boolean {
  return need === 'accompaniment' || (need === 'short_hours' && shortSlots) || support.includes(need);
}

/** Whether no slot lasts longer than a short-hours need allows. */
export function hasShortSlots(schedule: readonly Slot[]): boolean {
  return everySlotAtMost(schedule, SHORT_HOURS_MAX_SLOT_MINUTES);
}

export function checkNeeds(needs: readonly Support[], support: readonly Support[], shortSlots: boolean): Exclusion | null {
  if (needsMet(needs, support, shortSlots)) return null;
  const missing = needs.filter((need) => !needMet(need, support, shortSlots)).map((need) => SUPPORT_LABELS[need]);
  return { code: 'needs', message: `必要な支援（${missing.join('・')}）が用意されていません` };
}

/** Group size and conversation within the person's limits; no customer contact or phone they avoid. */
export function environmentFits(limits: Limits, environment: Environment): boolean {
  return (
    GROUP_RANK[environment.groupSize] <= GROUP_RANK[limits.maxGroupSize] &&
    CONVERSATION_RANK[environment.conversation] <= CONVERSATION_RANK[limits.maxConversation] &&
    !(environment.customerFacing && limits.avoidCustomerFacing) &&
    !(environment.phone && limits.avoidPhone)
  );
}

// checkEnvironment passes a key that covers every input the sentence depends on.
const environmentExclusion = memoByKey(1000, (limits: Limits, environment: Environment): Exclusion => {
  const problems: string[] = [];
  if (GROUP_RANK[environment.groupSize] > GROUP_RANK[limits.maxGroupSize]) {
    problems.push(
      `人数（${GROUP_SIZE_LABELS[environment.groupSize]}）が本人の目安（${GROUP_SIZE_LABELS[limits.maxGroupSize]}まで）を超えます`,
    );
  }
  if (CONVERSATION_RANK[environment.conversation] > CONVERSATION_RANK[limits.maxConversation]) {
    problems.push(
      `${CONVERSATION_SETTING_LABELS[environment.conversation]}場で、本人は${CONVERSATION_SETTING_LABELS[limits.maxConversation]}場を希望しています`,
    );
  }
  if (environment.customerFacing && limits.avoidCustomerFacing) problems.push('接客があり、本人は接客を避けたいとしています');
  if (environment.phone && limits.avoidPhone) problems.push('電話対応があり、本人は電話を避けたいとしています');
  return { code: 'environment', message: problems.join('。') };
});

export function checkEnvironment(limits: Limits, environment: Environment): Exclusion | null {
  if (environmentFits(limits, environment)) return null;
  const key =
    ((((GROUP_RANK[environment.groupSize] * 3 + CONVERSATION_RANK[environment.conversation]) * 3 + GROUP_RANK[limits.maxGroupSize]) * 3 +
      CONVERSATION_RANK[limits.maxConversation]) *
      2 +
      Number(environment.customerFacing && limits.avoidCustomerFacing)) *
      2 +
    Number(environment.phone && limits.avoidPhone);
  return environmentExclusion(key, limits, environment);
}

/** One step up the ladder is a reasonable next move; two or more is too big a jump. */
export function stepFits(personStep: Step, opportunityStep: Step): boolean {
  return opportunityStep <= personStep + 1;
}

const stepExclusion = memoByKey(100, (personStep: Step, opportunityStep: Step): Exclusion => ({
  code: 'step',
  message: `段階${opportunityStep}（${STEP_LABELS[opportunityStep]}）の内容で、いまの段階${personStep}（${STEP_LABELS[personStep]}）から二つ以上先です`,
}));

export function checkStep(personStep: Step, opportunityStep: Step): Exclusion | null {
  return stepFits(personStep, opportunityStep) ? null : stepExclusion(personStep * 10 + opportunityStep, personStep, opportunityStep);
}

/** Whether the opportunity passes every hard constraint that depends on neither schedule nor travel in month `month`. */
export function fitsApartFromTimeAndPlace(profile: Profile, opportunity: MatchableOpportunity, month: number): boolean {
  return (
    isOpen(opportunity.status) &&
    inSeason(opportunity.months, month) &&
    hasSeat(opportunity.capacity, opportunity.filled) &&
    stepFits(profile.step, opportunity.step) &&
    environmentFits(profile.limits, opportunity.environment) &&
    needsMet(profile.needs, opportunity.support, hasShortSlots(opportunity.schedule)) &&
    genderFits(profile.gender, opportunity.eligibility) &&
    ageFits(profile.age, opportunity.eligibility)
  );
}

/** One person and one opportunity, with what matching has worked out about the two. */
export type Pairing = {
  profile: Profile;
  opportunity: MatchableOpportunity;
  /** The shared minutes checkSchedule reads for the opportunity's attendance. */
  sharedMinutes: number;
  travel: TravelEstimate;
  /** Today's month (1–12, Tokyo). */
  month: number;
};

/** Every hard constraint the opportunity breaks for the person, in API order; empty when it fits. */
export function exclusionsFor({ profile, opportunity, sharedMinutes, travel, month }: Pairing): Exclusion[] {
  const checks = [
    checkOpen(opportunity.status, opportunity.months, month),
    checkSeats(opportunity.capacity, opportunity.filled),
    checkSchedule(sharedMinutes, opportunity.attendance),
    checkTravel(travel, profile.travel.maxMinutes),
    checkAge(profile.age, opportunity.eligibility),
    checkGender(profile.gender, opportunity.eligibility),
    checkNeeds(profile.needs, opportunity.support, hasShortSlots(opportunity.schedule)),
    checkEnvironment(profile.limits, opportunity.environment),
    checkStep(profile.step, opportunity.step),
  ];
  return checks.filter((exclusion): exclusion is Exclusion => exclusion !== null);
}

/** "15〜64歳", "15歳以上", "64歳以下". */
export function ageRange(eligibility: Eligibility): string {
  const { minAge, maxAge } = eligibility;
  if (typeof minAge === 'number' && typeof maxAge === 'number') return `${minAge}〜${maxAge}歳`;
  if (typeof minAge === 'number') return `${minAge}歳以上`;
  return `${maxAge}歳以下`;
}
