/**
 * `npm run bench:worker` (and a section of `npm run bench`): the app in workerd, as Cloudflare
 * runs it, through `wrangler dev` on a local D1 holding the benchmark catalog. Over HTTP from this
 * process: the first match and the first search after a start; the next match and search after
 * one opening changes (PATCH); and the same requests warm, beside `/healthz` (no database: the
 * floor) and `/v1/me` (one D1 round trip, the token). Wall time at the client, and CPU time of the
 * Worker's thread from a V8 CPU profile taken over wrangler's inspector: `performance.now()` inside
 * a Worker does not advance while it computes, so a Worker cannot time itself.
 *
 * The catalog is written by the Node benchmark's loader into a file database, dumped as SQL and
 * loaded with drizzle/'s migrations into the local D1 by one `wrangler d1 execute --file`.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import type { Client, InValue } from '@libsql/client';
import { freePort, request, runWrangler, startWrangler, stopGroup, waitForHealthz } from '../worker/wrangler';
import { withBenchServer } from './http';
import { summarize, type Timing } from './measure';
import { QUERIES } from './queries';
import { checkWorkerBudgets, renderBudgets, workerTable } from './report';

export type Probe = { ms: number; cpuMs: number | null };
/** Wall time per request, and the Worker's CPU time per request averaged over the series. */
export type ProbeSeries = Timing & { cpuMs: number | null };

export type WorkerColdResult = {
  size: number;
  /** Migrations and the catalog into the local D1. */
  loadMs: number;
  /** `wrangler dev` started until `/healthz` first answered 200. */
  startMs: number;
  /** Why CPU time is missing, when it is. */
  cpuNote: string | null;
  first: { match: Probe; search: Probe };
  /** The first match and search of a new isolate, after one before it stored the catalog index in D1. */
  stored: { match: Probe; search: Probe };
  afterChange: { patch: Probe; match: Probe; search: Probe };
  warm: { healthz: ProbeSeries; me: ProbeSeries; match: ProbeSeries; search: ProbeSeries };
  /** The first HSDS export with nothing stored (built in the isolate), then after a restart (read from D1). */
  hsds: { built: Probe; stored: Probe };
};

const MIGRATE_TIMEOUT_MS = 120_000;
const START_TIMEOUT_MS = 90_000;
/** The profiler's sampling interval: coarse enough to cost the Worker little, fine enough over a series (BENCH_SAMPLING_US to look closer). */
const SAMPLING_US = Number(process.env.BENCH_SAMPLING_US ?? 1000);
/** Rows per INSERT in the dump: short statements, few of them. */
const ROWS_PER_INSERT = 100;

