/**
 * The benchmark's result: the machine it ran on, the measurements, and the project's performance
 * budgets (and those issues set) checked against them; printed as Markdown tables (pasted into the README as they are)
 * and written as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname } from 'node:path';
import type { HsdsResult } from './hsds';
import type { HttpResult } from './http';
import type { SizeResult } from './in-process';
import type { LoadResult } from './load';
import type { Timing } from './measure';
import type { ProbeSeries, WorkerColdResult } from './worker-cold';
import { QUERIES, type QueryCase } from './queries';
import type { ColdIndexResult } from './cold-index';

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeMemoryGb: number;
  loadAverage: number[];
  os: string;
  node: string;
  date: string;
};

export type Budget = { name: string; limit: string; measured: string; held: boolean };

export type BenchReport = {
  mode: 'full' | 'smoke';
  machine: Machine;
  seed: number;
  durationS: number;
  /** Other work on the machine shows here and in the p95s. */
  loadAverageAtEnd: number[];
  inProcess: SizeResult[];
  http: HttpResult[];
  load: LoadResult;
  hsds: HsdsResult[];
  /** The Worker in workerd; null in a smoke run, which skips it. */
  worker: WorkerColdResult | null;
  budgets: Budget[];
  /** A new process's index: built by reading the text and from stored readings (cold-index.ts). */
  coldIndex?: ColdIndexResult;
};

export function loadAverage(): number[] {
  return loadavg().map((x) => round(x, 2));
}

