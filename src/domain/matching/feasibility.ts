import type { MatchableOpportunity, Profile } from '../types';
import { estimateTravel, homeTravelEnd, travelModes, type TravelEnd, type TravelModes } from '../geo/travel';
import { longestShared } from '../schedule/overlap';
import { weakestSessionShared } from '../schedule/sessions';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import { pairingFacts, type PairingFacts } from './catalog';
import { exclusionsFor, type Pairing } from './constraints';
import type { ExclusionCode } from './types';

/**
 * "Does this opportunity fit this person, and if not, why": matching asks it for every
 * opportunity, and the report on unmet needs (and whatever else reasons about the catalog as a
 * whole) asks it through here too, so no second copy of a hard constraint, of the schedule
 * overlap or of the travel estimate exists anywhere.
 */

/** What the hard constraints are judged against besides the two sides. */
export type FeasibilityOptions = {
  /** The Tokyo date (YYYY-MM-DD) the catalog is judged on: its month decides `months`. */
  today: string;
};

/** A person with what every pairing reads of them worked out once. */
export type FeasibilityPerson = { profile: Profile; availability: WeekRanges; home: TravelEnd; modes: TravelModes };

/** An opportunity with what every pairing reads of it worked out once (PreparedOpportunity has these). */
export type FeasibilityOpportunity = PairingFacts;

export function feasibilityPerson(profile: Profile): FeasibilityPerson {
  return {
    profile,
    availability: toWeekRanges(profile.availability),
    home: homeTravelEnd(profile.home),
    modes: travelModes(profile.travel.modes),
  };
}

export function feasibilityOpportunity(opportunity: MatchableOpportunity): FeasibilityOpportunity {
  return pairingFacts(opportunity);
}

/** Everything the hard constraints read about one pair; `month` is today's month (1–12, Tokyo). */
export function pairingOf(person: FeasibilityPerson, opportunity: FeasibilityOpportunity, month: number): Pairing {
  const sharedMinutes =
    opportunity.sessions === null
      ? longestShared(person.availability, opportunity.ranges)
      : weakestSessionShared(person.availability, opportunity.sessions);
  return {
    profile: person.profile,
    opportunity: opportunity.opportunity,
    sharedMinutes,
    travel: estimateTravel(person.home, opportunity.place, person.modes),
    month,
  };
}

export function monthOf(today: string): number {
  return Number(today.slice(5, 7));
}

/** Every hard constraint the opportunity breaks for the person, in API order; empty when it fits. */
export function exclusionCodesOf(
  person: FeasibilityPerson,
  opportunity: FeasibilityOpportunity,
  options: FeasibilityOptions,
): ExclusionCode[] {
  return exclusionsFor(pairingOf(person, opportunity, monthOf(options.today))).map((exclusion) => exclusion.code);
}

/** exclusionCodesOf for a person and an opportunity not prepared beforehand. */
export function exclusionCodes(profile: Profile, opportunity: MatchableOpportunity, options: FeasibilityOptions): ExclusionCode[] {
  return exclusionCodesOf(feasibilityPerson(profile), feasibilityOpportunity(opportunity), options);
}
