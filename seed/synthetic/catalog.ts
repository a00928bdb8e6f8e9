/**
 * A large, realistic-looking catalog for benchmarks and load tests: hosts with 5–8 openings each,
 * in the city of the settings in force (cities = 1) or spread over the first `cities` of
 * CATALOG_CITIES (that city first). The same seed and settings always give the same catalog, so
 * benchmark runs can be compared.
 */
import type { HostStatus, HostType } from '../../src/domain/types';
import { HOST_TYPES, UNDERSTANDING } from '../../src/domain/types';
import type { DemoHost, DemoOpportunity } from '../demo/types';
import { ACTIVITIES, type Activity } from './activities';
import type { City } from './cities';
import { contactPerson, hostName } from './host-names';
import { makeOpening } from './opening';
import { CATALOG_CITIES, hostPlace, type HostPlace } from './places';
import { createRng, type Rng } from './prng';

export type CatalogOptions = {
  /** Number of openings. */
  size: number;
  seed: number;
  /** How many cities to spread over, from the start of CATALOG_CITIES (the city in force first). Default 1. */
  cities?: number;
};

export type Catalog = { hosts: DemoHost[]; opportunities: DemoOpportunity[] };

/** Rough shares of host types among a city's hosts. */
const HOST_TYPE_WEIGHTS: readonly (readonly [HostType, number])[] = [
  ['npo', 18],
  ['company', 14],
  ['shop', 14],
  ['farm', 8],
  ['public', 8],
  ['welfare_corp', 14],
  ['community', 16],
  ['other', 8],
];

const HOST_NOTES = [
  '初めての人は見学から受け入れている。',
  '担当者が丁寧に教えてくれる。',
  '駐車場あり。',
  '駅から徒歩10分ほど。',
  '平日の午前が比較的落ち着いている。',
  '受け入れ実績あり。定着支援にも協力的。',
  '雨の日は屋内の作業に切り替える。',
  '代表者が地域の民生委員を兼ねている。',
];

const ACTIVITIES_BY_TYPE = {} as Record<HostType, readonly Activity[]>;
for (const type of HOST_TYPES) ACTIVITIES_BY_TYPE[type] = ACTIVITIES.filter((a) => a.hostTypes.includes(type));

export function generateCatalog({ size, seed, cities = 1 }: CatalogOptions): Catalog {
  if (!Number.isInteger(size) || size < 0) throw new RangeError('size must be a whole number ≥ 0');
  if (!Number.isInteger(cities) || cities < 1 || cities > CATALOG_CITIES.length) {
    throw new RangeError(`cities must be a whole number from 1 to ${CATALOG_CITIES.length}`);
  }
  const rng = createRng(seed);
  const hosts: DemoHost[] = [];
  const opportunities: DemoOpportunity[] = [];
  while (opportunities.length < size) {
    const cityIndex = rng.int(0, cities - 1);
    const city = CATALOG_CITIES[cityIndex] as City;
    const type = pickHostType(rng);
    const place = hostPlace(rng, city, cityIndex === 0);
    const host = makeHost(rng, hosts.length, type, city, place);
    hosts.push(host);
    const count = Math.min(rng.int(5, 8), size - opportunities.length);
    for (let i = 0; i < count; i++) {
      opportunities.push(makeOpening(rng, host, place, rng.pick(ACTIVITIES_BY_TYPE[type])));
    }
  }
  return { hosts, opportunities };
}

function makeHost(rng: Rng, index: number, type: HostType, city: City, place: HostPlace): DemoHost {
  const key = `syn-${String(index + 1).padStart(6, '0')}`;
  const [name, nameKana] = hostName(rng, type, [city.name.replace(/市$/, ''), city.kana]);
  return {
    key,
    name,
    nameKana,
    type,
    area: place.area,
    address: place.address,
    contact: {
      person: contactPerson(rng, type),
      phone: `04-0000-${String((index % 9999) + 1).padStart(4, '0')}`,
      email: `${key}@example.jp`,
    },
    understanding: rng.sample(UNDERSTANDING, rng.int(1, 3)),
    status: hostStatus(rng),
    notes: rng.sample(HOST_NOTES, 2).join(''),
  };
}

function pickHostType(rng: Rng): HostType {
  const total = HOST_TYPE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [type, weight] of HOST_TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 'npo';
}

function hostStatus(rng: Rng): HostStatus {
  const roll = rng.next();
  return roll < 0.9 ? 'active' : roll < 0.95 ? 'prospect' : roll < 0.98 ? 'paused' : 'ended';
}
