/**
 * The demo is Nagareyama's story: its hosts, homes and stations are written in Nagareyama's areas
 * and places, so it is seeded only where the settings in force are Nagareyama's (its city code),
 * and checked against Nagareyama's shipped settings whatever the settings in force.
 */
import { CITY } from '../../src/config';
import nagareyama from '../../src/config/cities/nagareyama.json';

/** The city the demo is written for, and its area codes. */
export const DEMO_CITY = nagareyama.city;
export const DEMO_AREAS: readonly string[] = nagareyama.areas.map((area) => area.code);

export function demoFitsCity(city: { code: string } = CITY): boolean {
  return city.code === DEMO_CITY.code;
}
