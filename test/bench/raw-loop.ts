/**
 * The floor: the hard-constraint checks alone, with the domain's own functions, over a plain array
 * of openings whose schedules and places were converted once. No scoring, no text, no ranking —
 * no matching engine can be faster than this, so "ours / raw loop" says what ranking costs.
 * The naive baseline applies the same checks to what fuse.js returns.
 */
import { tokyoDate } from '../../src/domain/dates';
import { estimateTravel, homeTravelEnd, isWithinReach, toTravelEnd, travelModes, type TravelEnd } from '../../src/domain/geo/travel';
import { fitsApartFromTimeAndPlace, scheduleFits } from '../../src/domain/matching/constraints';
import { longestShared } from '../../src/domain/schedule/overlap';
import { toWeekRanges, type WeekRanges } from '../../src/domain/schedule/week-ranges';
import type { MatchableOpportunity, Profile } from '../../src/domain/types';

export type PlainOpportunity = { opportunity: MatchableOpportunity; ranges: WeekRanges; place: TravelEnd & { online: boolean } };

export function toPlainOpportunities(opportunities: readonly MatchableOpportunity[]): PlainOpportunity[] {
  return opportunities.map((opportunity) => {
    const { area, point, estimated } = toTravelEnd(opportunity.location);
    // A literal, not a spread, as in the engine: V8 reads it faster in the hot loop.
    return {
      opportunity,
      ranges: toWeekRanges(opportunity.schedule),
      place: { area, point, estimated, online: opportunity.location.online },
    };
  });
}

/**
 * The person's side of the checks, worked out once per request as the engine does. The synthetic
 * catalog has no fixed courses, so every opening is checked as a weekly one.
 */
export function hardConstraints(profile: Profile, now: Date): (opening: PlainOpportunity) => boolean {
  const month = Number(tokyoDate(now).slice(5, 7));
  const availability = toWeekRanges(profile.availability);
  const home = homeTravelEnd(profile.home);
  const modes = travelModes(profile.travel.modes);
  return ({ opportunity, ranges, place }) =>
    fitsApartFromTimeAndPlace(profile, opportunity, month) &&
    scheduleFits(longestShared(availability, ranges)) &&
    isWithinReach(estimateTravel(home, place, modes), profile.travel.maxMinutes);
}

/** Positions of every opening the person may be offered. */
export function rawLoop(profile: Profile, openings: readonly PlainOpportunity[], now: Date): number[] {
  const fits = hardConstraints(profile, now);
  const feasible: number[] = [];
  for (let index = 0; index < openings.length; index++) if (fits(openings[index]!)) feasible.push(index);
  return feasible;
}
