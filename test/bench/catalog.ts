/**
 * The benchmark's catalog at one size: the seeded synthetic catalog with the needles of queries.ts
 * planted at evenly spread positions, in every shape the benchmark feeds to what it measures.
 * Ids are `opp_` + position, so id order is catalog order, as in the app.
 */
import { generateCatalog } from '../../seed/synthetic/catalog';
import type { DemoHost, DemoOpportunity } from '../../seed/demo/types';
import type { CatalogDocument } from '../../src/domain/search/catalog-search';
import type { MatchableOpportunity } from '../../src/domain/types';
import { NEEDLES, type LabelledQuery } from './queries';

/** Every listing is dated this way, so none is stale at BENCH_NOW. */
export const BENCH_NOW = new Date('2026-11-27T01:00:00Z');
const LISTED_AT = '2026-10-01T10:00:00+09:00';

export type Entry = { id: string; source: DemoOpportunity; host: DemoHost };

export type BenchCatalog = {
  size: number;
  hosts: DemoHost[];
  entries: Entry[];
  /** What matching sees, exactly as src/services/catalog/cached-index.ts builds it from the rows. */
  opportunities: MatchableOpportunity[];
  /** What the `q` search indexes. */
  documents: CatalogDocument[];
  /** Needle key → opening id. */
  needleIds: ReadonlyMap<string, string>;
};

export function buildBenchCatalog(size: number, seed: number): BenchCatalog {
  if (size < NEEDLES.length) throw new RangeError(`the benchmark catalog needs at least ${NEEDLES.length} openings`);
  const generated = generateCatalog({ size, seed });
  const hostsByKey = new Map(generated.hosts.map((host) => [host.key, host]));
  const sources = [...generated.opportunities];
  const needleIds = new Map<string, string>();
  NEEDLES.forEach((needle, n) => {
    const at = Math.floor(((n + 0.5) * size) / NEEDLES.length);
    const { key: _key, markers: _markers, ...fields } = needle;
    sources[at] = { ...sources[at]!, ...fields, status: 'open' };
    needleIds.set(needle.key, idAt(at));
  });

  const entries = sources.map((source, at) => ({ id: idAt(at), source, host: hostsByKey.get(source.hostKey)! }));
  const opportunities = entries.map(toMatchable);
  const documents = entries.map(({ source, host }, at) => ({
    ...opportunities[at]!,
    pay: source.pay,
    hostNameKana: host.nameKana,
    hostUnderstanding: host.understanding,
  }));
  const catalog = { size, hosts: generated.hosts, entries, opportunities, documents, needleIds };
  assertNeedlesUnique(catalog);
  return catalog;
}

function idAt(position: number): string {
  return `opp_${String(position).padStart(7, '0')}`;
}

function toMatchable({ id, source, host }: Entry): MatchableOpportunity {
  const { location, eligibility } = source;
  return {
    id,
    hostId: host.key,
    hostName: host.name,
    title: source.title,
    kind: source.kind,
    description: source.description,
    tags: source.tags,
    schedule: source.schedule,
    location: { area: location.area, station: location.station, lat: location.lat, lng: location.lng, online: location.online },
    capacity: source.capacity,
    filled: 0,
    step: source.step,
    environment: source.environment,
    support: source.support,
    eligibility: { minAge: eligibility.minAge ?? null, maxAge: eligibility.maxAge ?? null, genders: eligibility.genders },
    // As the app does: a host that is not active offers no open places.
    status: host.status === 'active' ? source.status : 'paused',
    pay: source.pay,
    attendance: 'any',
    months: [],
    hostUnderstanding: host.understanding,
    updatedAt: LISTED_AT,
    confirmedAt: null,
  };
}

function textOf(document: CatalogDocument): string {
  return [document.title, ...document.tags, document.description, document.hostName].join('\n');
}

/** A label "only this needle" is true only while no other opening holds its marker words. */
function assertNeedlesUnique(catalog: BenchCatalog): void {
  const needleAt = new Map([...catalog.needleIds].map(([key, id]) => [id, key]));
  for (const document of catalog.documents) {
    const text = textOf(document);
    for (const needle of NEEDLES) {
      if (needleAt.get(document.id) === needle.key) continue;
      const marker = needle.markers.find((word) => text.includes(word));
      if (marker) {
        throw new Error(
          `bench labels are no longer valid: ${document.id}「${document.title}」contains「${marker}」, a marker of needle ${needle.key}`,
        );
      }
    }
  }
}

/**
 * The ids a person typing the query would accept (see queries.ts). Only open listings count: search
 * puts every open listing before any paused or closed one, so a paused listing that holds the words
 * is rightly outranked by an open one found through a synonym, and is no miss.
 */
export function relevantIds(query: LabelledQuery, catalog: BenchCatalog): Set<string> {
  const { relevant } = query;
  if ('needles' in relevant) return new Set(relevant.needles.map((key) => catalog.needleIds.get(key)!));
  const test =
    'anyOf' in relevant
      ? (text: string) => relevant.anyOf.some((word) => text.includes(word))
      : (text: string) => relevant.allOf.every((word) => text.includes(word));
  return new Set(
    catalog.documents.filter((document) => document.status === 'open' && test(textOf(document))).map((document) => document.id),
  );
}