export function machineInfo(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    freeMemoryGb: round(freemem() / 1024 ** 3, 1),
    loadAverage: loadAverage(),
    os: `${osType()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** Growth of cost with size as an exponent: time ∝ size^k, so k = 1 is linear. */
export function growth(smaller: { size: number; ms: number }, larger: { size: number; ms: number }): number {
  return Math.log(larger.ms / smaller.ms) / Math.log(larger.size / smaller.size);
}

/** Linear growth with room for timing noise: k up to this counts as linear. */
const LINEAR_EXPONENT = 1.1;
const BUDGET_SIZE = 10_000;
/** A Workers request stays inside 10 ms CPU at city scale (the free plan's limit). */
const WORKERS_CITY_SIZE = 2_000;

/** Issue 14: matching at the largest catalog measured keeps its p95 here. */
const LARGEST_SIZE = 100_000;
const LARGEST_MATCH_P95_MS = 15;

/**
 * Issue 14: what a new process or isolate pays before its first answer. The index (matching's and
 * search's, each) is ready in this much CPU at 1k and 10k openings, in a new process; the first
 * match or search over HTTP at 2k answers in this much wall time. The issue's starting figure for
 * the latter (281 ms) was the first request of a new app in the benchmark's running server: the
 * catalog's cost, with Hono, the database client and sign-in already run once. It is measured so
 * here (`HttpResult.coldStored`, the catalog stored as any deployment's first request stores it;
 * the median of three new apps).
 * A new process pays first-run compilation on top, in any request (about 25–50 ms for `GET /v1/me`
 * alone on this machine): cold-index.ts reports those figures beside, and the Worker rows (new
 * isolates in workerd) are the deployment's own.
 */
const COLD_INDEX_CPU_MS: Readonly<Record<number, number>> = { 1_000: 5, 10_000: 40 };
const FIRST_REQUEST_MS = 30;

export function checkColdIndexBudgets(cold: ColdIndexResult): Budget[] {
  const budgets: Budget[] = [];
  for (const { size, matching, search } of cold.index) {
    const limit = COLD_INDEX_CPU_MS[size];
    if (limit === undefined) continue;
    budgets.push(
      atMost(`matching index ready in a new process at ${sizeLabel(size)} (stored), CPU`, matching.stored.cpuMs, limit),
      atMost(`search index ready in a new process at ${sizeLabel(size)} (stored), CPU`, search.stored.cpuMs, limit),
    );
  }
  return budgets;
}

/** Issue 11: a console page is served in under 20 ms and weighs under 100 KB, its CSS included. */
const CONSOLE_PAGE_MS = 20;
const CONSOLE_PAGE_KB = 100;

export function checkBudgets(sizes: readonly SizeResult[], http: readonly HttpResult[], load: LoadResult): Budget[] {
  const budgets: Budget[] = [];
  const at = sizes.find((s) => s.size === BUDGET_SIZE);
  if (at) {
    budgets.push(
      under('match p50 in-process at 10k', at.match.ours.p50, 5),
      under('search p50 in-process at 10k', at.search.ours.p50, 5),
      atLeast('match: naive / ours at 10k', at.match.naive.p50 / at.match.ours.p50, 10),
      atLeast('search: naive / ours at 10k', at.search.naive.p50 / at.search.ours.p50, 10),
    );
    if (at.recall.naive) {
      budgets.push({
        name: 'recall@10 ours ≥ naive at 10k',
        limit: `≥ ${fmtRecall(at.recall.naive.mean)}`,
        measured: fmtRecall(at.recall.ours.mean),
        held: at.recall.ours.mean >= at.recall.naive.mean,
      });
    }
  }
  const largest = sizes.find((s) => s.size === LARGEST_SIZE);
  if (largest) budgets.push(atMost('match p95 in-process at 100k', largest.match.ours.p95, LARGEST_MATCH_P95_MS));
  for (const s of sizes) {
    const ratio = s.match.ours.p50 / s.match.raw.p50;
    budgets.push({
      name: `match: ours / raw loop at ${sizeLabel(s.size)}`,
      limit: '≤ 5×',
      measured: `${fmtRatio(ratio)}`,
      held: ratio <= 5,
    });
  }
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1]!, sizes[i]!];
    for (const [what, pick] of [
      ['match', (s: SizeResult) => s.match.ours],
      ['search', (s: SizeResult) => s.search.ours],
    ] as const) {
      const k = growth({ size: a.size, ms: pick(a).p50 }, { size: b.size, ms: pick(b).p50 });
      // The floor's own growth tells the machine's share (caches, memory) from the algorithm's.
      const floor =
        what === 'match'
          ? `; raw loop k = ${growth({ size: a.size, ms: a.match.raw.p50 }, { size: b.size, ms: b.match.raw.p50 }).toFixed(2)}`
          : '';
      budgets.push({
        name: `${what} growth ${sizeLabel(a.size)}→${sizeLabel(b.size)} (time ∝ size^k)`,
        limit: `k ≤ ${LINEAR_EXPONENT}`,
        measured: `k = ${k.toFixed(2)} (${fmtRatio(pick(b).p50 / pick(a).p50)} for ${fmtRatio(b.size / a.size)} the openings${floor})`,
        held: k <= LINEAR_EXPONENT,
      });
    }
  }
  const city = http.find((h) => h.size === WORKERS_CITY_SIZE);
  if (city) {
    for (const [what, timing] of [
      ['match', city.inApp.match],
      ['search', city.inApp.search],
    ] as const) {
      budgets.push({
        name: `warm ${what} request at 2k in-app, p95 (Workers: 10 ms CPU)`,
        limit: '≤ 10 ms',
        measured: `${fmtMs(timing.p95)} ms (p50 ${fmtMs(timing.p50)})`,
        held: timing.p95 <= 10,
      });
    }
    budgets.push(
      atMost('first match at 2k over HTTP: a new app, catalog stored', city.coldStored.match.ms, FIRST_REQUEST_MS),
      atMost('first search at 2k over HTTP: a new app, catalog stored', city.coldStored.search.ms, FIRST_REQUEST_MS),
    );
  }
  if (city) {
    for (const [what, timing] of [
      ['matches page', city.console.matches],
      ["host's openings page", city.console.openings],
    ] as const) {
      budgets.push(under(`console ${what} at 2k in-app, p50`, timing.p50, CONSOLE_PAGE_MS));
    }
  }
  const pages = (http.find((h) => h.size === WORKERS_CITY_SIZE) ?? http[0])?.console.pages ?? [];
  for (const page of pages) {
    budgets.push({
      name: `console ${page.page} page: bytes sent with CSS`,
      limit: `< ${CONSOLE_PAGE_KB} KB`,
      measured: `${fmtKb(page.totalBytes)} KB`,
      held: page.totalBytes < CONSOLE_PAGE_KB * 1024,
    });
  }
  for (const h of http) {
    // The first request's count also holds the index it stores after its response (test/api/matching
    // proves its own at most 3), so the budget reads the requests after it.
    const most = Math.max(h.match.roundTrips.max, h.search.roundTrips.max);
    budgets.push({
      name: `database round trips per request at ${sizeLabel(h.size)}`,
      limit: '≤ 3',
      measured: `${most} at most`,
      held: most <= 3,
    });
  }
  // Issue 13: under load nothing fails, nothing acknowledged is lost, no seat is given twice.
  for (const [name, count] of [
    ['errors', load.errors],
    ['lost writes', load.lostWrites],
    ['overbooked openings', load.overbooked],
  ] as const) {
    budgets.push({
      name: `load run (${load.clients} clients, ${load.seconds} s): ${name}`,
      limit: '0',
      measured: String(count),
      held: count === 0,
    });
  }
  return budgets;
}

/** Issue 14: the HSDS export at city scale, and what eight exports do to everyone else at 10k. */
const HSDS_EXPORT_MS = 100;
const BESIDE_EXPORTS_P95_MS = 50;

export function checkHsdsBudgets(hsds: readonly HsdsResult[]): Budget[] {
  const budgets: Budget[] = [];
  const city = hsds.find((h) => h.size === WORKERS_CITY_SIZE);
  if (city) {
    budgets.push(
      atMost('GET /v1/export/hsds at 2k openings, first call of the day', city.firstOfDayMs, HSDS_EXPORT_MS),
      atMost('GET /v1/export/hsds at 2k, first call of a new process (stored export)', city.newProcessMs, HSDS_EXPORT_MS),
    );
  }
  for (const h of hsds) {
    if (!h.beside) continue;
    budgets.push(
      atMost(`GET /v1/me p95 while eight first exports run at ${sizeLabel(h.size)}`, h.beside.duringExports.p95, BESIDE_EXPORTS_P95_MS),
    );
  }
  return budgets;
}

/** A Workers request, the first of a new isolate included, inside the free plan's 10 ms CPU. */
const WORKERS_CPU_MS = 10;

export function checkWorkerBudgets(worker: WorkerColdResult | null): Budget[] {
  if (!worker) return [];
  const cpu = (name: string, cpuMs: number | null): Budget =>
    cpuMs === null
      ? { name, limit: `≤ ${WORKERS_CPU_MS} ms`, measured: 'no CPU profile', held: false }
      : atMost(name, cpuMs, WORKERS_CPU_MS);
  return [
    cpu('Worker (workerd) first match after a start at 2k, CPU', worker.first.match.cpuMs),
    cpu('Worker (workerd) first search after a start at 2k, CPU', worker.first.search.cpuMs),
    cpu('Worker (workerd) first match of a new isolate, index stored, at 2k, CPU', worker.stored.match.cpuMs),
    cpu('Worker (workerd) first search of a new isolate, index stored, at 2k, CPU', worker.stored.search.cpuMs),
    cpu('Worker (workerd) first match after a listing change at 2k, CPU', worker.afterChange.match.cpuMs),
    cpu('Worker (workerd) warm match at 2k, CPU per request', worker.warm.match.cpuMs),
    cpu('Worker (workerd) warm search at 2k, CPU per request', worker.warm.search.cpuMs),
  ];
}

function atMost(name: string, ms: number, limit: number): Budget {
  return { name, limit: `≤ ${limit} ms`, measured: `${fmtMs(ms)} ms`, held: ms <= limit };
}

function under(name: string, ms: number, limit: number): Budget {
  return { name, limit: `< ${limit} ms`, measured: `${fmtMs(ms)} ms`, held: ms < limit };
}

function atLeast(name: string, ratio: number, limit: number): Budget {
  return { name, limit: `≥ ${limit}×`, measured: fmtRatio(ratio), held: ratio >= limit };
}

export function renderReport(report: BenchReport): string {
  const { machine } = report;
  const lines: string[] = [];
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}; ` +
      `load average (1/5/15 min) at start ${machine.loadAverage.join(' / ')}, at end ${report.loadAverageAtEnd.join(' / ')}; ${machine.date.slice(0, 16).replace('T', ' ')} UTC; ` +
      `${report.mode === 'smoke' ? 'SMOKE run (tiny sizes, not a result)' : 'full run'} in ${report.durationS.toFixed(0)} s, seed ${report.seed}.`,
  );
  lines.push('');
  lines.push(...inProcessTable(report.inProcess));
  lines.push('');
  const compared = [...report.inProcess].reverse().find((s) => s.recall.naive !== null);
  if (compared) {
    lines.push(...recallTable(compared));
    lines.push('');
  }
  if (report.http.length > 0) {
    lines.push(...httpTable(report.http));
    lines.push('');
  }
  if (report.http.length > 0) {
    lines.push(...consoleTable(report.http));
    lines.push('');
  }
  lines.push(...loadTable(report.load));
  lines.push('');
  if (report.hsds.length > 0) {
    lines.push(...hsdsTable(report.hsds));
    lines.push('');
  }
  if (report.worker) {
    lines.push(...workerTable(report.worker));
    lines.push('');
  }
  if (report.mode === 'smoke')
    lines.push('Smoke run: too small and too short to judge the budgets; they are checked here only so the code keeps working.', '');
  lines.push(...renderBudgets(report.budgets));
  return lines.join('\n');
}

