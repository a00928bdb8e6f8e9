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
import { hsdsCatalog, PUBLISHED_HOST_STATUSES, PUBLISHED_OPPORTUNITY_STATUSES } from '../../domain/hsds/catalog';
import type { HsdsCatalog } from '../../domain/hsds/types';
import type { Db } from '../../db/db';
import { isoTokyo } from '../../lib/clock';
import { catalogStateQuery, versionsOf } from '../catalog';
import { opportunityWithHostName, staleBefore, toOpportunityView } from '../opportunities/rows';

/**
 * The export as JSON text, built once per catalog content version and day (stale alerts depend
 * on the date) and then served from memory: a city's whole catalog is a few megabytes of JSON,
 * far too much work to redo on every request within a Worker's CPU budget.
 */
const cache = new WeakMap<Db, { key: string; json: string }>();

export async function exportHsdsJson(ctx: Ctx): Promise<string> {
  assertCan(ctx.actor, 'export.hsds');
  const versions = versionsOf(ctx, await catalogStateQuery(ctx.db));
  const key = `${versions.content}/${versions.today}`;
  const cached = cache.get(ctx.db);
  if (cached?.key === key) return cached.json;
  const json = JSON.stringify(await buildHsds(ctx));
  cache.set(ctx.db, { key, json });
  return json;
}

async function buildHsds(ctx: Ctx): Promise<HsdsCatalog> {
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
  return hsdsCatalog(
    hostRows,
    opportunityRows.map((row) => toOpportunityView(row, staleSince)),
    isoTokyo(now),
  );
}
