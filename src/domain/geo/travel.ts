import type { Place, TravelMode } from '../types';
import { AREA_REPRESENTATIVE_POINTS, STATIONS, TRAVEL_DETOUR_FACTOR, TRAVEL_SPEEDS } from '../../config';
import { distanceKm, toGeoPoint, type GeoPoint } from './great-circle';

/**
 * One end of a trip: the area code and the prepared point, null only when neither coordinates nor
 * the area's representative point are known. `estimated`: the point stands in for coordinates the
 * place lacks (its area's representative point).
 */
export type TravelEnd = { area: string; point: GeoPoint | null; estimated: boolean };

/**
 * How far an opportunity is for a person.
 * - online: taken part in from home; no trip, never out of reach.
 * - measured: both sides have a point; `minutes` by the fastest mode the person can use;
 *   `estimated` when a side stands at its area's representative point.
 * - no_mode: both sides have a point but the person has no way to travel registered.
 * - same_area / other_area: a side has neither coordinates nor a configured area, so only the area
 *   is compared. The same area counts as within reach and another as not; no time is guessed.
 */
export type TravelEstimate =
  | { kind: 'online' }
  | { kind: 'measured'; minutes: number; mode: TravelMode; distanceKm: number; estimated: boolean }
  | { kind: 'no_mode' }
  | { kind: 'same_area' }
  | { kind: 'other_area' };

const ONLINE: TravelEstimate = { kind: 'online' };
const NO_MODE: TravelEstimate = { kind: 'no_mode' };
const SAME_AREA: TravelEstimate = { kind: 'same_area' };
const OTHER_AREA: TravelEstimate = { kind: 'other_area' };

/** Where a place is for travel: its coordinates, else its area's representative point. */
export function toTravelEnd(place: Place): TravelEnd {
  const own = toGeoPoint(place);
  if (own !== null) return { area: place.area, point: own, estimated: false };
  return { area: place.area, point: representativePoint(place.area), estimated: true };
}

/**
 * Where a home is for travel: like toTravelEnd, but a home given only as its nearest station
 * stands at the station, which is as good as coordinates for a trip across town.
 */
export function homeTravelEnd(home: Place & { station?: string | null }): TravelEnd {
  const station = typeof home.station === 'string' && Object.hasOwn(STATIONS, home.station) ? STATIONS[home.station]! : null;
  if (toGeoPoint(home) === null && station !== null) return { area: home.area, point: toGeoPoint(station), estimated: false };
  return toTravelEnd(home);
}

/** Whether matching knows where the home is (coordinates, or a known station). */
export function homeIsLocated(home: Place & { station?: string | null }): boolean {
  return !homeTravelEnd(home).estimated;
}

/** The configured representative point of an area, or null for an area the city has not placed. */
export function representativePoint(area: string): GeoPoint | null {
  return typeof area === 'string' && Object.hasOwn(AREA_REPRESENTATIVE_POINTS, area) ? toGeoPoint(AREA_REPRESENTATIVE_POINTS[area]!) : null;
}

/**
 * A person's ways of travelling, each with its cost per straight-line km (roads included) and
 * its fixed minutes. Looked up once per person, because the trip is estimated for every opportunity.
 */
export type TravelModes = readonly { mode: TravelMode; minutesPerKm: number; fixedMinutes: number }[];

export function travelModes(modes: readonly TravelMode[]): TravelModes {
  return modes.map((mode) => ({
    mode,
    minutesPerKm: (TRAVEL_DETOUR_FACTOR * 60) / TRAVEL_SPEEDS[mode].kmPerHour,
    fixedMinutes: TRAVEL_SPEEDS[mode].fixedMinutes,
  }));
}

/** Minutes for a trip of `straightKm` (as the crow flies) by one mode, roads and waiting included. */
export function tripMinutes(straightKm: number, mode: TravelMode): number {
  const { kmPerHour, fixedMinutes } = TRAVEL_SPEEDS[mode];
  return ((straightKm * TRAVEL_DETOUR_FACTOR) / kmPerHour) * 60 + fixedMinutes;
}

/** The trip from a person's home to an opportunity. */
export function estimateTravel(home: TravelEnd, location: TravelEnd & { online: boolean }, modes: TravelModes): TravelEstimate {
  if (location.online) return ONLINE;
  if (home.point === null || location.point === null) return areaTrip(home.area === location.area);
  return fastestTrip(distanceKm(home.point, location.point), modes, home.estimated || location.estimated);
}

/** estimateTravel of a trip made online. */
export function onlineTrip(): TravelEstimate {
  return ONLINE;
}

/** estimateTravel when one side lacks coordinates: only whether the areas are the same is known. */
export function areaTrip(sameArea: boolean): TravelEstimate {
  return sameArea ? SAME_AREA : OTHER_AREA;
}

/** estimateTravel when both sides have points `km` apart (`estimated`: see TravelEstimate). */
export function fastestTrip(km: number, modes: TravelModes, estimated: boolean): TravelEstimate {
  // The fastest mode the person can use counts.
  let fastest: TravelMode | null = null;
  let minutes = Infinity;
  for (const mode of modes) {
    const m = km * mode.minutesPerKm + mode.fixedMinutes;
    if (m < minutes) {
      minutes = m;
      fastest = mode.mode;
    }
  }
  return fastest === null ? NO_MODE : { kind: 'measured', minutes, mode: fastest, distanceKm: km, estimated };
}

/** Whether the trip is one the person can make within `maxMinutes`. */
export function isWithinReach(estimate: TravelEstimate, maxMinutes: number): boolean {
  switch (estimate.kind) {
    case 'online':
    case 'same_area':
      return true;
    case 'measured':
      return estimate.minutes <= maxMinutes;
    case 'no_mode':
    case 'other_area':
      return false;
  }
}

/**
 * Whole minutes to show: 0 online, the estimate rounded up when measured (so a trip shown as
 * 30 minutes never breaks a 30-minute limit), null when there is no estimate.
 */
export function travelMinutesShown(estimate: TravelEstimate): number | null {
  if (estimate.kind === 'online') return 0;
  if (estimate.kind === 'measured') return Math.ceil(estimate.minutes);
  return null;
}
