import type { Profile } from '../types';
import {
  exclusionCodesOf,
  feasibilityOpportunity,
  feasibilityPerson,
  type FeasibilityOpportunity,
  type FeasibilityOptions,
  type FeasibilityPerson,
} from '../matching/feasibility';
import { EXCLUSION_CODES, type ExclusionCode } from '../matching/types';
import { applyChange, changeFor, newOpening, newOpeningProfile, type NewOpeningProfile, type OpportunityChange } from './changes';
import { coarseProfileOf, groupAnonymously, type CoarseProfile, type Grouped, type TimeBand } from './coarse-profile';
import { changeMessage, newOpeningMessage } from './messages';

/**
 * The map of needs the catalog does not meet (社会資源の開拓): for the people waiting for a place,
 * which openings fit and, for those that nearly do, what alone keeps them out; then, per coarse
 * group of the people with too few choices, the one change (or new opening) that would let most of
 * them in. Every judgement goes through the feasibility seam, so no rule is written here.
 */

export type UnmetNeedsOptions = FeasibilityOptions & {
  /** A person with fewer feasible openings than this is underserved. */
  threshold: number;
};

export type BindingCount = { code: ExclusionCode; people: number };

export type Suggestion =
  | { kind: 'change'; opportunityId: string; change: OpportunityChange; wouldServe: number; message: string }
  | { kind: 'new'; profile: NewOpeningProfile; wouldServe: number; message: string };

export type UnmetGroup = { profile: CoarseProfile; people: number; binding: BindingCount[]; suggestion: Suggestion | null };

export type UnmetNeeds = { considered: number; underserved: number; suppressed: number; groups: UnmetGroup[] };

/** Codes that say nothing a host could act on about a place: a closed opening is not missing, it is closed. */
const NOT_A_NEED: ReadonlySet<ExclusionCode> = new Set(['not_open']);

/** Near misses kept per person: openings that break at most this many rules. */
const MAX_NEAR_CODES = 2;

/** Changes weighed exactly per group, the ones most people's near misses point to. */
const MAX_CANDIDATES = 24;

type Assessed = {
  person: FeasibilityPerson;
  full: Required<CoarseProfile>;
  /** Codes that alone keep the person from at least one opening. */
  alone: Set<ExclusionCode>;
  /** Openings (by position) a host could change to fit the person, with what they break. */
  near: { index: number; codes: ExclusionCode[] }[];
};

export function unmetNeeds(
  profiles: readonly Profile[],
  openings: readonly FeasibilityOpportunity[],
  options: UnmetNeedsOptions,
): UnmetNeeds {
  const people = profiles.map(feasibilityPerson);
  // Most people have enough choices: only the few without are looked at again, closely.
  const underserved = people
    .filter((person) => feasibleCount(person, openings, options) < options.threshold)
    .map((person) => assess(person, openings, options));
  const { groups, suppressed } = groupAnonymously(underserved, (person) => person.full);
  const described = groups.map((group) => describe(group, { openings, everyone: people, options }));
  described.sort((a, b) => b.people - a.people || JSON.stringify(a.profile).localeCompare(JSON.stringify(b.profile)));
  return { considered: profiles.length, underserved: underserved.length, suppressed, groups: described };
}

function feasibleCount(person: FeasibilityPerson, openings: readonly FeasibilityOpportunity[], options: FeasibilityOptions): number {
  let count = 0;
  for (const opening of openings) if (fits(person, opening, options)) count++;
  return count;
}

/** What keeps an underserved person from each opening that nearly fits. */
function assess(person: FeasibilityPerson, openings: readonly FeasibilityOpportunity[], options: FeasibilityOptions): Assessed {
  const assessed: Assessed = { person, full: coarseProfileOf(person.profile), alone: new Set(), near: [] };
  openings.forEach((opening, index) => {
    const codes = exclusionCodesOf(person, opening, options);
    if (codes.length === 0 || codes.some((code) => NOT_A_NEED.has(code))) return;
    if (codes.length === 1) assessed.alone.add(codes[0]!);
    if (codes.length <= MAX_NEAR_CODES) assessed.near.push({ index, codes });
  });
  return assessed;
}

type Context = { openings: readonly FeasibilityOpportunity[]; everyone: readonly FeasibilityPerson[]; options: UnmetNeedsOptions };

