/**
 * The index a new process (as a new isolate) gets ready, each figure the median of fresh processes
 * (test/bench/cold-index-child.ts): matching's and search's index built by reading the catalog's
 * text, and built from the stored readings (src/services/catalog/snapshot.ts); and the first match
 * and the first search over HTTP in a new server process on the 2k database, with the catalog
 * stored (rows and readings) and without it.
 */
import { fork } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNONYM_GROUPS } from '../../src/config';
import type { Db } from '../../src/db/db';
import { createFieldReadings, encodeReadings } from '../../src/domain/text/readings';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import { catalogSnapshotStored, readCatalogText } from '../../src/services/catalog';
import { buildBenchCatalog } from './catalog';
import type { ChildReport } from './cold-index-child';
import { withBenchServer } from './http';
import { QUERIES } from './queries';

export type ColdIndexPlan = { sizes: number[]; httpSize: number; runs: number };

/** Wall and CPU milliseconds, each the median of the runs. */
export type Cost = { ms: number; cpuMs: number };

/** `stored`: from the stored readings; `read`: by reading the text. */
export type ColdIndexResult = {
  runs: number;
  index: { size: number; matching: { read: Cost; stored: Cost }; search: { read: Cost; stored: Cost } }[];
  http: { size: number; match: { with: Cost; without: Cost }; search: { with: Cost; without: Cost } };
};

const CHILD = fileURLToPath(new URL('./cold-index-child.ts', import.meta.url));

export async function runColdIndex(plan: ColdIndexPlan, seed: number): Promise<ColdIndexResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cold-'));
  try {
    const index: ColdIndexResult['index'] = [];
    for (const size of plan.sizes) {
      const file = join(dir, `readings-${size}.json`);
      writeFileSync(file, storedReadings(size, seed));
      const ready = (which: string, source: string) => medianOf(plan.runs, ['index', which, source, String(size), String(seed), file]);
      index.push({
        size,
        matching: { read: await ready('matching', 'read'), stored: await ready('matching', 'stored') },
        search: { read: await ready('search', 'read'), stored: await ready('search', 'stored') },
      });
    }
    const http = await withBenchServer({ size: plan.httpSize, seed }, async ({ app, db, token, participantIds }) => {
      const url = `file:${join(dir, 'http.db')}`;
      // This server's first request builds the index and stores the readings; the new processes read them.
      await app.request(`/v1/participants/${participantIds[0]}/matches`, { headers: { authorization: `Bearer ${token}` } });
      await catalogSnapshotStored(db);
      await copyDatabase(db, url);
      const first = (path: string, snapshot: string) => medianOf(plan.runs, ['http', 'first', snapshot, url, path, token]);
      const matchPath = `/v1/participants/${participantIds[0]}/matches`;
      const searchPath = `/v1/opportunities?limit=20&q=${encodeURIComponent(QUERIES[0]!.q)}`;
      return {
        size: plan.httpSize,
        match: { with: await first(matchPath, 'with'), without: await first(matchPath, 'without') },
        search: { with: await first(searchPath, 'with'), without: await first(searchPath, 'without') },
      };
    });
    return { runs: plan.runs, index, http };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The readings the service stores for this catalog: every field either index reads. */
function storedReadings(size: number, seed: number): string {
  const readings = createFieldReadings(loadSynonyms(SYNONYM_GROUPS));
  readCatalogText(readings, buildBenchCatalog(size, seed).documents);
  return encodeReadings(readings.byField);
}

/** A copy the child processes open on their own, stored catalog included (`VACUUM INTO`). */
async function copyDatabase(db: Db, url: string): Promise<void> {
  await db.run(sql.raw(`vacuum into '${url.slice('file:'.length)}'`));
}

async function medianOf(runs: number, args: string[]): Promise<Cost> {
  const reports: ChildReport[] = [];
  for (let run = 0; run < runs; run++) {
    const report = await runChild(args);
    // A "with" run that did not load the stored readings would measure the wrong thing.
    if (args[2] === 'with' && report.fromStored !== 1) throw new Error('the new process did not load the stored catalog');
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
    `| matching: built by reading the text / from the stored readings | ${result.index.map(({ matching }) => `${cpu(matching.read)} / ${cpu(matching.stored)}`).join(' | ')} |`,
    `| search: built by reading the text / from the stored readings | ${result.index.map(({ search }) => `${cpu(search.read)} / ${cpu(search.stored)}`).join(' | ')} |`,
    '',
    `| first request of a new server process over HTTP at ${result.http.size / 1000}k: wall ms (CPU ms), median of ${result.runs} | catalog stored | none stored |`,
    '|---|---|---|',
    `| GET /participants/{id}/matches | ${both(result.http.match.with)} | ${both(result.http.match.without)} |`,
    `| GET /opportunities?q= | ${both(result.http.search.with)} | ${both(result.http.search.without)} |`,
  ];
  return lines.join('\n');
}
