import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { withBenchServer } from './bench/http';
import { BENCH_NOW } from './bench/catalog';
import { openDatabase } from '../src/db/client';
import { createApp } from '../src/app';
import { catalogSnapshotStored } from '../src/services/catalog';

const kind = process.argv[2] ?? 'match';
await withBenchServer({ size: 2000, seed: 20261127 }, async ({ base, url, token, participantIds, db }) => {
  const h = { authorization: `Bearer ${token}` };
  const path = (k: string) =>
    k === 'me'
      ? '/v1/me'
      : k === 'person'
        ? `/v1/participants/${participantIds[0]}`
        : k === 'match'
          ? `/v1/participants/${participantIds[0]}/matches`
          : `/v1/opportunities?limit=20&q=${encodeURIComponent('カフェ')}`;
  for (let i = 0; i < 5; i++) {
    await (await fetch(base + path('match'), { headers: h })).text();
    await (await fetch(base + path('search'), { headers: h })).text();
  }
  await catalogSnapshotStored(db);
  const session = process.env.PROF ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const out: number[] = [];
  for (let i = 0; i < Number(process.env.N ?? 25); i++) {
    let trips = 0;
    const second = openDatabase({ url, onRoundTrip: () => trips++ });
    const app = createApp({ deps: { db: second.db, now: () => BENCH_NOW, log: () => {} } } as never);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const start = performance.now();
    const res = await fetch(at + path(kind), { headers: h });
    await res.text();
    out.push(performance.now() - start);
    await new Promise<void>((r) => server.close(() => r()));
    second.client.close();
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`/tmp/prof/${kind}.cpuprofile`, JSON.stringify(profile));
  }
  console.log(kind, out.map((x) => x.toFixed(0)).join(' '));
  const s = [...out].sort((a, b) => a - b);
  s[12] ??= s[0]!;
  console.log('median', s[12]!.toFixed(1));
});
