/**
 * In-process measurements at one catalog size: building each index, matching one participant
 * (ours, naive fuse.js, raw loop), the `q` search (ours, naive) and recall@10 on the labelled
 * queries. Each engine is built from the same catalog and answers the same inputs round-robin.
 */
import searchPhraseData from '../../src/config/search-phrases.json';
import synonymData from '../../src/config/synonyms.json';
import { demoParticipants } from '../../seed/demo';
import { matchProfile, prepareCatalog } from '../../src/domain/matching/match';
import { createCatalogSearch } from '../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../src/domain/search/query-parser';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import type { Profile } from '../../src/domain/types';
import { BENCH_NOW, buildBenchCatalog, relevantIds, type BenchCatalog } from './catalog';
import { elapsed, MemoryWatch, retainedHeap, timeCalls, type Timing, type TimingPlan } from './measure';
import { createNaiveIndex, naiveMatch, naiveSearch } from './naive';
import { QUERIES, type QueryCase } from './queries';
import { rawLoop, toPlainOpportunities } from './raw-loop';

const synonyms = loadSynonyms(synonymData.groups);
const searchPhrases = loadQueryVocabulary(searchPhraseData);
const MATCH_LIMIT = 20;
const SEARCH_LIMIT = 10;

/** The demo participants' matching profiles: varied interests, limits, places and hours. */
export const PROFILES: readonly Profile[] = demoParticipants.map((p) => ({
  age: p.age ?? null,
  gender: p.gender ?? null,
  home: p.home,
  travel: p.travel,
  availability: p.availability,
  interests: p.interests,
  step: p.step,
  limits: p.limits,
  needs: p.needs,
  preferences: p.preferences ?? null,
  circumstances: p.circumstances ?? null,
}));

export type SizePlan = {
  size: number;
  ours: TimingPlan;
  raw: TimingPlan;
  naiveMatch: TimingPlan;
  /** Rounds over the labelled queries for our search timing. */
  searchRounds: number;
  /** Naive search over the labelled queries; `recall` false when capped at this size. */
  naiveSearch: TimingPlan & { recall: boolean };
};

export type Recall = { queries: number; skipped: number; mean: number; byCase: Partial<Record<QueryCase, number>> };

export type SizeResult = {
  size: number;
  build: {
    catalogMs: number;
    matchingMs: number;
    matchingHeapMb: number;
    searchMs: number;
    searchHeapMb: number;
    naiveMs: number;
    naiveHeapMb: number;
    heapExact: boolean;
  };
  /** Mean number of openings that pass every hard constraint for a profile. */
  feasibleMean: number;
  match: { ours: Timing; naive: Timing; raw: Timing };
  search: { ours: Timing; naive: Timing };
  recall: { ours: Recall; naive: Recall | null };
  memory: { peakRssMb: number; peakHeapMb: number };
};

export function runInProcess(plan: SizePlan, seed: number): SizeResult {
  const memory = new MemoryWatch();
  memory.reset();
  const { value: catalog, ms: catalogMs } = elapsed(() => buildBenchCatalog(plan.size, seed));
  const plain = toPlainOpportunities(catalog.opportunities);
  memory.sample();
  const prepared = retainedHeap(() => prepareCatalog(catalog.opportunities, synonyms));
  memory.sample();
  const search = retainedHeap(() => createCatalogSearch(catalog.documents, synonyms, searchPhrases));
  memory.sample();
  const naive = retainedHeap(() => createNaiveIndex(plain));
  memory.sample();

  const options = { now: BENCH_NOW, limit: MATCH_LIMIT, includeExcluded: false, retention: new Map() };
  const profileAt = (i: number) => PROFILES[i % PROFILES.length]!;
  const feasible = PROFILES.map((profile) => new Set(rawLoop(profile, plain, BENCH_NOW).map((at) => plain[at]!.opportunity.id)));
  const offered = new Map<number, string[]>();
  const match = {
    ours: timeCalls((i) => matchProfile(profileAt(i), prepared.value, options).items, plan.ours),
    raw: timeCalls((i) => rawLoop(profileAt(i), plain, BENCH_NOW), plan.raw),
    // The naive runs are too slow at 100k to repeat for checking, so the timed ones are kept.
    naive: timeCalls((i) => {
      const ids = naiveMatch(naive.value, profileAt(i), MATCH_LIMIT, BENCH_NOW);
      offered.set(i % PROFILES.length, ids);
      return ids;
    }, plan.naiveMatch),
  };
  memory.sample();
  PROFILES.forEach((profile, p) => {
    const ours = matchProfile(profile, prepared.value, options).items.map((item) => item.opportunityId);
    for (const id of [...ours, ...(offered.get(p) ?? [])]) {
      if (!feasible[p]!.has(id)) throw new Error(`profile ${p}: ${id} was offered but breaks a hard constraint`);
    }
  });

  const queryAt = (i: number) => QUERIES[i % QUERIES.length]!.q;
  const oursSearch = timeCalls((i) => search.value.search(queryAt(i), SEARCH_LIMIT), {
    warmup: QUERIES.length,
    iterations: QUERIES.length * plan.searchRounds,
  });
  const oursTop = QUERIES.map(({ q }) => search.value.search(q, SEARCH_LIMIT).map((hit) => hit.id));
  const naiveTop = new Map<number, string[]>();
  const naiveSearchTiming = timeCalls((i) => {
    const ids = naiveSearch(naive.value, queryAt(i), SEARCH_LIMIT);
    naiveTop.set(i % QUERIES.length, ids);
    return ids;
  }, plan.naiveSearch);
  memory.sample();

  const recallNaive =
    plan.naiveSearch.recall && naiveTop.size === QUERIES.length
      ? recallOf(
          catalog,
          QUERIES.map((_, i) => naiveTop.get(i)!),
        )
      : null;
  return {
    size: plan.size,
    build: {
      catalogMs,
      matchingMs: prepared.ms,
      matchingHeapMb: prepared.heapMb,
      searchMs: search.ms,
      searchHeapMb: search.heapMb,
      naiveMs: naive.ms,
      naiveHeapMb: naive.heapMb,
      heapExact: prepared.exact,
    },
    feasibleMean: feasible.reduce((sum, set) => sum + set.size, 0) / feasible.length,
    match,
    search: { ours: oursSearch, naive: naiveSearchTiming },
    recall: { ours: recallOf(catalog, oursTop), naive: recallNaive },
    memory: { peakRssMb: memory.peakRssMb, peakHeapMb: memory.peakHeapMb },
  };
}

/**
 * recall@10 of one query: the share of its relevant openings in the top 10, out of all of them or
 * 10 when there are more (a query with 500 fitting listings is answered perfectly by any 10 of
 * them). Queries with no relevant opening in a small catalog are skipped.
 */
function recallOf(catalog: BenchCatalog, tops: readonly string[][]): Recall {
  const perCase = new Map<QueryCase, number[]>();
  const all: number[] = [];
  let skipped = 0;
  QUERIES.forEach((query, i) => {
    const relevant = relevantIds(query, catalog);
    if (relevant.size === 0) {
      skipped++;
      return;
    }
    const found = (tops[i] ?? []).slice(0, SEARCH_LIMIT).filter((id) => relevant.has(id)).length;
    const recall = found / Math.min(SEARCH_LIMIT, relevant.size);
    all.push(recall);
    perCase.set(query.case, [...(perCase.get(query.case) ?? []), recall]);
  });
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
  return {
    queries: all.length,
    skipped,
    mean: mean(all),
    byCase: Object.fromEntries([...perCase].map(([name, xs]) => [name, mean(xs)])),
  };
}
