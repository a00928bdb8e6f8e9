import type { Environment, MatchableOpportunity, Profile, Slot, Step, Support } from '../types';
import { CONVERSATION_LEVELS, DAYS, GROUP_SIZES } from '../types';
import { MIN_OVERLAP_MINUTES } from '../../config';
import { CONVERSATION_RANK, GROUP_RANK } from '../matching/constraints';
import type { ExclusionCode } from '../matching/types';
import { formatTime, parseTime } from '../schedule/time';
import type { TimeBand } from './coarse-profile';

/**
 * What a host could be asked to change in one opening. Every edit only widens who the opening
 * fits (one more slot, more support, more seats, a lower step, a calmer setting), so a change
 * never takes an opening away from someone it fitted.
 */
export type OpportunityChange = {
  addSlots?: Slot[];
  addSupport?: Support[];
  addSeats?: number;
  step?: Step;
  environment?: Partial<Environment>;
};

/** The codes a host can answer by changing an opening; travel, age, gender and closing are not theirs to move. */
export const CHANGEABLE: ReadonlySet<ExclusionCode> = new Set(['schedule', 'needs', 'environment', 'step', 'full']);

/** Longest slot suggested: a short session is easier to add, and short_hours stays met. */
const MAX_SLOT_MINUTES = 3 * 60;

/** The band's usual hours, where a new session is suggested when it fits the person. */
const BAND_HOURS: Record<TimeBand, { start: number; end: number }> = {
  weekday_morning: { start: 9 * 60, end: 12 * 60 },
  weekday_afternoon: { start: 13 * 60, end: 16 * 60 },
  weekday_evening: { start: 18 * 60, end: 21 * 60 },
  weekend: { start: 10 * 60, end: 13 * 60 },
  none: { start: 9 * 60, end: 12 * 60 },
};

const BAND_DAYS: Record<TimeBand, Slot['day'][]> = {
  weekday_morning: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekday_afternoon: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekday_evening: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekend: ['sat', 'sun'],
  none: ['mon', 'tue', 'wed', 'thu', 'fri'],
};

/** The opening with the change made. */
export function applyChange(opportunity: MatchableOpportunity, change: OpportunityChange): MatchableOpportunity {
  return {
    ...opportunity,
    schedule: [...opportunity.schedule, ...(change.addSlots ?? [])],
    support: [...opportunity.support, ...(change.addSupport ?? []).filter((support) => !opportunity.support.includes(support))],
    capacity: change.addSeats ? Math.max(opportunity.capacity, opportunity.filled) + change.addSeats : opportunity.capacity,
    step: change.step !== undefined && change.step < opportunity.step ? change.step : opportunity.step,
    environment: { ...opportunity.environment, ...change.environment },
  };
}

/**
 * The change that answers every code for this person, or null when one of them is not the host's to
 * change (or the person has no free time an added session could meet).
 */
export function changeFor(
  profile: Profile,
  opportunity: MatchableOpportunity,
  codes: readonly ExclusionCode[],
  band: TimeBand,
): OpportunityChange | null {
  const change: OpportunityChange = {};
  for (const code of codes) {
    if (!CHANGEABLE.has(code)) return null;
    if (code === 'schedule') {
      const slot = sessionFor(profile.availability, band);
      if (slot === null) return null;
      change.addSlots = [slot];
    }
    if (code === 'needs') change.addSupport = profile.needs.filter((need) => !opportunity.support.includes(need));
    if (code === 'full') change.addSeats = 1;
    if (code === 'step') change.step = (profile.step + 1) as Step;
    if (code === 'environment') change.environment = calmerFor(profile, opportunity.environment);
  }
  return change;
}

