/**
 * Stations in and just around Nagareyama with approximate coordinates, and the area each one
 * serves. Demo openings and homes are placed near these so travel estimates look like the city.
 */
import type { Area } from './types';

export type Station = { name: string; area: Area; lat: number; lng: number };

export const NAGAREYAMA_STATIONS = [
  { name: '運河', area: 'north', lat: 35.9113, lng: 139.9029 },
  { name: '江戸川台', area: 'north', lat: 35.899, lng: 139.91 },
  { name: '初石', area: 'north', lat: 35.8857, lng: 139.9197 },
  { name: '流山おおたかの森', area: 'central', lat: 35.8718, lng: 139.9252 },
  { name: '流山セントラルパーク', area: 'central', lat: 35.856, lng: 139.918 },
  { name: '南流山', area: 'south', lat: 35.8386, lng: 139.9036 },
  { name: '鰭ケ崎', area: 'south', lat: 35.851, lng: 139.915 },
  { name: '平和台', area: 'south', lat: 35.861, lng: 139.897 },
  { name: '流山', area: 'south', lat: 35.856, lng: 139.902 },
  { name: '豊四季', area: 'east', lat: 35.87, lng: 139.939 },
  { name: '南柏', area: 'east', lat: 35.8447, lng: 139.9535 },
] as const satisfies readonly Station[];

export type StationName = (typeof NAGAREYAMA_STATIONS)[number]['name'];

/** A rough box around the city; every demo coordinate lies inside it. */
export const NAGAREYAMA_BOUNDS = { minLat: 35.82, maxLat: 35.93, minLng: 139.87, maxLng: 139.96 } as const;

export function station(name: StationName): Station {
  const found = NAGAREYAMA_STATIONS.find((s) => s.name === name);
  if (!found) throw new Error(`unknown station ${name}`);
  return found;
}
