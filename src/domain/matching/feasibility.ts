import type { MatchableOpportunity, Profile } from '../types';
import { estimateTravel, toTravelEnd, travelModes, type TravelEnd, type TravelModes } from '../geo/travel';
import { longestShared } from '../schedule/overlap';
import { toWeekRanges, type WeekRanges } from '../schedule/week-ranges';
import { exclusionsFor } from './constraints';
import type { ExclusionCode } from './types';

/**
 * The one place outside matching itself that asks "does this opening fit this person, and if not,
 * why": the report on unmet needs (and whatever else reasons about the catalog as a whole) goes
 * through here, so it can never hold a second copy of a hard constraint. The schedule overlap and
 * the travel estimate are worked out exactly as matchProfile does, then exclusionsFor decides.
 */

/** What the hard constraints are judged against besides the two sides. */
export type FeasibilityOptions = {
  /** The Tokyo date (YYYY-MM-DD) the catalog is judged on. */
  today: string;
};

/** A person with what every pairing reads of them worked out once. */
export type FeasibilityPerson = { profile: Profile; availability: WeekRanges; home: TravelEnd; modes: TravelModes };

/** An opening with what every pairing reads of it worked out once (PreparedOpportunity has these). */
export type FeasibilityOpening = {
  opportunity: MatchableOpportunity;
  ranges: WeekRanges;
  place: TravelEnd & { online: boolean };
};

export function feasibilityPerson(profile: Profile): FeasibilityPerson {
  return {
    profile,
    availability: toWeekRanges(profile.availability),
    home: toTravelEnd(profile.home),
    modes: travelModes(profile.travel.modes),
  };
}

export function feasibilityOpening(opportunity: MatchableOpportunity): FeasibilityOpening {
  return {
    opportunity,
    ranges: toWeekRanges(opportunity.schedule),
    place: { ...toTravelEnd(opportunity.location), online: opportunity.location.online },
  };
}

/**
 * Every hard constraint the opening breaks for the person, in API order; empty when it fits.
 * Callers always pass the day they judge on, so a rule that depends on the date needs no new argument.
 */
export function exclusionCodesOf(person: FeasibilityPerson, opening: FeasibilityOpening, _options: FeasibilityOptions): ExclusionCode[] {
  const codes: ExclusionCode[] = [];
  const exclusions = exclusionsFor({
    profile: person.profile,
    opportunity: opening.opportunity,
    longestSharedMinutes: longestShared(person.availability, opening.ranges),
    travel: estimateTravel(person.home, opening.place, person.modes),
  });
  for (const exclusion of exclusions) codes.push(exclusion.code);
  return codes;
}

/** exclusionCodesOf for a person and an opening not prepared beforehand. */
export function exclusionCodes(profile: Profile, opportunity: MatchableOpportunity, options: FeasibilityOptions): ExclusionCode[] {
  return exclusionCodesOf(feasibilityPerson(profile), feasibilityOpening(opportunity), options);
}