function describe(group: Grouped<Assessed>, context: Context): UnmetGroup {
  return {
    profile: group.profile,
    people: group.members.length,
    binding: bindingOf(group.members),
    suggestion: bestSuggestion(group.members, context),
  };
}

function bindingOf(members: readonly Assessed[]): BindingCount[] {
  return EXCLUSION_CODES.map((code) => ({ code, people: members.filter((member) => member.alone.has(code)).length }))
    .filter((count) => count.people > 0)
    .sort((a, b) => b.people - a.people);
}

function fits(person: FeasibilityPerson, opening: FeasibilityOpportunity, options: FeasibilityOptions): boolean {
  return exclusionCodesOf(person, opening, options).length === 0;
}

/** How many of the members the changed (or new) opening fits that the original did not. */
function served(
  members: readonly Assessed[],
  after: FeasibilityOpportunity,
  before: FeasibilityOpportunity | null,
  options: FeasibilityOptions,
): number {
  return members.filter((m) => fits(m.person, after, options) && !(before && fits(m.person, before, options))).length;
}

type Weighed = { suggestion: Suggestion; safe: () => boolean };

/**
 * The change (or new opening) that gives most members a feasible opening; on a tie, the smaller
 * ask (fewer kinds of edit, and any change before a new opening). A change that would take the opening
 * from anyone waiting whom it fits now is never suggested.
 */
function bestSuggestion(members: readonly Assessed[], context: Context): Suggestion | null {
  const weighed = [...changeCandidates(members, context), ...newOpeningCandidates(members, context.options)];
  weighed.sort((a, b) => b.suggestion.wouldServe - a.suggestion.wouldServe || askOf(a.suggestion) - askOf(b.suggestion));
  const best = weighed.find((candidate) => candidate.suggestion.wouldServe > 0 && candidate.safe());
  return best?.suggestion ?? null;
}

/** How much a suggestion asks of a host: each kind of edit counts one, a whole new opening more than any change. */
function askOf(suggestion: Suggestion): number {
  return suggestion.kind === 'new' ? Number.MAX_SAFE_INTEGER : Object.keys(suggestion.change).length;
}

function changeCandidates(members: readonly Assessed[], { openings, everyone, options }: Context): Weighed[] {
  const proposed = new Map<string, { index: number; change: OpportunityChange; count: number }>();
  for (const member of members) {
    for (const { index, codes } of member.near) {
      const change = changeFor(member.person.profile, openings[index]!.opportunity, codes, member.full.timeBand);
      if (change === null) continue;
      const key = `${index}|${JSON.stringify(change)}`;
      const entry = proposed.get(key) ?? { index, change, count: 0 };
      entry.count++;
      proposed.set(key, entry);
    }
  }
  const likeliest = [...proposed.values()].sort((a, b) => b.count - a.count || a.index - b.index).slice(0, MAX_CANDIDATES);
  return likeliest.map(({ index, change }) => {
    const before = openings[index]!;
    const after = feasibilityOpportunity(applyChange(before.opportunity, change));
    const wouldServe = served(members, after, before, options);
    // Seats are asked for as many as the change lets in; any number of extra seats fits the same people.
    const asked = change.addSeats ? { ...change, addSeats: Math.max(1, wouldServe) } : change;
    return {
      suggestion: {
        kind: 'change',
        opportunityId: before.opportunity.id,
        change: asked,
        wouldServe,
        message: changeMessage(before.opportunity, asked, wouldServe),
      },
      safe: () => everyone.every((person) => !fits(person, before, options) || fits(person, after, options)),
    };
  });
}

function newOpeningCandidates(members: readonly Assessed[], options: FeasibilityOptions): Weighed[] {
  const profiles = members.map((member) => member.person.profile);
  const areas = [...new Set(members.map((member) => member.full.area))].sort();
  const bands = [
    ...new Set(members.map((member) => member.full.timeBand).filter((band): band is Exclude<TimeBand, 'none'> => band !== 'none')),
  ].sort();
  const steps = { min: Math.min(...profiles.map((p) => p.step)), max: Math.max(...profiles.map((p) => p.step)) };
  return areas.flatMap((area) =>
    bands.map((band) => {
      const profile = newOpeningProfile(profiles, area, band);
      const wouldServe = served(members, feasibilityOpportunity(newOpening(profile, members.length)), null, options);
      return {
        suggestion: { kind: 'new' as const, profile, wouldServe, message: newOpeningMessage(profile, steps, wouldServe) },
        safe: () => true,
      };
    }),
  );
}