function inProcessTable(sizes: readonly SizeResult[]): string[] {
  const header = ['in-process (ms unless noted)', ...sizes.map((s) => `${sizeLabel(s.size)} openings`)];
  const row = (label: string, cell: (s: SizeResult) => string) => [label, ...sizes.map(cell)];
  const timing = (t: Timing) => `${fmtMs(t.p50)} / ${fmtMs(t.p95)}${t.capped || t.n < 20 ? ` (n=${t.n})` : ''}`;
  const rows = [
    row('match p50 / p95: ours', (s) => timing(s.match.ours)),
    row('match p50 / p95: naive fuse.js', (s) => timing(s.match.naive)),
    row('match p50 / p95: raw loop (floor)', (s) => timing(s.match.raw)),
    row('match naive / ours', (s) => fmtRatio(s.match.naive.p50 / s.match.ours.p50)),
    row('match ours / raw loop', (s) => fmtRatio(s.match.ours.p50 / s.match.raw.p50)),
    row('openings that fit a profile (mean)', (s) => s.feasibleMean.toFixed(0)),
    row('search p50 / p95: ours', (s) => timing(s.search.ours)),
    row('search p50 / p95: naive fuse.js', (s) => timing(s.search.naive)),
    row('search naive / ours', (s) => fmtRatio(s.search.naive.p50 / s.search.ours.p50)),
    row('recall@10 ours', (s) => recallCell(s.recall.ours)),
    row('recall@10 naive', (s) => (s.recall.naive ? recallCell(s.recall.naive) : 'not run (too slow)')),
    row('p50 growth from previous size: match / search / raw loop', (s) => {
      const previous = sizes[sizes.indexOf(s) - 1];
      if (!previous) return '—';
      const ratio = (pick: (r: SizeResult) => Timing) => fmtRatio(pick(s).p50 / pick(previous).p50);
      return `${ratio((r) => r.match.ours)} / ${ratio((r) => r.search.ours)} / ${ratio((r) => r.match.raw)}`;
    }),
    row('build: matching / search / naive', (s) => `${fmtMs(s.build.matchingMs)} / ${fmtMs(s.build.searchMs)} / ${fmtMs(s.build.naiveMs)}`),
    row(
      `heap held (MB): matching / search / naive${sizes[0]?.build.heapExact === false ? ' (approx.)' : ''}`,
      (s) => `${s.build.matchingHeapMb.toFixed(0)} / ${s.build.searchHeapMb.toFixed(0)} / ${s.build.naiveHeapMb.toFixed(0)}`,
    ),
    row('peak RSS / heap (MB)', (s) => `${s.memory.peakRssMb.toFixed(0)} / ${s.memory.peakHeapMb.toFixed(0)}`),
  ];
  return markdown(header, rows);
}

