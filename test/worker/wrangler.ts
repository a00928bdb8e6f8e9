/**
 * Running wrangler from a script, offline: a one-off command (migrations, `d1 execute`) or
 * `wrangler dev` in its own process group, stopped with the workerd it spawns. Shared by the Worker
 * smoke test and the Worker cold-start benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const STOP_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

const require = createRequire(import.meta.url);
const WRANGLER = require.resolve('wrangler/bin/wrangler.js');

const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  // Colours would only garble the captured log printed on failure.
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/** What went wrong with wrangler or the Worker, said plainly: printed without a stack. */
export class WranglerFailure extends Error {}

export function fail(message: string): never {
  throw new WranglerFailure(message);
}

/** Starts wrangler in its own process group, so stopping it also stops the workerd it spawns. */
export function startWrangler(args: string[], output: string[]): ChildProcess {
  const child = spawn(process.execPath, [WRANGLER, ...args], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(resolve, ms, 'timeout').unref());
}

export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  if ((await Promise.race([exited(child), timeout(STOP_TIMEOUT_MS)])) === 'timeout') signalGroup('SIGKILL');
}

/** Runs a wrangler command to its end and gives its output; fails on a non-zero exit or after `timeoutMs`. */
export async function runWrangler(args: string[], timeoutMs: number): Promise<string> {
  const output: string[] = [];
  const child = startWrangler(args, output);
  const result = await Promise.race([exited(child), timeout(timeoutMs)]);
  if (result === 'timeout') {
    await stopGroup(child);
    fail(`wrangler ${args.join(' ')} did not finish within ${timeoutMs / 1000} s\n${output.join('')}`);
  }
  if (result !== 0) fail(`wrangler ${args.join(' ')} exited with ${result}\n${output.join('')}`);
  return output.join('');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function request(base: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(base + path, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

/** Waits until `wrangler dev` answers `/healthz` with 200. */
export async function waitForHealthz(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      fail(`wrangler dev stopped before it answered (exit ${server.exitCode ?? server.signalCode})`);
    try {
      const response = await request(base, '/healthz');
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await timeout(500);
  }
  fail(`GET /healthz did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}
