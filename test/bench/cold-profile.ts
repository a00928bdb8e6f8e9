/**
 * Where the first request of a new isolate spends its time. Each scenario runs in a fresh child
 * process, as a new isolate would, and does what that request does (load the modules and the
 * vocabularies, prepare the matching catalog and build the search; or build the HSDS export),
 * timing each phase cold and then once more warm, so first-time compilation stands apart from
 * work that grows with the catalog.
 *
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/cold-profile.ts
 *
 * Children inherit the parent's flags, so `--cpu-prof` writes one profile per scenario. Not part
 * of `npm run bench`: it is for finding costs, not for holding budgets.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Scenario = { kind: 'index' | 'hsds'; size: number };
type Phase = { name: string; coldMs: number; warmMs: number | null };

const SCENARIOS: readonly Scenario[] = [
  { kind: 'index', size: 1_000 },
  { kind: 'index', size: 10_000 },
  { kind: 'hsds', size: 2_000 },
];
const SEED = 20261127;
/** Fresh processes per scenario, and warm calls per phase: the machine is shared, so medians are reported. */
const RUNS = 3;
const MODULE_LOAD = 'module load (tsx transpiles here; a Worker bundle does not)';
const FIXTURE = 'synthetic catalog (the fixture, not the request)';

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** The first call pays for parsing and compiling what it calls; the later ones do not. */
async function coldThenWarm(name: string, work: () => unknown): Promise<Phase> {
  const cold = await timed(work);
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) warm.push((await timed(work)).ms);
  return { name, coldMs: cold.ms, warmMs: median(warm) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function indexPhases(size: number): Promise<Phase[]> {
  // Imported here rather than at the top, so that loading them is timed as part of the first request.
  const modules = await timed(async () => ({
    catalog: await import('./catalog'),
    synonymData: (await import('../../src/config/synonyms.json')).default,
    phraseData: (await import('../../src/config/search-phrases.json')).default,
    match: await import('../../src/domain/matching/match'),
    search: await import('../../src/domain/search/catalog-search'),
    parser: await import('../../src/domain/search/query-parser'),
    text: await import('../../src/domain/text/synonyms'),
  }));
  const { catalog, synonymData, phraseData, match, search, parser, text } = modules.value;
  const bench = await timed(() => catalog.buildBenchCatalog(size, SEED));
  const { opportunities, documents } = bench.value;
  // As src/services/catalog/cached-index.ts: vocabularies at module scope, then each index on first use.
  const synonyms = text.loadSynonyms(synonymData.groups);
  const phrases = parser.loadQueryVocabulary(phraseData);
  return [
    { name: MODULE_LOAD, coldMs: modules.ms, warmMs: null },
    { name: FIXTURE, coldMs: bench.ms, warmMs: null },
    await coldThenWarm('loadSynonyms', () => text.loadSynonyms(synonymData.groups)),
    await coldThenWarm('loadQueryVocabulary', () => parser.loadQueryVocabulary(phraseData)),
    await coldThenWarm('prepareCatalog (matching)', () => match.prepareCatalog(opportunities, synonyms)),
    await coldThenWarm('createCatalogSearch (search)', () => search.createCatalogSearch(documents, synonyms, phrases)),
  ];
}

async function hsdsPhases(size: number): Promise<Phase[]> {
  const modules = await timed(async () => ({
    catalog: await import('./catalog'),
    hsds: await import('../../src/domain/hsds/catalog'),
  }));
  const { catalog, hsds } = modules.value;
  const bench = await timed(() => catalog.buildBenchCatalog(size, SEED));
  const listedAt = catalog.BENCH_NOW.toISOString();
  const hosts = bench.value.hosts.map((host) => ({ ...host, id: host.key }));
  // What src/services/hsds reads of each opening, with the bench's host keys as ids.
  const listings = bench.value.entries.map(({ id, source, host }) => ({
    ...source,
    id,
    hostId: host.key,
    hostName: host.name,
    stale: false,
    updatedAt: listedAt,
    confirmedAt: null,
    eligibility: {
      minAge: source.eligibility.minAge ?? null,
      maxAge: source.eligibility.maxAge ?? null,
      genders: source.eligibility.genders,
    },
  }));
  let exported: unknown;
  return [
    { name: MODULE_LOAD, coldMs: modules.ms, warmMs: null },
    { name: FIXTURE, coldMs: bench.ms, warmMs: null },
    await coldThenWarm('hsdsCatalog (build)', () => (exported = hsds.hsdsCatalog(hosts, listings, listedAt))),
    await coldThenWarm('JSON.stringify (the service caches this text)', () => JSON.stringify(exported)),
  ];
}

function runScenario(scenario: Scenario): Promise<Phase[]> {
  return new Promise((resolve, reject) => {
    // fork passes on the parent's flags (tsx's loader, --cpu-prof), so each child is profiled on its own.
    const child = fork(fileURLToPath(import.meta.url), [scenario.kind, String(scenario.size)]);
    child.once('message', (phases) => resolve(phases as Phase[]));
    child.once('error', reject);
    child.once('exit', (code) => code === 0 || reject(new Error(`${scenario.kind} at ${scenario.size} exited with ${code}`)));
  });
}

function ms(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

async function main(): Promise<void> {
  const [kind, size] = process.argv.slice(2);
  if (kind) {
    const phases = kind === 'hsds' ? await hsdsPhases(Number(size)) : await indexPhases(Number(size));
    process.send!(phases);
    return;
  }
  const { loadavg } = await import('node:os');
  console.log(
    `Node ${process.version}; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')}`,
  );
  for (const scenario of SCENARIOS) {
    const runs: Phase[][] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runScenario(scenario));
    console.log(
      `\n| ${scenario.kind} at ${scenario.size} openings, median of ${RUNS} fresh processes | cold ms | warm ms |\n|---|---|---|`,
    );
    runs[0]!.forEach(({ name, warmMs }, at) => {
      const cold = median(runs.map((phases) => phases[at]!.coldMs));
      const warm = warmMs === null ? null : median(runs.map((phases) => phases[at]!.warmMs!));
      console.log(`| ${name} | ${ms(cold)} | ${ms(warm)} |`);
    });
  }
  console.log(
    `\nload average at end ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')}`,
  );
}

await main();
