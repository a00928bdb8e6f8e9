/**
 * The floor: the hard-constraint checks alone, with the domain's own functions, over a plain array
 * of openings whose schedules and places were converted once. No scoring, no text, no ranking —
 * no matching engine can be faster than this, so "ours / raw loop" says what ranking costs.
 * The naive baseline applies the same checks to what fuse.js returns.
 */
import { estimateTravel, isWithinReach, toTravelEnd, travelModes, type TravelEnd } from '../../src/domain/geo/travel';
import { fitsApartFromTimeAndPlace, scheduleFits } from '../../src/domain/matching/constraints';
import { longestShared } from '../../src/domain/schedule/overlap';
import { toWeekRanges, type WeekRanges } from '../../src/domain/schedule/week-ranges';
import type { MatchableOpportunity, Profile } from '../../src/domain/types';

export type PlainOpportunity = { opportunity: MatchableOpportunity; ranges: WeekRanges; place: TravelEnd & { online: boolean } };

export function toPlainOpportunities(opportunities: readonly MatchableOpportunity[]): PlainOpportunity[] {
  return opportunities.map((opportunity) => {
    const { area, point } = toTravelEnd(opportunity.location);
    // A literal, not a spread, as in the engine: V8 reads it faster in the hot loop.
    return { opportunity, ranges: toWeekRanges(opportunity.schedule), place: { area, point, online: opportunity.location.online } };
  });
}

/** The person's side of the checks, worked out once per request as the engine does. */
export function hardConstraints(profile: Profile): (opening: PlainOpportunity) => boolean {
  const availability = toWeekRanges(profile.availability);
  const home = toTravelEnd(profile.home);
  const modes = travelModes(profile.travel.modes);
  return ({ opportunity, ranges, place }) =>
    fitsApartFromTimeAndPlace(profile, opportunity) &&
    scheduleFits(longestShared(availability, ranges)) &&
    isWithinReach(estimateTravel(home, place, modes), profile.travel.maxMinutes);
}

/** Positions of every opening the person may be offered. */
export function rawLoop(profile: Profile, openings: readonly PlainOpportunity[]): number[] {
  const fits = hardConstraints(profile);
  const feasible: number[] = [];
  for (let index = 0; index < openings.length; index++) if (fits(openings[index]!)) feasible.push(index);
  return feasible;
}
