import { and, eq, sql, type SQL } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { MAX_IMPORT_BYTES } from '../../config';
import type { Ctx } from '../../context';
import { insertWhere } from '../../db/insert-where';
import { auditEvents, catalogState, hosts, opportunities } from '../../db/schema';
import { parseCsv } from '../../domain/import/csv';
import { decodeSpreadsheet } from '../../domain/import/encoding';
import { readSheet } from '../../domain/import/sheet';
import { isoTokyo } from '../../lib/clock';
import { lostRace } from '../../lib/etag';
import { newId } from '../../lib/ids';
import { problem, type FieldError } from '../../lib/problem';
import { guardedAudit } from '../audit/rows';
import { bumpCatalogVersion, catalogStateQuery, type CatalogStateRows } from '../catalog';
import { CATALOG_PARTS } from '../catalog/version';
import { hostColumns } from '../hosts/hosts';
import { newOpportunityRow, opportunityColumns, opportunityWithHostName, staleBefore } from '../opportunities/rows';
import { planImport, type Action, type CatalogSchemas, type ImportPlan } from './plan';

export type CatalogImportRequest = {
  /** The file as uploaded. */
  body: Uint8Array;
  /** The `charset` of the request's content type, if it names one. */
  charset: string | undefined;
  dryRun: boolean;
  schemas: CatalogSchemas;
};

type Counts = Record<Action, number>;

export type CatalogImportOutcome = {
  dryRun: boolean;
  rows: number;
  hosts: Counts;
  opportunities: Counts;
  /** Per row, what happens to its opening (the id is known once the import is written). */
  items: { line: number; action: Action; title: string; id: string | null }[];
};

/**
 * Reads the whole file, validates every row with the API's schemas, and writes everything in one
 * guarded batch: over the catalog exactly as it was read, or not at all.
 */
export async function importCatalog(ctx: Ctx, request: CatalogImportRequest): Promise<CatalogImportOutcome> {
  assertCanImport(ctx);
  // The API's body limit stops a large request before it is read; a file from a console form is checked here.
  if (request.body.length > MAX_IMPORT_BYTES)
    throw problem('payload_too_large', { detail: `ファイルは ${MAX_IMPORT_BYTES / 1024 / 1024} MiB までです` });
  const decoded = decodeSpreadsheet(request.body, request.charset);
  if (!decoded.ok) throw invalid([{ path: '1', message: decoded.message }]);
  const csv = parseCsv(decoded.text);
  if (!csv.ok) throw invalid([{ path: `${csv.line}`, message: csv.message }]);
  const sheet = readSheet(csv.records);
  if (!sheet.ok) throw invalid(sheet.issues);

  const now = ctx.now();
  const [state, hostRows, opportunityRows] = await ctx.db.batch([
    catalogStateQuery(ctx.db),
    ctx.db.select().from(hosts),
    ctx.db.select(opportunityWithHostName).from(opportunities).innerJoin(hosts, eq(hosts.id, opportunities.hostId)),
  ]);
  const plan = planImport(sheet.rows, { hosts: hostRows, opportunities: opportunityRows, staleSince: staleBefore(now) }, request.schemas);
  if (plan.errors.length > 0) throw invalid(plan.errors);

  const ids = assignIds(plan, now);
  if (!request.dryRun) await writePlan(ctx, plan, ids, state);
  return {
    dryRun: request.dryRun,
    rows: sheet.rows.length,
    hosts: count(plan.hosts),
    opportunities: count(plan.opportunities),
    items: plan.opportunities.map((entry) => ({
      line: entry.line,
      action: entry.action,
      title: entry.fields.title,
      id: entry.current?.id ?? (request.dryRun ? null : ids.get(entry)!),
    })),
  };
}

/** An import creates and updates hosts and openings: only who may do all four may import. */
export function assertCanImport(ctx: Ctx): void {
  for (const action of ['host.create', 'host.update', 'opportunity.create', 'opportunity.update'] as const) assertCan(ctx.actor, action);
}

function invalid(errors: FieldError[]) {
  return problem('import_invalid', { detail: `${errors.length}件の問題があるため、何も取り込んでいません`, errors });
}

function count(entries: { action: Action }[]): Counts {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (const entry of entries) counts[entry.action] += 1;
  return counts;
}

/** New records' ids, made once so the hosts' ids can be given to their openings. */
function assignIds(plan: ImportPlan, now: Date): Map<object, string> {
  const ids = new Map<object, string>();
  for (const host of plan.hosts) ids.set(host, host.current?.id ?? newId('hst', now));
  for (const entry of plan.opportunities) ids.set(entry, entry.current?.id ?? newId('opp', now));
  return ids;
}

/** Every part of the catalog still at the version read: nothing changed since the plan was made. */
function catalogAsRead(state: CatalogStateRows): SQL {
  return and(
    ...Object.values(CATALOG_PARTS).map((part) => {
      const version = state.find((row) => row.id === part)?.version;
      return version === undefined
        ? sql`not exists (select 1 from ${catalogState} where ${catalogState.id} = ${part})`
        : sql`exists (select 1 from ${catalogState} where ${catalogState.id} = ${part} and ${catalogState.version} = ${version})`;
    }),
  )!;
}

async function writePlan(ctx: Ctx, plan: ImportPlan, ids: Map<object, string>, state: CatalogStateRows): Promise<void> {
  const at = isoTokyo(ctx.now());
  const guard = guardedAudit(ctx, { action: 'catalog.import', entity: 'catalog', entityId: null }, catalogAsRead(state));
  const audit = (action: string, entity: string, entityId: string) =>
    guardedAudit(ctx, { action, entity, entityId }, guard.holds).statement;
  const changes = [];
  for (const host of plan.hosts) {
    const id = ids.get(host)!;
    if (host.action === 'created') {
      changes.push(
        insertWhere(
          ctx.db,
          hosts,
          { id, ...hostColumns(host.fields), createdBy: ctx.actor.id, createdAt: at, updatedAt: at, version: 1 },
          guard.holds,
        ),
      );
      changes.push(audit('host.create', 'host', id));
    } else if (host.action === 'updated') {
      const version = host.current!.version + 1;
      changes.push(
        ctx.db
          .update(hosts)
          .set({ ...hostColumns(host.fields), updatedAt: at, version })
          .where(and(eq(hosts.id, id), guard.holds)),
      );
      changes.push(audit('host.update', 'host', id));
    }
  }
  for (const entry of plan.opportunities) {
    const id = ids.get(entry)!;
    if (entry.action === 'created') {
      changes.push(
        insertWhere(
          ctx.db,
          opportunities,
          newOpportunityRow({ id, hostId: ids.get(entry.host)!, fields: entry.fields, createdBy: ctx.actor.id, at }),
          guard.holds,
        ),
      );
      changes.push(audit('opportunity.create', 'opportunity', id));
    } else if (entry.action === 'updated') {
      const version = entry.current!.version + 1;
      changes.push(
        ctx.db
          .update(opportunities)
          .set({ ...opportunityColumns(entry.fields), updatedAt: at, version })
          .where(and(eq(opportunities.id, id), guard.holds)),
      );
      changes.push(audit('opportunity.update', 'opportunity', id));
    }
  }
  const results = await ctx.db.batch([
    guard.statement,
    ...changes,
    ...(changes.length > 0 ? [bumpCatalogVersion(ctx.db, guard.holds)] : []),
    ctx.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.id, guard.id)),
  ]);
  if ((results.at(-1) as unknown[]).length === 0) throw lostRace();
}