export async function runWorkerCold(plan: { size: number; seed: number; requests: number }): Promise<WorkerColdResult> {
  const state = await mkdtemp(join(tmpdir(), 'tsunagu-worker-bench-'));
  const output: string[] = [];
  let server: ChildProcess | undefined;
  try {
    const loadStart = performance.now();
    const world = await withBenchServer({ size: plan.size, seed: plan.seed }, async ({ client, token, participantIds }) => ({
      sql: await dumpRows(client),
      token,
      participantIds,
    }));
    // The migrations and the rows in one file: each wrangler command starts workerd, which takes seconds.
    const dump = join(state, 'catalog.sql');
    await writeFile(dump, `${await migrationsSql()}\n${world.sql}`);
    await runWrangler(['d1', 'execute', 'tsunagu', '--local', '--persist-to', state, '--file', dump, '--yes'], MIGRATE_TIMEOUT_MS);
    const loadMs = performance.now() - loadStart;

    const [port, inspectorPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${port}`;
    /** Starts `wrangler dev` on the local D1 and connects the profiler; a string says why there is none. */
    const start = async (): Promise<{ startMs: number; profiler: Profiler | string }> => {
      const startAt = performance.now();
      server = startWrangler(
        [
          'dev',
          '--port',
          String(port),
          '--ip',
          '127.0.0.1',
          '--inspector-port',
          String(inspectorPort),
          '--persist-to',
          state,
          '--var',
          'LOG_REQUESTS:none',
          '--show-interactive-dev-session=false',
        ],
        output,
      );
      await waitForHealthz(base, server, START_TIMEOUT_MS);
      const startMs = performance.now() - startAt;
      return { startMs, profiler: await Profiler.connect(inspectorPort).catch((error: unknown) => String(error)) };
    };
    const started = await start();
    const startMs = started.startMs;
    let profiler = started.profiler;
    const cpuNote = typeof profiler === 'string' ? `no CPU profile: ${profiler}` : null;
    const auth = { authorization: `Bearer ${world.token}` };
    const call = async (path: string, init: RequestInit = {}): Promise<number> => {
      const start = performance.now();
      const response = await request(base, path, { ...init, headers: { ...auth, ...init.headers } });
      const body = await response.text();
      const ms = performance.now() - start;
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status} in workerd: ${body.slice(0, 300)}`);
      // The stored export comes back through D1's BLOB decoding: it must still be the whole JSON.
      if (path === '/v1/export/hsds' && !body.startsWith('{"hsds_version":"3.0"'))
        throw new Error('the HSDS export from D1 is not HSDS JSON');
      return ms;
    };
    /** `count` requests one after another: wall time each, and with `cpu` the Worker's CPU time per request. */
    const probe = async (count: number, path: (i: number) => string, options: { cpu: boolean; init?: RequestInit }) => {
      const samples: number[] = [];
      const run = async () => {
        for (let i = 0; i < count; i++) samples.push(await call(path(i), options.init));
      };
      if (!options.cpu || typeof profiler === 'string') {
        await run();
        return { samples, cpuMs: null };
      }
      return { samples, cpuMs: (await profiler.cpuDuring(run)) / count };
    };
    const single = async (path: string, options: { cpu: boolean; init?: RequestInit }): Promise<Probe> => {
      const { samples, cpuMs } = await probe(1, () => path, options);
      return { ms: samples[0]!, cpuMs };
    };
    /** Wall time without the profiler, then the same requests again under it for CPU time. */
    const series = async (path: (i: number) => string): Promise<ProbeSeries> => {
      const { samples } = await probe(plan.requests, path, { cpu: false });
      return { ...summarize(samples), cpuMs: (await probe(plan.requests, path, { cpu: true })).cpuMs };
    };
    const matchPath = (i: number) => `/v1/participants/${world.participantIds[i % world.participantIds.length]}/matches`;
    const searchPath = (i: number) => `/v1/opportunities?limit=20&q=${encodeURIComponent(QUERIES[i % QUERIES.length]!.q)}`;
    const change = (title: string, cpu: boolean) =>
      single('/v1/opportunities/opp_0000001', {
        cpu,
        init: { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) },
      });

    // `/healthz` above touched no database; the first match reads the token and the catalog, and
    // builds. There is one first request per start, so it is timed under the profiler.
    const first = { match: await single(matchPath(0), { cpu: true }), search: await single(searchPath(0), { cpu: true }) };
    const warm = {
      healthz: await series(() => '/healthz'),
      me: await series(() => '/v1/me'),
      match: await series(matchPath),
      search: await series(searchPath),
    };
    // A listing change can be repeated: once for wall time, once more under the profiler for CPU.
    const patch = await change('ベンチで書き換えた受け入れメニュー', false);
    const [match, search] = [await single(matchPath(1), { cpu: false }), await single(searchPath(1), { cpu: false })];
    const patchCpu = await change('ベンチでもう一度書き換えた受け入れメニュー', true);
    const [matchCpu, searchCpu] = [await single(matchPath(2), { cpu: true }), await single(searchPath(2), { cpu: true })];
    const afterChange = {
      patch: { ms: patch.ms, cpuMs: patchCpu.cpuMs },
      match: { ms: match.ms, cpuMs: matchCpu.cpuMs },
      search: { ms: search.ms, cpuMs: searchCpu.cpuMs },
    };
    // Last, as they hold the isolate for a while. Nothing is stored yet, so this one waits for the build.
    const gzip = { cpu: true, init: { headers: { 'accept-encoding': 'gzip' } } };
    const hsdsBuilt = await single('/v1/export/hsds', gzip);
    // A new isolate, as after a deploy or on another machine: the stored export is read from D1 and sent.
    if (typeof profiler !== 'string') profiler.close();
    await stopGroup(server!);
    profiler = (await start()).profiler;
    // The isolate before stored the index for the catalog as changed (after its response, waitUntil).
    const storedMatch = await single(matchPath(3), { cpu: true });
    // BENCH_PROFILE_DIR keeps the profile of that first match for `test/bench/profile-summary.ts`.
    if (process.env.BENCH_PROFILE_DIR && typeof profiler !== 'string' && profiler.last)
      await writeFile(join(process.env.BENCH_PROFILE_DIR, 'worker-stored-match.cpuprofile'), JSON.stringify(profiler.last));
    const stored = { match: storedMatch, search: await single(searchPath(3), { cpu: true }) };
    const hsds = { built: hsdsBuilt, stored: await single('/v1/export/hsds', gzip) };
    if (typeof profiler !== 'string') profiler.close();
    return { size: plan.size, loadMs, startMs, cpuNote, first, stored, afterChange, warm, hsds };
  } catch (error) {
    if (output.length) console.error(`--- wrangler dev output ---\n${output.join('').slice(-4000)}`);
    throw error;
  } finally {
    if (server) await stopGroup(server);
    await rm(state, { recursive: true, force: true });
  }
}

