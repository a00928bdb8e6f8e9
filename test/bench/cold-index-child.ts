/**
 * One new process, as a new isolate: it does what a first request does and times only that, then
 * reports to the parent (test/bench/cold-index.ts). Loading modules and the fixture is not timed.
 *
 *   index <matching|search> <read|stored> <size> <seed> <readings file>
 *   http <match|search> <with|without> <database url> <path>
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import searchPhraseData from '../../src/config/search-phrases.json';
import synonymData from '../../src/config/synonyms.json';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { catalogSnapshots } from '../../src/db/schema';
import { prepareCatalog } from '../../src/domain/matching/match';
import { createCatalogSearch } from '../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../src/domain/search/query-parser';
import { createFieldReadings, decodeReadings } from '../../src/domain/text/readings';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import { nodeDocsScript } from '../../src/node/docs-script';
import { catalogBuildCount, catalogSnapshotStored } from '../../src/services/catalog';
import { BENCH_NOW, buildBenchCatalog } from './catalog';

/**
 * Wall time, and the CPU time of this process over the same span: on a shared machine the wall
 * time also counts the time the process waited for a core, the CPU time does not.
 */
export type ChildReport = { ms: number; cpuMs: number; fromStored?: number };

function timer(): () => { ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const { user, system } = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (user + system) / 1000 };
  };
}

async function indexReady([which, source, size, seed, file]: string[]): Promise<ChildReport> {
  const { opportunities, documents } = buildBenchCatalog(Number(size), Number(seed));
  const synonyms = loadSynonyms(synonymData.groups);
  const phrases = loadQueryVocabulary(searchPhraseData);
  const stored = source === 'stored' ? readFileSync(file!, 'utf8') : null;
  const stop = timer();
  const readings = stored === null ? synonyms : createFieldReadings(synonyms, decodeReadings(stored));
  if (which === 'matching') prepareCatalog(opportunities, readings);
  else createCatalogSearch(documents, readings, phrases);
  return stop();
}

async function firstRequest([, snapshot, url, path, token]: string[]): Promise<ChildReport> {
  const { db, client } = openDatabase({ url: url! });
  if (snapshot === 'without') await db.delete(catalogSnapshots);
  const app = createApp({ deps: { db, now: () => BENCH_NOW, log: () => {} }, docsScript: nodeDocsScript });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = timer();
  const response = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  await response.text();
  const { ms, cpuMs } = stop();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  await catalogSnapshotStored(db);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  client.close();
  return { ms, cpuMs, fromStored: catalogBuildCount(db).fromStored };
}

const [mode, ...args] = process.argv.slice(2);
process.send!(mode === 'index' ? await indexReady(args) : await firstRequest(args));
