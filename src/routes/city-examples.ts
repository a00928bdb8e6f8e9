import { AREA_REPRESENTATIVE_POINTS, AREAS, CITY, STATIONS } from '../config';

/*
 * Examples for the API reference, taken from the city in force: they are checked against the same
 * schemas as requests, and a literal area or station would be refused in every city but one.
 */

/** The first area of the city. */
export const EXAMPLE_AREA = AREAS[0];
/** The last area, so an example with a host and a person shows two places where the city has two. */
export const EXAMPLE_HOME_AREA = AREAS[AREAS.length - 1]!;
/** The first station, or none for a city that lists none. */
export const EXAMPLE_STATION: string | undefined = Object.keys(STATIONS)[0];

/** A place in `area` as the API takes it: the area's representative point and, if the city lists stations, a station. */
export function examplePlace(area: string) {
  const point = AREA_REPRESENTATIVE_POINTS[area]!;
  return { area, lat: point.lat, lng: point.lng, ...(EXAMPLE_STATION === undefined ? {} : { station: EXAMPLE_STATION }) };
}

/** An invented address in the city (〇〇 stands for the town). */
export function exampleAddress(number: string): string {
  return `${CITY.name}〇〇 ${number}`;
}