function recallTable(size: SizeResult): string[] {
  const naive = size.recall.naive!;
  const cases = Object.keys(size.recall.ours.byCase) as QueryCase[];
  const counts = new Map<QueryCase, number>();
  for (const query of QUERIES) counts.set(query.case, (counts.get(query.case) ?? 0) + 1);
  return markdown(
    [`recall@10 by case at ${sizeLabel(size.size)}`, ...cases.map((c) => `${c} (${counts.get(c) ?? 0})`)],
    [
      ['ours', ...cases.map((c) => fmtRecall(size.recall.ours.byCase[c] ?? NaN))],
      ['naive fuse.js', ...cases.map((c) => fmtRecall(naive.byCase[c] ?? NaN))],
    ],
  );
}

function httpTable(http: readonly HttpResult[]): string[] {
  const header = ['over HTTP (Node server, file database)', ...http.map((h) => `${sizeLabel(h.size)} openings`)];
  const row = (label: string, cell: (h: HttpResult) => string) => [label, ...http.map(cell)];
  const trips = (r: { min: number; max: number }) => (r.min === r.max ? `${r.max}` : `${r.min}–${r.max}`);
  return markdown(header, [
    row(
      'first request (reads catalog, builds index; round trips include storing it after the response)',
      (h) => `${fmtMs(h.cold.ms)} ms, ${h.cold.roundTrips} round trips`,
    ),
    row(
      'first match / first search of a new app in the running server, catalog stored (loads the index), median of 3 new apps',
      (h) =>
        `${fmtMs(h.coldStored.match.ms)} / ${fmtMs(h.coldStored.search.ms)} ms, ${h.coldStored.match.roundTrips} / ${h.coldStored.search.roundTrips} round trips`,
    ),
    row('floor: GET /bench-floor (404, no service, no database) p50 / p95', (h) => `${fmtMs(h.floor.p50)} / ${fmtMs(h.floor.p95)} ms`),
    row('GET /participants/{id}/matches p50 / p95', (h) => `${fmtMs(h.match.p50)} / ${fmtMs(h.match.p95)} ms (n=${h.match.n})`),
    row('… round trips per request', (h) => trips(h.match.roundTrips)),
    row('GET /opportunities?q= p50 / p95', (h) => `${fmtMs(h.search.p50)} / ${fmtMs(h.search.p95)} ms (n=${h.search.n})`),
    row('… round trips per request', (h) => trips(h.search.roundTrips)),
    row('same in-app (app.request, no socket): match p50 / p95', (h) => `${fmtMs(h.inApp.match.p50)} / ${fmtMs(h.inApp.match.p95)} ms`),
    row('same in-app: search p50 / p95', (h) => `${fmtMs(h.inApp.search.p50)} / ${fmtMs(h.inApp.search.p95)} ms`),
  ]);
}

