/**
 * `GET /v1/export/hsds`: the published catalog as Open Referral HSDS 3.0, so other directories
 * (the prefecture's, a 211-style portal) can take it in. One read of hosts and opportunities per
 * catalog change; the
 * mapping, and the rule of what is published, live in src/domain/hsds.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { hosts, opportunities } from '../../db/schema';
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
 * and kept in memory as gzip, a tenth of its JSON. A build is shared by every request that wants
 * its version, and the previous export keeps serving its own version until the next is ready.
 * Builds run one after another, never side by side: parallel exports would only compete for the
 * same CPU and hold everything else longer.
 */
const cache = new WeakMap<Db, { current?: HsdsExport; building?: { tag: string; done: Promise<HsdsExport> } }>();

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

export async function exportHsds(ctx: Ctx, tag: string): Promise<HsdsExport> {
  let entry = cache.get(ctx.db);
  if (!entry) cache.set(ctx.db, (entry = {}));
  if (entry.current?.tag === tag) return entry.current;
  if (entry.building?.tag === tag) return entry.building.done;
  const previous = entry.building?.done.catch(() => undefined);
  const building = {
    tag,
    done: (async () => {
      await previous;
      return { tag, gzip: await buildHsds(ctx) };
    })(),
  };
  entry.building = building;
  const state = entry;
  try {
    const built = await building.done;
    if (state.building === building) state.current = built;
    return built;
  } finally {
    if (state.building === building) delete state.building;
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
