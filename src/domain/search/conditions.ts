import {
  CONVERSATION_LEVELS,
  DAYS,
  GROUP_SIZES,
  OPPORTUNITY_KINDS,
  PAY_KINDS,
  SUPPORTS,
  UNDERSTANDING,
  type ConversationLevel,
  type Day,
  type Environment,
  type GroupSize,
  type OpportunityKind,
  type Pay,
  type Slot,
  type Support,
} from '../types';

/**
 * A structured condition a search phrase stands for (静か, 土日, ジョブコーチ, バイト…), tested against
 * an opportunity's own fields rather than its wording: the fields say what the listing offers even
 * when its text never names it.
 */
export type Condition =
  | { on: 'customerFacing' | 'phone'; is: boolean }
  | { on: 'conversation'; in: readonly ConversationLevel[] }
  | { on: 'groupSize'; in: readonly GroupSize[] }
  | { on: 'support'; has: Support }
  | { on: 'pay'; in: readonly Pay[] }
  | { on: 'kind'; in: readonly OpportunityKind[] }
  | { on: 'understanding'; has: string }
  /** Some slot on one of `days` (any day when null) that overlaps `time` (any time when null). */
  | { on: 'schedule'; days: readonly Day[] | null; time: TimeWindow | null }
  | { on: 'not'; condition: Condition }
  | { on: 'anyOf' | 'allOf'; conditions: readonly Condition[] };

/** `HH:MM` to `HH:MM`, compared as text (the fixed format sorts like the times it writes). */
export type TimeWindow = { from: string; to: string };

/** What conditions are tested against: one opportunity and its host's understanding. */
export type ConditionFacts = {
  readonly environment: Environment;
  readonly support: readonly Support[];
  readonly pay: Pay;
  readonly kind: OpportunityKind;
  readonly schedule: readonly Slot[];
  readonly hostUnderstanding: readonly string[];
};

export function holds(condition: Condition, facts: ConditionFacts): boolean {
  switch (condition.on) {
    case 'customerFacing':
    case 'phone':
      return facts.environment[condition.on] === condition.is;
    case 'conversation':
      return condition.in.includes(facts.environment.conversation);
    case 'groupSize':
      return condition.in.includes(facts.environment.groupSize);
    case 'support':
      return facts.support.includes(condition.has);
    case 'pay':
      return condition.in.includes(facts.pay);
    case 'kind':
      return condition.in.includes(facts.kind);
    case 'understanding':
      return facts.hostUnderstanding.includes(condition.has);
    case 'schedule':
      return facts.schedule.some((slot) => slotFits(slot, condition.days, condition.time));
    case 'not':
      return !holds(condition.condition, facts);
    case 'anyOf':
      return condition.conditions.some((each) => holds(each, facts));
    case 'allOf':
      return condition.conditions.every((each) => holds(each, facts));
  }
}

function slotFits(slot: Slot, days: readonly Day[] | null, time: TimeWindow | null): boolean {
  if (days && !days.includes(slot.day)) return false;
  return !time || (slot.start < time.to && slot.end > time.from);
}

/**
 * A condition as staff write it in src/config/search-phrases.json: one key per object
 * (`{ "support": "job_coach" }`, `{ "days": ["sat", "sun"] }`, `{ "anyOf": [...] }`). Anything else
 * throws, naming where, so a slip in the data file fails the tests and the start, never a search.
 */
export function readCondition(data: unknown, where: string): Condition {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length !== 1) {
    throw new Error(`${where}: a condition is an object with exactly one key`);
  }
  const [[key, value]] = Object.entries(data) as [[string, unknown]];
  const at = `${where}.${key}`;
  switch (key) {
    case 'customerFacing':
    case 'phone':
      if (typeof value !== 'boolean') throw new Error(`${at}: true or false`);
      return { on: key, is: value };
    case 'conversation':
      return { on: key, in: listOf(value, CONVERSATION_LEVELS, at) };
    case 'groupSize':
      return { on: key, in: listOf(value, GROUP_SIZES, at) };
    case 'pay':
      return { on: key, in: listOf(value, PAY_KINDS, at) };
    case 'kind':
      return { on: key, in: listOf(value, OPPORTUNITY_KINDS, at) };
    case 'support':
      return { on: key, has: oneOf(value, SUPPORTS, at) };
    case 'understanding':
      return { on: key, has: oneOf(value, UNDERSTANDING, at) };
    case 'days':
      return { on: 'schedule', days: listOf(value, DAYS, at), time: null };
    case 'time':
      return { on: 'schedule', days: null, time: timeWindow(value, at) };
    case 'anyOf':
    case 'allOf':
      if (!Array.isArray(value) || value.length === 0) throw new Error(`${at}: a list of conditions`);
      return { on: key, conditions: value.map((each, i) => readCondition(each, `${at}.${i}`)) };
    default:
      throw new Error(`${at}: unknown condition`);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) throw new Error(`${at}: one of ${allowed.join(', ')}`);
  return value as T;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${at}: a list of ${allowed.join(', ')}`);
  return value.map((each, i) => oneOf(each, allowed, `${at}.${i}`));
}

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

function timeWindow(value: unknown, at: string): TimeWindow {
  const [from, to] = Array.isArray(value) ? value : [];
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof from !== 'string' ||
    typeof to !== 'string' ||
    !TIME.test(from) ||
    !TIME.test(to) ||
    from >= to
  ) {
    throw new Error(`${at}: ["HH:MM", "HH:MM"], the start before the end`);
  }
  return { from, to };
}