function consoleTable(http: readonly HttpResult[]): string[] {
  const header = ['web console in-app (app.request with a session cookie)', ...http.map((h) => `${sizeLabel(h.size)} openings`)];
  const row = (label: string, cell: (h: HttpResult) => string) => [label, ...http.map(cell)];
  const timing = (t: Timing) => `${fmtMs(t.p50)} / ${fmtMs(t.p95)} ms (n=${t.n})`;
  const pages = http[0]?.console.pages ?? [];
  return markdown(header, [
    row("supporter's matches page p50 / p95", (h) => timing(h.console.matches)),
    row("host's openings page (the host with the most openings) p50 / p95", (h) => timing(h.console.openings)),
    row('console.css (KB, sent once, cached)', (h) => fmtKb(h.console.cssBytes)),
    ...pages.map((page, at) =>
      row(`${page.page} \`${page.path}\`: HTML / with CSS (KB)`, (h) => {
        const bytes = h.console.pages[at]!;
        return `${fmtKb(bytes.htmlBytes)} / ${fmtKb(bytes.totalBytes)}`;
      }),
    ),
  ]);
}

function loadTable(load: LoadResult): string[] {
  const timing = (t: Timing) => `${fmtMs(t.p50)} / ${fmtMs(t.p95)} ms (n=${t.n})`;
  const refusals =
    Object.entries(load.refusals)
      .map(([code, count]) => `${code} ${count}`)
      .join(', ') || 'none';
  return markdown(
    [
      `load run: ${load.clients} clients, ${load.seconds} s, loopback`,
      `${sizeLabel(load.size)} openings, ${load.participants} participants`,
    ],
    [
      ['requests / throughput', `${load.requests} / ${load.throughputPerS.toFixed(0)} per s`],
      ['catalog read GET /opportunities/{id} p50 / p95', timing(load.byKind.read)],
      ['search GET /opportunities?q= p50 / p95', timing(load.byKind.search)],
      ['match GET /participants/{id}/matches p50 / p95', timing(load.byKind.match)],
      [`placement writes (propose, accept, cancel on ${load.hotOpenings} contested openings) p50 / p95`, timing(load.byKind.write)],
      ['refusals the contract promises (409)', refusals],
      ['errors (5xx, network, unexpected status)', String(load.errors)],
      ['acknowledged placements / lost', `${load.acknowledgedWrites} / ${load.lostWrites}`],
      ['seats held at the end / openings overbooked or miscounted', `${load.seatsHeld} / ${load.overbooked}`],
    ],
  );
}

