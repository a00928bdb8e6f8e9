/**
 * `npm run bench`: matching and search at 1k, 10k and 100k openings in-process (ours, naive
 * fuse.js, raw loop), recall@10 on the labelled queries, the API over HTTP at 2k and 10k, a
 * bounded load run at 2k and the HSDS export at 2k and 10k, in one process; then the Worker in
 * workerd at 2k (test/bench/worker-cold.ts, also `npm run bench:worker`). Prints Markdown tables
 * and writes test/bench/results/latest.json. It exits non-zero when the load run finds an error,
 * a lost write or an overbooked seat (those are correctness, not speed), or the Worker cannot be
 * measured.
 *
 * `npm run bench -- --smoke` (or BENCH_SMOKE=1): tiny sizes in well under a minute, so CI keeps
 * the benchmark from rotting; it skips the Worker (workerd's start alone takes seconds) and
 * writes its JSON to the OS temp folder, never over latest.json.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runColdIndex, renderColdIndex, type ColdIndexPlan } from './cold-index';
import { runHsds, type HsdsResult } from './hsds';
import { runHttp, type HttpResult } from './http';
import { runInProcess, type SizePlan, type SizeResult } from './in-process';
import { runLoad, type LoadPlan } from './load';
import { collectGarbage } from './measure';
import { QUERIES } from './queries';
import { runWorkerCold, type WorkerColdResult } from './worker-cold';
import {
  checkBudgets,
  checkColdIndexBudgets,
  checkHsdsBudgets,
  checkWorkerBudgets,
  loadAverage,
  machineInfo,
  renderReport,
  sizeLabel,
  writeReport,
  type BenchReport,
} from './report';

const SEED = 20261127;
/** The Worker is measured at city scale (2,000 openings), where its CPU budget is set. */
const WORKER_SIZE = 2_000;
const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';

/** Naive fuse.js takes ~0.3 s a query at 10k and ~3 s at 100k, so its runs are capped there. */
const FULL: {
  sizes: SizePlan[];
  http: number[];
  requests: number;
  warmupRequests: number;
  load: LoadPlan;
  /** `beside`: also time a small request while eight exports run. */
  hsds: { size: number; beside: boolean }[];
  coldIndex: ColdIndexPlan;
} = {
  sizes: [
    {
      size: 1_000,
      ours: { warmup: 50, iterations: 300 },
      raw: { warmup: 50, iterations: 300 },
      naiveMatch: { warmup: 3, iterations: 28 },
      searchRounds: 5,
      naiveSearch: { warmup: 3, iterations: QUERIES.length, recall: true },
    },
    {
      size: 10_000,
      ours: { warmup: 30, iterations: 200 },
      raw: { warmup: 30, iterations: 200 },
      naiveMatch: { warmup: 1, iterations: 14, maxMs: 10_000, minIterations: 5 },
      searchRounds: 4,
      naiveSearch: { warmup: 1, iterations: QUERIES.length, recall: true },
    },
    {
      size: 100_000,
      ours: { warmup: 10, iterations: 70 },
      raw: { warmup: 10, iterations: 70 },
      naiveMatch: { warmup: 0, iterations: 3 },
      searchRounds: 2,
      naiveSearch: { warmup: 0, iterations: 3, recall: false },
    },
  ],
  http: [2_000, 10_000],
  requests: 60,
  warmupRequests: 10,
  load: { size: 2_000, clients: 32, seconds: 30, participantCopies: 20, hotOpenings: 24 },
  hsds: [
    { size: 2_000, beside: false },
    { size: 10_000, beside: true },
  ],
  coldIndex: { sizes: [1_000, 10_000], httpSize: 2_000, runs: 3 },
};

const SMOKE: typeof FULL = {
  sizes: [200, 1_000].map((size) => ({
    size,
    ours: { warmup: 5, iterations: 20 },
    raw: { warmup: 5, iterations: 20 },
    naiveMatch: { warmup: 1, iterations: 5 },
    searchRounds: 1,
    naiveSearch: { warmup: 1, iterations: QUERIES.length, recall: true },
  })),
  http: [500],
  requests: 10,
  warmupRequests: 2,
  load: { size: 500, clients: 8, seconds: 3, participantCopies: 3, hotOpenings: 8 },
  hsds: [{ size: 500, beside: true }],
  coldIndex: { sizes: [200], httpSize: 500, runs: 1 },
};

const plan = smoke ? SMOKE : FULL;
const machine = machineInfo();
const started = performance.now();
const inProcess: SizeResult[] = [];
const http: HttpResult[] = [];

for (const size of plan.sizes) {
  log(`in-process ${sizeLabel(size.size)}…`);
  collectGarbage();
  inProcess.push(runInProcess(size, SEED));
}
for (const size of plan.http) {
  log(`HTTP ${sizeLabel(size)}…`);
  collectGarbage();
  http.push(await runHttp(size, SEED, plan.requests, plan.warmupRequests));
}
log('a new process gets the index ready…');
const coldIndex = await runColdIndex(plan.coldIndex, SEED);
log(`load: ${plan.load.clients} clients for ${plan.load.seconds} s at ${sizeLabel(plan.load.size)}…`);
collectGarbage();
const load = await runLoad(plan.load, SEED);
const hsds: HsdsResult[] = [];
for (const { size, beside } of plan.hsds) {
  log(`HSDS export ${sizeLabel(size)}…`);
  collectGarbage();
  hsds.push(await runHsds({ size, seed: SEED, requests: plan.requests, beside }));
}
// workerd takes seconds to start and a local D1 to load: measured in full runs only, never in CI's smoke run.
let worker: WorkerColdResult | null = null;
let workerFailure: unknown;
if (!smoke) {
  log(`Worker cold start in workerd at ${sizeLabel(WORKER_SIZE)}…`);
  worker = await runWorkerCold({ size: WORKER_SIZE, seed: SEED, requests: plan.requests / 2 }).catch((error: unknown) => {
    workerFailure = error;
    return null;
  });
}

const report: BenchReport = {
  mode: smoke ? 'smoke' : 'full',
  machine,
  seed: SEED,
  durationS: (performance.now() - started) / 1000,
  loadAverageAtEnd: loadAverage(),
  inProcess,
  http,
  load,
  hsds,
  worker,
  budgets: [
    ...checkBudgets(inProcess, http, load),
    ...checkColdIndexBudgets(coldIndex),
    ...checkHsdsBudgets(hsds),
    ...checkWorkerBudgets(worker),
  ],
  coldIndex,
};
const path = smoke ? join(tmpdir(), 'tsunagu-bench-smoke.json') : fileURLToPath(new URL('./results/latest.json', import.meta.url));
console.log(`\n${renderReport(report)}\n\n${renderColdIndex(coldIndex)}\n`);
writeReport(path, report);
log(`written to ${path}`);
if (workerFailure !== undefined) {
  log(`Worker cold start FAILED: ${String(workerFailure)}`);
  process.exitCode = 1;
}
if (load.errors > 0 || load.lostWrites > 0 || load.overbooked > 0) {
  log(`load run FAILED: ${load.errors} errors, ${load.lostWrites} lost writes, ${load.overbooked} overbooked openings`);
  for (const error of load.firstErrors) log(`  ${error}`);
  process.exitCode = 1;
}

function log(message: string): void {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}
