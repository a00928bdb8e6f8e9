import { and, asc, eq, gt, lte, not, sql, type SQL } from 'drizzle-orm';
import { assertCan, notFound, ownHostScopeOrThrow } from '../../auth/policy';
import type { Actor, Ctx } from '../../context';
import { hosts, opportunities } from '../../db/schema';
import type { Eligibility, Environment, OpportunityKind, OpportunityStatus } from '../../domain/types';
import { isoTokyo } from '../../lib/clock';
import { assertIfMatch, lostRace } from '../../lib/etag';
import { newId } from '../../lib/ids';
import { afterIdCursor, offsetCursor, pageAfter, pageAtOffset, type Page, type PageRequest } from '../../lib/pagination';
import { bumpCatalogVersion, catalogStateQuery, rethrowExternalIdTaken, withCatalogIndex } from '../catalog';
import { assertNoFieldErrors, problem } from '../../lib/problem';
import { auditStatement, guardedAudit } from '../audit/rows';
import {
  newOpportunityRow,
  opportunityColumns,
  opportunityWithHostName,
  staleBefore,
  staleCondition,
  toOpportunityView,
  type LocationFields,
  type OpportunityFields,
  type OpportunityRow,
  type OpportunityView,
} from './rows';
import { opportunityIssues } from '../../domain/catalog/opportunity-rules';

/** A host user may leave out `hostId`: its own host is meant. Staff must name the host. */
export type NewOpportunity = OpportunityFields & { hostId?: string | undefined };

/** Partial; the nested objects merge one level with the stored ones, arrays replace. */
export type OpportunityChanges = Partial<Omit<OpportunityFields, 'location' | 'environment' | 'eligibility'>> & {
  location?: Partial<LocationFields>;
  environment?: Partial<Environment>;
  eligibility?: Partial<Eligibility>;
};

export type OpportunityListRequest = PageRequest & {
  q?: string | undefined;
  kind?: OpportunityKind;
  area?: string;
  hostId?: string;
  status?: OpportunityStatus;
  stale?: boolean;
};

export async function createOpportunity(ctx: Ctx, input: NewOpportunity): Promise<OpportunityView> {
  assertCan(ctx.actor, 'opportunity.create');
  assertNoFieldErrors(opportunityIssues(input));
  const host = await hostForNewOpportunity(ctx, input.hostId);

  const now = ctx.now();
  const at = isoTokyo(now);
  const row = newOpportunityRow({ id: newId('opp', now), hostId: host.id, fields: input, createdBy: ctx.actor.id, at });
  await ctx.db
    .batch([
      ctx.db.insert(opportunities).values(row),
      auditStatement(ctx, { action: 'opportunity.create', entity: 'opportunity', entityId: row.id }),
      bumpCatalogVersion(ctx.db),
    ])
    .catch(rethrowExternalIdTaken('opportunities'));
  return toOpportunityView({ ...row, hostName: host.name }, staleBefore(now));
}

export async function listOpportunities(ctx: Ctx, query: OpportunityListRequest): Promise<Page<OpportunityView>> {
  assertCan(ctx.actor, 'opportunity.read');
  if (query.q) return searchOpportunities(ctx, { ...query, q: query.q });
  const after = afterIdCursor(query.cursor);
  const staleSince = staleBefore(ctx.now());
  const rows = await ctx.db
    .select(opportunityWithHostName)
    .from(opportunities)
    .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
    .where(and(opportunityFilters(ctx.actor, query, staleSince), after === null ? undefined : gt(opportunities.id, after)))
    .orderBy(asc(opportunities.id))
    .limit(query.limit + 1);
  const page = pageAfter(rows, query.limit);
  return { items: page.items.map((row) => toOpportunityView(row, staleSince)), nextCursor: page.nextCursor };
}

/**
 * `q`: relevance order from the in-memory search index, restricted to the ids the same filters
 * select in SQL, so search can never show what the plain list would not. Views come from the
 * index's rows, which are current as of the catalog version read in this request.
 */
async function searchOpportunities(ctx: Ctx, query: OpportunityListRequest & { q: string }): Promise<Page<OpportunityView>> {
  const offset = offsetCursor(query.cursor);
  const staleSince = staleBefore(ctx.now());
  const filters = opportunityFilters(ctx.actor, query, staleSince);
  // Unfiltered staff searches skip the id read: at city scale and beyond it costs more than the search.
  const [state, allowed] = filters
    ? await ctx.db.batch([catalogStateQuery(ctx.db), ctx.db.select({ id: opportunities.id }).from(opportunities).where(filters)])
    : [await catalogStateQuery(ctx.db), null];
  const visible = allowed && new Set(allowed.map((row) => row.id));
  // Unfiltered, the page and one more are all that is needed; filtered, the search cannot know which
  // of its hits will be kept, so it ranks them all.
  const wanted = visible ? Infinity : offset + query.limit + 1;
  return withCatalogIndex(ctx, state, 'search', async ({ search, records }) => {
    const index = await search();
    // Conditions are read from every record; words only from the index. Then the page's rows.
    if (index.readsDocuments(query.q)) await records.read(ctx.db, 'all');
    const ranked = index.search(query.q, wanted).filter((hit) => !visible || visible.has(hit.id));
    const page = pageAtOffset(ranked, offset, query.limit);
    await records.read(
      ctx.db,
      page.items.map((hit) => hit.id),
    );
    return {
      items: page.items.flatMap((hit) => {
        const row = records.row(hit.id);
        return row ? [toOpportunityView(row, staleSince)] : [];
      }),
      nextCursor: page.nextCursor,
    };
  });
}

/**
 * The caller's scope and the list filters as one condition. Every way of listing opportunities
 * (by id now, by search relevance later) selects through this, so a host never sees another
 * host's opportunities whichever way it asks.
 */