/** drizzle/'s migrations in order, as `wrangler d1 migrations apply` would run them. */
async function migrationsSql(): Promise<string> {
  const folder = fileURLToPath(new URL('../../drizzle/', import.meta.url));
  const files = (await readdir(folder)).filter((name) => name.endsWith('.sql')).sort();
  return (await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')))).join('\n');
}

/** Every row of every table that has any, as INSERT statements (the schema comes from the migrations). */
async function dumpRows(client: Client): Promise<string> {
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '\\_\\_%' escape '\\' order by name",
  );
  const statements: string[] = [];
  for (const { name } of tables.rows) {
    const result = await client.execute(`select * from "${String(name)}"`);
    const columns = result.columns.map((column) => `"${column}"`).join(', ');
    for (let at = 0; at < result.rows.length; at += ROWS_PER_INSERT) {
      const values = result.rows
        .slice(at, at + ROWS_PER_INSERT)
        .map((row) => `(${result.columns.map((_, c) => literal(row[c] ?? null)).join(', ')})`);
      statements.push(`INSERT OR REPLACE INTO "${String(name)}" (${columns}) VALUES\n${values.join(',\n')};`);
    }
  }
  // Tables come in name order, not in the order their references need.
  return `PRAGMA defer_foreign_keys = true;\n${statements.join('\n')}\n`;
}

function literal(value: InValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `X'${Buffer.from(value instanceof ArrayBuffer ? new Uint8Array(value) : value).toString('hex')}'`;
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string } }[]; samples: number[]; timeDeltas: number[] };

/**
 * The Chrome DevTools protocol over wrangler's inspector, only as far as a CPU profile goes. Needs
 * a WebSocket client: Node 20 has one behind `--experimental-websocket` (npm run bench passes it).
 */
class Profiler {
  private next = 1;
  /** The profile `cpuDuring` took last. */
  last: CpuProfile | null = null;
  private readonly pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  static async connect(port: number): Promise<Profiler> {
    if (typeof WebSocket === 'undefined') throw new Error('this Node has no WebSocket (run with --experimental-websocket)');
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl?: string }[];
    const url = targets.find((target) => target.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
    if (!url) throw new Error('the inspector lists no Worker to profile');
    // wrangler's inspector refuses a connection without an Origin; undici's WebSocket takes headers.
    const socket = new WebSocket(url, { headers: { origin: `http://127.0.0.1:${port}` } } as unknown as string[]);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true });
    });
    const profiler = new Profiler(socket);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    return profiler;
  }

  /** Milliseconds the Worker's thread spent running (not idle) while `work` ran. */
  async cpuDuring(work: () => Promise<void>): Promise<number> {
    await this.send('Profiler.start');
    const stop = async () => ((await this.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    try {
      await work();
    } catch (error) {
      await stop();
      throw error;
    }
    this.last = await stop();
    return busyMs(this.last);
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}

/**
 * Each sample stands for the interval until the next one, and idle intervals are not CPU time. An
 * interval longer than the sampling period means the thread was not running (on a shared machine
 * the OS lets others run), so it counts as one period: the sum estimates time on the CPU rather
 * than wall time.
 */
function busyMs(profile: CpuProfile): number {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let busyUs = 0;
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    if (names.get(profile.samples[i]!) !== '(idle)') busyUs += Math.min(profile.timeDeltas[i + 1]!, SAMPLING_US);
  }
  return busyUs / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runWorkerCold({ size: 2_000, seed: 20261127, requests: 30 });
  console.log(`\n${workerTable(result).join('\n')}\n`);
  console.log(renderBudgets(checkWorkerBudgets(result)).join('\n'));
}
