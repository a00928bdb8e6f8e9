/**
 * `GET /v1/export/hsds`: the published catalog as Open Referral HSDS 3.0, so other directories
 * (the prefecture's, a 211-style portal) can take it in. One read of hosts and opportunities per
 * catalog change and day; the mapping, and the rule of what is published, live in src/domain/hsds.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { hosts, hsdsExports, opportunities } from '../../db/schema';
import { hsdsCatalogSteps, PUBLISHED_HOST_STATUSES, PUBLISHED_OPPORTUNITY_STATUSES } from '../../domain/hsds/catalog';
import type { Db } from '../../db/db';
import { isoTokyo } from '../../lib/clock';
import { gzipJson } from '../../lib/gzip-json';
import { nextTurn } from '../../lib/next-turn';
import { catalogStateQuery, versionsOf } from '../catalog';
import { opportunityWithHostName, staleBefore, toOpportunityView } from '../opportunities/rows';

/** Opportunities mapped, or array elements serialized, between two turns of the event loop. */
const STEP = 500;

/** The export of one catalog content version and day, as gzip: what is kept and sent. */
export type HsdsExport = { tag: string; gzip: Uint8Array<ArrayBuffer> };

/**
 * The export is built once per catalog content version and day (stale alerts depend on the date)
 * and kept as gzip, a tenth of its JSON, in memory and in the database. While a new version builds,
 * the previous export keeps serving under its own tag, so no caller waits for a build except the
 * very first one, and a new process or isolate serves the stored export instead of building.
 * Builds run one after another, never side by side: parallel exports would only compete for the
 * same CPU and hold everything else longer.
 */
const cache = new WeakMap<Db, Cached>();

type Cached = { current?: HsdsExport; stored?: Promise<HsdsExport | undefined>; building?: { tag: string; done: Promise<HsdsExport> } };

/** Below D1's 2 MB limit on a row. */
const PART_BYTES = 1024 * 1024;

/**
 * The tag of the export the caller would get now, from one cheap version read: enough to answer
 * a conditional request without building or sending anything.
 */
export async function hsdsExportTag(ctx: Ctx): Promise<string> {
  assertCan(ctx.actor, 'export.hsds');
  const versions = versionsOf(ctx, await catalogStateQuery(ctx.db));
  // A confirmation moves a listing's assured_date, so it is part of the version too.
  return `hsds-${versions.content}.${versions.freshness}-${versions.today}`;
}

/**
 * The export at `tag` when it is ready; otherwise the previous one, while `tag` builds in the
 * background once the response is out (`ctx.defer`, which also keeps a Worker alive for it).
 */
export async function exportHsds(ctx: Ctx, tag: string): Promise<HsdsExport> {
  let entry = cache.get(ctx.db);
  if (!entry) cache.set(ctx.db, (entry = {}));
  // Read once per process, by whichever request comes first; a build may have finished meanwhile.
  const stored = await (entry.stored ??= readStoredExport(ctx));
  entry.current ??= stored;
  if (entry.current?.tag === tag) return entry.current;
  if (!entry.current) return buildOnce(ctx, entry, tag);
  const cached = entry;
  // The previous export answers now; the build starts once that answer is out.
  const build = () =>
    buildOnce(ctx, cached, tag).then(
      () => undefined,
      (error: unknown) => ctx.log({ level: 'error', msg: 'the HSDS export could not be built', tag, error: String(error) }),
    );
  if (ctx.defer) ctx.defer(build);
  else void build();
  return entry.current;
}

async function buildOnce(ctx: Ctx, state: Cached, tag: string): Promise<HsdsExport> {
  if (state.building?.tag === tag) return state.building.done;
  const previous = state.building?.done.catch(() => undefined);
  const building = {
    tag,
    done: (async () => {
      await previous;
      const built = { tag, gzip: await buildHsds(ctx) };
      await storeExport(ctx, built);
      return built;
    })(),
  };
  state.building = building;
  try {
    const built = await building.done;
    if (state.building === building) state.current = built;
    return built;
  } finally {
    if (state.building === building) delete state.building;
  }
}

/** The stored export, or nothing when none is stored, a part of it is missing or it cannot be read. */
async function readStoredExport(ctx: Ctx): Promise<HsdsExport | undefined> {
  const rows = await ctx.db
    .select()
    .from(hsdsExports)
    .orderBy(asc(hsdsExports.part))
    .catch((error: unknown) => {
      ctx.log({ level: 'warn', msg: 'the stored HSDS export could not be read', error: String(error) });
      return [];
    });
  const first = rows[0];
  if (!first || rows.length !== first.parts || rows.some((row, at) => row.tag !== first.tag || row.part !== at)) return undefined;
  if (rows.length === 1) return { tag: first.tag, gzip: first.gzip };
  const gzip = new Uint8Array(rows.reduce((sum, row) => sum + row.gzip.byteLength, 0));
  let at = 0;
  for (const row of rows) {
    gzip.set(row.gzip, at);
    at += row.gzip.byteLength;
  }
  return { tag: first.tag, gzip };
}

/**
 * Replaces the stored export in one batch. A failure only costs the next new process a build, so
 * it is logged rather than failing the export that was built.
 */
async function storeExport(ctx: Ctx, built: HsdsExport): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < built.gzip.byteLength; at += PART_BYTES) parts.push(built.gzip.subarray(at, at + PART_BYTES));
  const createdAt = isoTokyo(ctx.now());
  try {
    await ctx.db.batch([
      ctx.db.delete(hsdsExports),
      ...parts.map((gzip, part) => ctx.db.insert(hsdsExports).values({ tag: built.tag, part, parts: parts.length, gzip, createdAt })),
    ]);
  } catch (error) {
    ctx.log({ level: 'warn', msg: 'the HSDS export could not be stored', tag: built.tag, error: String(error) });
  }
}

async function buildHsds(ctx: Ctx): Promise<Uint8Array<ArrayBuffer>> {
  const now = ctx.now();
  const [hostRows, opportunityRows] = await ctx.db.batch([
    ctx.db
      .select({
        id: hosts.id,
        name: hosts.name,
        type: hosts.type,
        area: hosts.area,
        understanding: hosts.understanding,
        status: hosts.status,
      })
      .from(hosts)
      .where(inArray(hosts.status, PUBLISHED_HOST_STATUSES))
      .orderBy(asc(hosts.id)),
    ctx.db
      .select(opportunityWithHostName)
      .from(opportunities)
      .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
      .where(and(inArray(opportunities.status, PUBLISHED_OPPORTUNITY_STATUSES), inArray(hosts.status, PUBLISHED_HOST_STATUSES)))
      .orderBy(asc(opportunities.id)),
  ]);
  const staleSince = staleBefore(now);
  const steps = hsdsCatalogSteps({
    hosts: hostRows,
    opportunities: opportunityRows.map((row) => toOpportunityView(row, staleSince)),
    generatedAt: isoTokyo(now),
    stepSize: STEP,
  });
  for (;;) {
    const step = steps.next();
    if (step.done) return gzipJson(step.value, STEP);
    await nextTurn();
  }
}