export function opportunityFilters(
  actor: Actor,
  query: Omit<OpportunityListRequest, 'limit' | 'cursor'>,
  staleSince: string,
): SQL | undefined {
  const scope = ownHostScopeOrThrow(actor);
  const stale = query.stale === undefined ? undefined : query.stale ? staleCondition(staleSince) : not(staleCondition(staleSince));
  return and(
    scope === null ? undefined : eq(opportunities.hostId, scope),
    query.hostId ? eq(opportunities.hostId, query.hostId) : undefined,
    query.kind ? eq(opportunities.kind, query.kind) : undefined,
    query.area ? eq(opportunities.area, query.area) : undefined,
    query.status ? eq(opportunities.status, query.status) : undefined,
    stale,
  );
}

export async function getOpportunity(ctx: Ctx, id: string): Promise<OpportunityView> {
  assertCan(ctx.actor, 'opportunity.read');
  return toOpportunityView(await findVisibleOpportunity(ctx, id), staleBefore(ctx.now()));
}

export async function updateOpportunity(ctx: Ctx, id: string, patch: OpportunityChanges, ifMatch?: string): Promise<OpportunityView> {
  assertCan(ctx.actor, 'opportunity.update');
  const row = await findVisibleOpportunity(ctx, id);
  assertIfMatch(ifMatch, row.version);
  const now = ctx.now();
  const current = toOpportunityView(row, staleBefore(now));
  if (Object.keys(patch).length === 0) return current;

  const merged: OpportunityFields = {
    ...current,
    ...patch,
    location: { ...current.location, ...patch.location },
    environment: { ...current.environment, ...patch.environment },
    eligibility: { ...current.eligibility, ...patch.eligibility },
  };
  assertNoFieldErrors(opportunityIssues(merged));
  if (merged.capacity < row.filled) {
    throw problem('capacity_below_filled', {
      detail: `いま${row.filled}人分の席が使われているため、定員（capacity）を${row.filled}より少なくはできません`,
    });
  }

  // Written only over the version that was read, and only while the seats in use still fit.
  const unchanged = and(eq(opportunities.id, id), eq(opportunities.version, row.version), lte(opportunities.filled, merged.capacity));
  const next = { ...opportunityColumns(merged), updatedAt: isoTokyo(now), version: row.version + 1 };
  const guard = guardedAudit(
    ctx,
    { action: 'opportunity.update', entity: 'opportunity', entityId: id },
    sql`exists (select 1 from ${opportunities} where ${unchanged})`,
  );
  const [, updated] = await ctx.db
    .batch([
      guard.statement,
      ctx.db
        .update(opportunities)
        .set(next)
        .where(and(eq(opportunities.id, id), guard.holds))
        .returning(),
      bumpCatalogVersion(ctx.db, guard.holds),
    ])
    .catch(rethrowExternalIdTaken('opportunities'));
  const written = updated[0];
  if (!written) throw lostRace();
  return toOpportunityView({ ...written, hostName: row.hostName }, staleBefore(now));
}

/** The host (or staff) says the opportunity is still accurate: it stops being stale. */
export async function confirmOpportunity(ctx: Ctx, id: string): Promise<OpportunityView> {
  assertCan(ctx.actor, 'opportunity.confirm');
  const row = await findVisibleOpportunity(ctx, id);
  const now = ctx.now();
  // Only confirmedAt moves; updatedAt keeps telling when the content last changed.
  const guard = guardedAudit(
    ctx,
    { action: 'opportunity.confirm', entity: 'opportunity', entityId: id },
    sql`exists (select 1 from ${opportunities} where ${opportunities.id} = ${id})`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(opportunities)
      .set({ confirmedAt: isoTokyo(now), version: sql`${opportunities.version} + 1` })
      .where(and(eq(opportunities.id, id), guard.holds))
      .returning(),
    bumpCatalogVersion(ctx.db, guard.holds, 'freshness'),
  ]);
  const written = updated[0];
  if (!written) throw notFound('受け入れメニュー');
  return toOpportunityView({ ...written, hostName: row.hostName }, staleBefore(now));
}

/** The opportunity with its host's name, when it exists and the caller may see it; otherwise 404 either way. */
async function findVisibleOpportunity(ctx: Ctx, id: string): Promise<OpportunityRow> {
  const scope = ownHostScopeOrThrow(ctx.actor);
  const [row] = await ctx.db
    .select(opportunityWithHostName)
    .from(opportunities)
    .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
    .where(and(eq(opportunities.id, id), scope === null ? undefined : eq(opportunities.hostId, scope)));
  if (!row) throw notFound('受け入れメニュー');
  return row;
}

/**
 * The host a new opportunity belongs to (400 on `hostId` otherwise). A host user may name only its
 * own host; naming another one reads exactly like naming one that does not exist.
 */
async function hostForNewOpportunity(ctx: Ctx, requested: string | undefined): Promise<{ id: string; name: string }> {
  const scope = ownHostScopeOrThrow(ctx.actor);
  const hostId = requested ?? scope;
  if (hostId === null) throw hostIdProblem('どの受け入れ先のメニューか、hostId を指定してください');
  const host =
    scope === null || hostId === scope
      ? await ctx.db.query.hosts.findFirst({ where: eq(hosts.id, hostId), columns: { id: true, name: true } })
      : undefined;
  if (host) return host;
  throw hostIdProblem(
    scope === null ? '登録されている受け入れ先の id を指定してください' : '自分の受け入れ先の id を指定するか、hostId を省いてください',
  );
}

function hostIdProblem(message: string) {
  return problem('validation', { detail: '受け入れ先（hostId）を確かめてください', errors: [{ path: 'hostId', message }] });
}