function hsdsTable(hsds: readonly HsdsResult[]): string[] {
  const header = ['GET /v1/export/hsds over HTTP (Node server, file database, gzip)', ...hsds.map((h) => `${sizeLabel(h.size)} openings`)];
  const row = (label: string, cell: (h: HsdsResult) => string) => [label, ...hsds.map(cell)];
  const timing = (t: Timing) => `${fmtMs(t.p50)} / ${fmtMs(t.p95)} ms (n=${t.n})`;
  return markdown(header, [
    row('gzip sent (KB)', (h) => fmtKb(h.gzipBytes)),
    row('first export of all (nothing built or stored: waits for the build)', (h) => `${fmtMs(h.firstEverMs)} ms`),
    row("first call of the day (yesterday's export served while today's builds)", (h) => `${fmtMs(h.firstOfDayMs)} ms`),
    row("… today's export served after (background build)", (h) => `${fmtMs(h.backgroundBuildMs)} ms`),
    row('first call of a new process (stored export, nothing built)', (h) => `${fmtMs(h.newProcessMs)} ms`),
    row('cached p50 / p95', (h) => timing(h.cached)),
    row('304 (If-None-Match) p50 / p95', (h) => timing(h.notModified)),
    row('GET /v1/me alone p50 / p95', (h) => (h.beside ? timing(h.beside.alone) : '—')),
    row('GET /v1/me while eight first exports build and send p50 / p95', (h) =>
      h.beside ? `${timing(h.beside.duringExports)}, exports done in ${fmtMs(h.beside.exportsMs)} ms` : '—',
    ),
  ]);
}

export function workerTable(worker: WorkerColdResult): string[] {
  const cpu = (cpuMs: number | null) => (cpuMs === null ? 'n/a' : `${fmtMs(cpuMs)} ms`);
  const once = (probe: { ms: number; cpuMs: number | null }) => [`${fmtMs(probe.ms)} ms`, cpu(probe.cpuMs)];
  const warm = (series: ProbeSeries) => [`${fmtMs(series.p50)} / ${fmtMs(series.p95)} ms (n=${series.n})`, cpu(series.cpuMs)];
  const rows = markdown(
    [`Worker in workerd (wrangler dev, local D1, ${sizeLabel(worker.size)} openings)`, 'wall at the client', 'CPU of the Worker'],
    [
      ['first match after a start (reads the catalog, builds)', ...once(worker.first.match)],
      ['first search after a start', ...once(worker.first.search)],
      ['first match of a new isolate, the index stored in D1', ...once(worker.stored.match)],
      ['first search of a new isolate, the index stored in D1', ...once(worker.stored.search)],
      ['PATCH of one opening (a listing change)', ...once(worker.afterChange.patch)],
      ['first match after the change', ...once(worker.afterChange.match)],
      ['first search after the change', ...once(worker.afterChange.search)],
      ['warm GET /healthz (no database: the floor) p50 / p95', ...warm(worker.warm.healthz)],
      ['warm GET /v1/me (one D1 round trip) p50 / p95', ...warm(worker.warm.me)],
      ['warm match p50 / p95', ...warm(worker.warm.match)],
      ['warm search p50 / p95', ...warm(worker.warm.search)],
      ['first HSDS export of all (nothing stored: waits for the build)', ...once(worker.hsds.built)],
      ['first HSDS export of a new isolate (the stored export, read from D1)', ...once(worker.hsds.stored)],
    ],
  );
  const setup = `Local D1 loaded in ${(worker.loadMs / 1000).toFixed(1)} s; wrangler dev answered /healthz ${(worker.startMs / 1000).toFixed(1)} s after it started.`;
  return [...rows, '', worker.cpuNote ? `${setup} ${worker.cpuNote}` : setup];
}

export function renderBudgets(budgets: readonly Budget[]): string[] {
  return markdown(
    ['budget', 'limit', 'measured', 'held'],
    budgets.map((b) => [b.name, b.limit, b.measured, b.held ? 'yes' : '**NO**']),
  );
}

function markdown(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function recallCell(recall: { mean: number; queries: number; skipped: number }): string {
  return `${fmtRecall(recall.mean)} (${recall.queries} queries${recall.skipped ? `, ${recall.skipped} with nothing relevant at this size` : ''})`;
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

export function sizeLabel(size: number): string {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

function fmtMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

function fmtKb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function fmtRatio(x: number): string {
  return `${x < 10 ? x.toFixed(1) : x.toFixed(0)}×`;
}

function fmtRecall(x: number): string {
  return x.toFixed(2);
}

function round(x: number, digits: number): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
