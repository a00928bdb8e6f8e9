/**
 * Where synthetic hosts sit. The city in force comes first and is laid out by its settings: each
 * host in one of its areas, within about 1.5 km of that area's representative point, named after
 * the nearest station the settings list. Other cities get the same layout moved to their centre,
 * so every area code of the settings appears in each and the catalog stays valid for the API.
 */
import { AREA_LABELS, AREA_REPRESENTATIVE_POINTS, AREAS, CITY, STATIONS } from '../../src/config';
import { round4 } from '../demo/build';
import { CITIES, type City } from './cities';
import type { Rng } from './prng';

export type HostPlace = { area: string; station: string; lat: number; lng: number; address: string };

type Point = { lat: number; lng: number };

const COMMON_TOWNS = ['本町', '中央', '栄町', '緑町', '旭町', '東町', '幸町', '寿町', '宮前', '新町'] as const;

/** How far from its area's point a host may sit, in degrees (about 1.5 km). */
const SPREAD = 0.014;

function areaPoint(area: string): Point {
  const point = AREA_REPRESENTATIVE_POINTS[area];
  if (!point) throw new Error(`the city settings give no representative point for ${area}`);
  return point;
}

/** The middle of the city's area points; another city's layout is this one moved to its centre. */
const CENTRE: Point = {
  lat: AREAS.reduce((sum, area) => sum + areaPoint(area).lat, 0) / AREAS.length,
  lng: AREAS.reduce((sum, area) => sum + areaPoint(area).lng, 0) / AREAS.length,
};

/**
 * The city in force as the first city of a catalog. Its reading (for host names) comes from
 * CITIES when the city is there; a city that is not gets a plain one, since a reading cannot be
 * guessed from kanji.
 */
export const HOME_CITY: City = (() => {
  const known = CITIES.find((city) => city.name === CITY.name);
  return {
    prefecture: known?.prefecture ?? '',
    name: CITY.name,
    kana: known?.kana ?? 'まち',
    station: known?.station ?? CITY.name,
    ...CENTRE,
  };
})();

/** The cities a catalog may spread over: the city in force, then the others of CITIES. */
export const CATALOG_CITIES: readonly City[] = [HOME_CITY, ...CITIES.filter((city) => city.name !== CITY.name)].slice(0, CITIES.length);

/** The box every synthetic place of the city in force lies in (openings sit a few metres from their host). */
const MARGIN = SPREAD + 0.001;
export const HOME_BOUNDS = {
  minLat: Math.min(...AREAS.map((area) => areaPoint(area).lat)) - MARGIN,
  maxLat: Math.max(...AREAS.map((area) => areaPoint(area).lat)) + MARGIN,
  minLng: Math.min(...AREAS.map((area) => areaPoint(area).lng)) - MARGIN,
  maxLng: Math.max(...AREAS.map((area) => areaPoint(area).lng)) + MARGIN,
};

export function hostPlace(rng: Rng, city: City, isHome: boolean): HostPlace {
  const number = `${rng.int(1, 9)}丁目${rng.int(1, 40)}-${rng.int(1, 20)}`;
  const area = rng.pick(AREAS);
  const { lat, lng } = areaPoint(area);
  const at = {
    lat: round4(lat + (isHome ? 0 : city.lat - CENTRE.lat) + between(rng, -SPREAD, SPREAD)),
    lng: round4(lng + (isHome ? 0 : city.lng - CENTRE.lng) + between(rng, -SPREAD, SPREAD)),
  };
  return {
    area,
    station: isHome ? (nearestStation(at) ?? `${AREA_LABELS[area] ?? area}`) : city.station,
    ...at,
    address: `${city.prefecture}${city.name}${rng.pick(COMMON_TOWNS)}${number}`,
  };
}

/** The settings' station nearest to a point (plain degrees are close enough within one city). */
function nearestStation(at: Point): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const [name, point] of Object.entries(STATIONS)) {
    const distance = (point.lat - at.lat) ** 2 + (point.lng - at.lng) ** 2;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name ?? null;
}

function between(rng: Rng, min: number, max: number): number {
  return min + rng.next() * (max - min);
}
