/**
 * Where synthetic hosts sit. Nagareyama (the first city) is laid out around its real stations, so
 * its areas match the demo data; other cities get the same four area codes by direction from the
 * centre (central within about 1 km, then north, south or east).
 */
import { AREAS } from '../../src/config';
import { round4 } from '../demo/build';
import { NAGAREYAMA_STATIONS } from '../demo/stations';
import type { Area } from '../demo/types';
import type { City } from './cities';
import type { Rng } from './prng';

export type HostPlace = { area: Area; station: string; lat: number; lng: number; address: string };

const NAGAREYAMA_TOWNS: Record<Area, readonly string[]> = {
  north: ['江戸川台東', '江戸川台西', '東深井', '西深井', '東初石', '西初石'],
  central: ['おおたかの森北', 'おおたかの森南', 'おおたかの森東', '市野谷', '十太夫'],
  south: ['南流山', '流山', '平和台', '鰭ケ崎', '西平井'],
  east: ['向小金', '前平井', '名都借', '野々下', '松ケ丘'],
};

const COMMON_TOWNS = ['本町', '中央', '栄町', '緑町', '旭町', '東町', '幸町', '寿町', '宮前', '新町'] as const;

/** Degrees of latitude/longitude from the centre, per area, for cities other than Nagareyama. */
const SECTORS: Record<Area, { lat: [number, number]; lng: [number, number] }> = {
  central: { lat: [-0.01, 0.01], lng: [-0.01, 0.01] },
  north: { lat: [0.012, 0.04], lng: [-0.03, 0.03] },
  south: { lat: [-0.04, -0.012], lng: [-0.03, 0.03] },
  east: { lat: [-0.02, 0.02], lng: [0.012, 0.045] },
};
/** An area code of the city's settings that has no direction above: anywhere in the city. */
const WHOLE_CITY = { lat: [-0.04, 0.04], lng: [-0.045, 0.045] } satisfies (typeof SECTORS)[Area];

export function hostPlace(rng: Rng, city: City, isNagareyama: boolean): HostPlace {
  const number = `${rng.int(1, 9)}丁目${rng.int(1, 40)}-${rng.int(1, 20)}`;
  if (isNagareyama) {
    const s = rng.pick(NAGAREYAMA_STATIONS);
    return {
      area: s.area,
      station: s.name,
      lat: round4(s.lat + between(rng, -0.005, 0.005)),
      lng: round4(s.lng + between(rng, -0.005, 0.005)),
      address: `${city.name}${rng.pick(NAGAREYAMA_TOWNS[s.area] ?? COMMON_TOWNS)}${number}`,
    };
  }
  const area = rng.pick(AREAS);
  const sector = SECTORS[area] ?? WHOLE_CITY;
  return {
    area,
    station: city.station,
    lat: round4(city.lat + between(rng, ...sector.lat)),
    lng: round4(city.lng + between(rng, ...sector.lng)),
    address: `${city.prefecture}${city.name}${rng.pick(COMMON_TOWNS)}${number}`,
  };
}

function between(rng: Rng, min: number, max: number): number {
  return min + rng.next() * (max - min);
}