/** A session the person can come to: the band's usual hours that day when they fit, else their own window. */
function sessionFor(availability: readonly Slot[], band: TimeBand): Slot | null {
  const hours = BAND_HOURS[band];
  const windows = availability
    .map((slot) => ({ day: slot.day, start: parseTime(slot.start), end: parseTime(slot.end) }))
    .filter(
      (w): w is { day: Slot['day']; start: number; end: number } =>
        w.start !== null && w.end !== null && w.end - w.start >= MIN_OVERLAP_MINUTES,
    )
    .sort(
      (a, b) =>
        Number(!BAND_DAYS[band].includes(a.day)) - Number(!BAND_DAYS[band].includes(b.day)) || DAYS.indexOf(a.day) - DAYS.indexOf(b.day),
    );
  const first = windows[0];
  if (!first) return null;
  const shared = Math.min(first.end, hours.end) - Math.max(first.start, hours.start);
  if (shared >= MIN_OVERLAP_MINUTES) return { day: first.day, start: formatTime(hours.start), end: formatTime(hours.end) };
  return { day: first.day, start: formatTime(first.start), end: formatTime(Math.min(first.end, first.start + MAX_SLOT_MINUTES)) };
}

/** Only the parts of the setting that go beyond the person's limits, brought within them. */
function calmerFor(profile: Profile, environment: Environment): Partial<Environment> {
  const { limits } = profile;
  const calmer: Partial<Environment> = {};
  if (GROUP_RANK[environment.groupSize] > GROUP_RANK[limits.maxGroupSize]) calmer.groupSize = limits.maxGroupSize;
  if (CONVERSATION_RANK[environment.conversation] > CONVERSATION_RANK[limits.maxConversation]) calmer.conversation = limits.maxConversation;
  if (environment.customerFacing && limits.avoidCustomerFacing) calmer.customerFacing = false;
  if (environment.phone && limits.avoidPhone) calmer.phone = false;
  return calmer;
}

/** What a new opening for a group would be like (see newOpening). */
export type NewOpeningProfile = {
  area: string;
  timeBand: TimeBand;
  step: Step;
  support: Support[];
  environment: Environment;
  schedule: Slot[];
};

/**
 * The opening that would suit as many of these people as possible in one area and band: at the
 * lowest step among them (one step up is still a fit for the others), with every support any of
 * them needs, as calm as the most cautious of them needs.
 */
export function newOpeningProfile(profiles: readonly Profile[], area: string, timeBand: TimeBand): NewOpeningProfile {
  const step = Math.min(...profiles.map((profile) => profile.step)) as Step;
  const support = [...new Set(profiles.flatMap((profile) => profile.needs))].sort();
  const groupSize = GROUP_SIZES[Math.min(...profiles.map((profile) => GROUP_RANK[profile.limits.maxGroupSize]))]!;
  const conversation = CONVERSATION_LEVELS[Math.min(...profiles.map((profile) => CONVERSATION_RANK[profile.limits.maxConversation]))]!;
  const hours = BAND_HOURS[timeBand];
  const schedule = BAND_DAYS[timeBand].map((day) => ({ day, start: formatTime(hours.start), end: formatTime(hours.end) }));
  return { area, timeBand, step, support, environment: { groupSize, conversation, customerFacing: false, phone: false }, schedule };
}

/** The new opening as matching would see it: open, in the area (no exact place yet), a seat for each of them. */
export function newOpening(profile: NewOpeningProfile, seats: number): MatchableOpportunity {
  return {
    id: 'new',
    hostId: 'new',
    hostName: '',
    title: '',
    kind: profile.step <= 2 ? 'ibasho' : profile.step === 3 ? 'volunteer' : profile.step === 4 ? 'intermediate_work' : 'employment',
    description: '',
    tags: [],
    schedule: profile.schedule,
    location: { area: profile.area, online: false },
    capacity: Math.max(1, seats),
    filled: 0,
    step: profile.step,
    environment: profile.environment,
    support: profile.support,
    eligibility: { minAge: null, maxAge: null, genders: [] },
    status: 'open',
    pay: 'none',
    attendance: 'any',
    months: [],
    hostUnderstanding: [],
    updatedAt: '',
    confirmedAt: null,
  };
}
