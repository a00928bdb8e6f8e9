/**
 * `GET /v1/export/hsds` over HTTP on the Node server. The first export of all (nothing built or
 * stored: the request waits for the build); the first call of a new day (yesterday's export is
 * served while today's builds in the background) and how long that build takes; the first call of
 * a new process on the same database (the stored export, nothing built); the cached call and a
 * 304. At the larger size, how long a small request takes while eight first exports of one
 * supporter build and send. Responses are read as raw gzip bytes, so the client's decompression
 * is not counted; the first call of a day is asked by curl from another process (see there).
 */
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { nodeDocsScript } from '../../src/node/docs-script';
import { BENCH_NOW } from './catalog';
import { withBenchServer } from './http';
import { summarize, type Timing } from './measure';

export type HsdsResult = {
  size: number;
  /** The export as sent (gzip). */
  gzipBytes: number;
  /** Nothing built or stored yet: the request waits for the build. */
  firstEverMs: number;
  /** The next day with yesterday's export in memory: served at once under its own tag. */
  firstOfDayMs: number;
  /** From that call until today's export, built in the background, is served. */
  backgroundBuildMs: number;
  /** A new process on the same database: the stored export is read and sent, nothing is built. */
  newProcessMs: number;
  cached: Timing;
  notModified: Timing;
  /** `GET /v1/me` alone, then while eight first exports build and send; null where not measured. */
  beside: { alone: Timing; duringExports: Timing; exportsMs: number } | null;
};

type Answer = { ms: number; status: number; bytes: number; etag: string };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function runHsds(plan: { size: number; seed: number; requests: number; beside: boolean }): Promise<HsdsResult> {
  let now = BENCH_NOW;
  return withBenchServer({ size: plan.size, seed: plan.seed, now: () => now }, async ({ base, url, token }) => {
    const get = (at: string, path: string, headers: Record<string, string> = {}) =>
      getRaw(at + path, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip', ...headers });
    const exportAt = (at: string, headers: Record<string, string> = {}) => get(at, '/v1/export/hsds', headers);
    // The token's first look-up and the connection are not the export's cost.
    await get(base, '/v1/me');

    let beside: HsdsResult['beside'] = null;
    let first: Answer;
    if (plan.beside) {
      const alone: number[] = [];
      for (let i = 0; i < plan.requests; i++) alone.push((await get(base, '/v1/me')).ms);
      const during: number[] = [];
      let exporting = true;
      const start = performance.now();
      const eight = Promise.all(Array.from({ length: 8 }, () => exportAt(base))).finally(() => (exporting = false));
      while (exporting) during.push((await get(base, '/v1/me')).ms);
      first = (await eight)[0]!;
      beside = { alone: summarize(alone), duringExports: summarize(during), exportsMs: performance.now() - start };
    } else {
      first = await exportAt(base);
    }

    const notModified: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < plan.requests; i++) notModified.push(expect(await exportAt(base, { 'if-none-match': first.etag }), 304).ms);
    for (let i = 0; i < plan.requests; i++) cached.push(expect(await exportAt(base), 200).ms);

    now = new Date(BENCH_NOW.getTime() + DAY_MS);
    const dayStart = performance.now();
    // Asked from another process, as a city's client would: the build that starts once this answer
    // is handed to the socket reads rows synchronously, and a client in this process could not
    // read the rest of the answer meanwhile.
    const firstOfDay = expect(
      await getFromAnotherProcess(`${base}/v1/export/hsds`, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' }),
      200,
    );
    const today = expect(await exportAt(base, { 'if-none-match': '*' }), 304).etag;
    let served = firstOfDay;
    while (served.etag !== today) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      served = await exportAt(base);
    }
    const backgroundBuildMs = performance.now() - dayStart;

    const newProcess = await withNewProcess(
      url,
      () => now,
      (at) => exportAt(at),
    );
    return {
      size: plan.size,
      gzipBytes: first.bytes,
      firstEverMs: first.ms,
      firstOfDayMs: firstOfDay.ms,
      backgroundBuildMs,
      newProcessMs: expect(newProcess, 200).ms,
      cached: summarize(cached),
      notModified: summarize(notModified),
      beside,
    };
  });
}

/** A second app on the same database, as a new process (or Worker isolate) would be. */
async function withNewProcess<T>(url: string, now: () => Date, work: (base: string) => Promise<T>): Promise<T> {
  const { db, client } = openDatabase({ url });
  const app = createApp({ deps: { db, now, log: () => {} }, docsScript: nodeDocsScript });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    client.close();
  }
}

function expect(answer: Answer, status: number): Answer {
  if (answer.status !== status) throw new Error(`GET /v1/export/hsds answered ${answer.status}, not ${status}`);
  return answer;
}

/** A GET whose body is counted as it arrives, never decompressed. */
function getRaw(target: string, headers: Record<string, string>): Promise<Answer> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    request(target, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ ms: performance.now() - start, status: response.statusCode ?? 0, bytes, etag: String(response.headers.etag ?? '') }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The same GET by curl in its own process: its time from connecting to the last byte. */
function getFromAnotherProcess(target: string, headers: Record<string, string>): Promise<Answer> {
  const args = ['-s', '-o', '/dev/null', '-D', '-', '-w', '\n%{http_code} %{size_download} %{time_total}'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  return new Promise((resolve, reject) => {
    execFile('curl', [...args, target], (error, stdout) => {
      if (error) return reject(error);
      const [status, bytes, seconds] = stdout.trim().split('\n').at(-1)!.split(' ').map(Number);
      const etag = /^etag:\s*(.+)$/im.exec(stdout)?.[1]?.trim() ?? '';
      resolve({ ms: seconds! * 1000, status: status!, bytes: bytes!, etag });
    });
  });
}
