/**
 * One new process, as a new isolate: it does what a first request does and times only that, then
 * reports to the parent (test/bench/cold-index.ts). Loading modules and the fixture is not timed.
 *
 *   index <matching|search> <read|stored> <size> <seed> <packed index file>
 *   http <with|without> <database url> <path> <token> [<a request of another kind, sent first and not timed>]
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import searchPhraseData from '../../src/config/search-phrases.json';
import synonymData from '../../src/config/synonyms.json';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { catalogSnapshots } from '../../src/db/schema';
import { type PackedCatalog, prepareCatalog, unpackCatalog } from '../../src/domain/matching/match';
import { createCatalogSearch, unpackCatalogSearch } from '../../src/domain/search/catalog-search';
import { recordsAtHand } from '../support/catalog-records';
import { loadQueryVocabulary } from '../../src/domain/search/query-parser';
import type { PackedSearch } from '../../src/domain/search/cell-index';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import { nodeDocsScript } from '../../src/node/docs-script';
import { catalogBuildCount, catalogSnapshotStored } from '../../src/services/catalog';
import { BENCH_NOW, buildBenchCatalog } from './catalog';

/**
 * Wall time, and the CPU time of this process over the same span: on a shared machine the wall
 * time also counts the time the process waited for a core, the CPU time does not.
 */
export type ChildReport = { ms: number; cpuMs: number; fromStored?: number; indexesBuilt?: number };

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
  // The service's records are read on need and its seats are a map of the openings with any taken
  // (read beside the index), so the records at hand here are the fixture's, made before timing.
  const records = recordsAtHand(opportunities);
  const stop = timer();
  if (which === 'matching') {
    if (stored === null) prepareCatalog(opportunities, synonyms);
    else unpackCatalog(JSON.parse(stored) as PackedCatalog, records, synonyms);
  } else if (stored === null) createCatalogSearch(documents, synonyms, phrases);
  else unpackCatalogSearch(JSON.parse(stored) as PackedSearch, { documentAt: (at) => documents[at]!, synonyms, vocabulary: phrases });
  return stop();
}

async function firstRequest([snapshot, url, path, token, before]: string[]): Promise<ChildReport> {
  const { db, client } = openDatabase({ url: url! });
  if (snapshot === 'without') await db.delete(catalogSnapshots);
  const app = createApp({ deps: { db, now: () => BENCH_NOW, log: () => {} }, docsScript: nodeDocsScript });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (at: string) => {
    const response = await fetch(base + at, { headers: { authorization: `Bearer ${token}` } });
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${at} answered ${response.status}`);
  };
  if (before) await get(before);
  const stop = timer();
  await get(path!);
  const { ms, cpuMs } = stop();
  await catalogSnapshotStored(db);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  client.close();
  const { fromStored, indexesBuilt } = catalogBuildCount(db);
  return { ms, cpuMs, fromStored, indexesBuilt };
}

const [mode, ...args] = process.argv.slice(2);
process.send!(mode === 'index' ? await indexReady(args) : await firstRequest(args));
