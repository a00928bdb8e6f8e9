/**
 * The index a new process (as a new isolate) gets ready, each figure the median of fresh processes
 * (test/bench/cold-index-child.ts): matching's and search's index built by reading the catalog's
 * text, and loaded as stored (packed, src/services/catalog/snapshot.ts); and the first match and
 * the first search over HTTP in a new server process on the 2k database, with the catalog stored
 * and without it, as the process's very first request and after a first request of another kind
 * (`GET /v1/me`), which takes the cost of starting to serve at all (Hono, the database client,
 * sign-in: tens of milliseconds of first-run code in any request) apart from the catalog's.
 */
import { fork } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_PHRASES, SYNONYM_GROUPS } from '../../src/config';
import type { Db } from '../../src/db/db';
import { packCatalog, prepareCatalog } from '../../src/domain/matching/match';
import { createCatalogSearch } from '../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../src/domain/search/query-parser';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import { catalogSnapshotStored } from '../../src/services/catalog';
import { buildBenchCatalog } from './catalog';
import type { ChildReport } from './cold-index-child';
import { withBenchServer } from './http';
import { QUERIES } from './queries';

/** The first request of a kind: as the process's first, with and without the catalog stored, and after a first request of another kind. */
export type FirstRequests = { with: Cost; without: Cost; afterAnother: Cost };

export type ColdIndexPlan = { sizes: number[]; httpSize: number; runs: number };

/** Wall and CPU milliseconds, each the median of the runs. */
export type Cost = { ms: number; cpuMs: number };

/** `stored`: loaded as stored; `read`: built by reading the text. */
export type ColdIndexResult = {
  runs: number;
  index: { size: number; matching: { read: Cost; stored: Cost }; search: { read: Cost; stored: Cost } }[];
  http: { size: number; me: Cost; match: FirstRequests; search: FirstRequests };
};

const ME = '/v1/me';
const CHILD = fileURLToPath(new URL('./cold-index-child.ts', import.meta.url));

export async function runColdIndex(plan: ColdIndexPlan, seed: number): Promise<ColdIndexResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cold-'));
  try {
    const index: ColdIndexResult['index'] = [];
    for (const size of plan.sizes) {
      const packed = packedIndexes(size, seed);
      const files = { matching: join(dir, `matching-${size}.json`), search: join(dir, `search-${size}.json`) };
      writeFileSync(files.matching, packed.matching);
      writeFileSync(files.search, packed.search);
      const ready = (which: keyof typeof files, source: string) =>
        medianOf(plan.runs, ['index', which, source, String(size), String(seed), files[which]]);
      index.push({
        size,
        matching: { read: await ready('matching', 'read'), stored: await ready('matching', 'stored') },
        search: { read: await ready('search', 'read'), stored: await ready('search', 'stored') },
      });
    }
    const http = await withBenchServer({ size: plan.httpSize, seed }, async ({ app, db, token, participantIds }) => {
      const url = `file:${join(dir, 'http.db')}`;
      // This server's first request builds the index and stores it; the new processes load it.
      await app.request(`/v1/participants/${participantIds[0]}/matches`, { headers: { authorization: `Bearer ${token}` } });
      await catalogSnapshotStored(db);
      await copyDatabase(db, url);
      const first = (path: string, snapshot: 'with' | 'without', before?: string) =>
        medianOf(plan.runs, ['http', snapshot, url, path, token, ...(before ? [before] : [])], snapshot === 'with' && path !== ME);
      const firstOf = async (path: string): Promise<FirstRequests> => ({
        with: await first(path, 'with'),
        without: await first(path, 'without'),
        afterAnother: await first(path, 'with', ME),
      });
      return {
        size: plan.httpSize,
        me: await first(ME, 'with'),
        match: await firstOf(`/v1/participants/${participantIds[0]}/matches`),
        search: await firstOf(`/v1/opportunities?limit=20&q=${encodeURIComponent(QUERIES[0]!.q)}`),
      };
    });
    return { runs: plan.runs, index, http };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both indexes as the service stores them for this catalog, packed as JSON text. */
function packedIndexes(size: number, seed: number): { matching: string; search: string } {
  const { opportunities, documents } = buildBenchCatalog(size, seed);
  const synonyms = loadSynonyms(SYNONYM_GROUPS);
  return {
    matching: JSON.stringify(packCatalog(prepareCatalog(opportunities, synonyms))),
    search: JSON.stringify(createCatalogSearch(documents, synonyms, loadQueryVocabulary(SEARCH_PHRASES)).pack()),
  };
}

/** A copy the child processes open on their own, stored catalog included (`VACUUM INTO`). */
async function copyDatabase(db: Db, url: string): Promise<void> {
  await db.run(sql.raw(`vacuum into '${url.slice('file:'.length)}'`));
}

/** `loads`: the run must load the stored catalog and both indexes, or it would measure the wrong thing. */
async function medianOf(runs: number, args: string[], loads = false): Promise<Cost> {
  const reports: ChildReport[] = [];
  for (let run = 0; run < runs; run++) {
    const report = await runChild(args);
    if (loads && (report.fromStored !== 1 || report.indexesBuilt !== 0))
      throw new Error(`${args.join(' ')}: the stored catalog was not loaded`);
    reports.push(report);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: median(reports.map((report) => report.ms)), cpuMs: median(reports.map((report) => report.cpuMs)) };
}

function runChild(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, args);
    child.once('message', (report) => resolve(report as ChildReport));
    child.once('error', reject);
    child.once('exit', (code) => code === 0 || reject(new Error(`cold-index ${args.join(' ')} exited with ${code}`)));
  });
}

export function renderColdIndex(result: ColdIndexResult): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  const cpu = ({ cpuMs }: Cost) => ms(cpuMs);
  const both = ({ ms: wall, cpuMs }: Cost) => `${ms(wall)} (CPU ${ms(cpuMs)})`;
  const lines = [
    `| a new process gets the index ready: CPU ms, median of ${result.runs} processes | ${result.index.map(({ size }) => `${size / 1000}k openings`).join(' | ')} |`,
    `|---|${result.index.map(() => '---|').join('')}`,
    `| matching: built by reading the text / loaded as stored | ${result.index.map(({ matching }) => `${cpu(matching.read)} / ${cpu(matching.stored)}`).join(' | ')} |`,
    `| search: built by reading the text / loaded as stored | ${result.index.map(({ search }) => `${cpu(search.read)} / ${cpu(search.stored)}`).join(' | ')} |`,
    '',
    `| first request of a new server process over HTTP at ${result.http.size / 1000}k: wall ms (CPU ms), median of ${result.runs} | catalog stored | none stored | stored, after a first GET /v1/me |`,
    '|---|---|---|---|',
    `| GET /participants/{id}/matches | ${both(result.http.match.with)} | ${both(result.http.match.without)} | ${both(result.http.match.afterAnother)} |`,
    `| GET /opportunities?q= | ${both(result.http.search.with)} | ${both(result.http.search.without)} | ${both(result.http.search.afterAnother)} |`,
    `| GET /v1/me (no catalog read: what starting to serve costs) | ${both(result.http.me)} | | |`,
  ];
  return lines.join('\n');
}
