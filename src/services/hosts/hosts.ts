import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { assertCan, assertMayEditHostFields, notFound, ownHostScopeOrThrow, seesHost, seesHostViewOnly } from '../../auth/policy';
import type { Actor, Ctx } from '../../context';
import { hosts, type HostContact } from '../../db/schema';
import type { HostStatus, HostType } from '../../domain/types';
import { isoTokyo } from '../../lib/clock';
import { assertIfMatch, lostRace } from '../../lib/etag';
import { newId } from '../../lib/ids';
import { afterIdCursor, pageAfter, type Page, type PageRequest } from '../../lib/pagination';
import { auditStatement, guardedAudit } from '../audit/rows';
import { bumpCatalogVersion, rethrowExternalIdTaken } from '../catalog';

/** Contact details as sent: `null` clears a detail on PATCH. */
export type ContactInput = { person?: string | null; phone?: string | null; email?: string | null };

export type HostFields = {
  externalId?: string | null;
  name: string;
  nameKana?: string | null;
  type: HostType;
  area: string;
  address?: string | null;
  contact: ContactInput;
  understanding: string[];
  status: HostStatus;
  notes?: string | null;
};

/** Partial; `contact` merges with the stored one, `understanding` replaces it. */
export type HostChanges = Partial<HostFields>;

export type HostListRequest = PageRequest & { area?: string; type?: HostType; status?: HostStatus };

type HostRow = typeof hosts.$inferSelect;

export type HostView = {
  id: string;
  externalId: string | null;
  name: string;
  nameKana: string | null;
  type: HostType;
  area: string;
  address: string | null;
  contact: HostContact;
  understanding: string[];
  status: HostStatus;
  /** Staff notes: never shown to the host itself. */
  notes?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export async function createHost(ctx: Ctx, input: HostFields): Promise<HostView> {
  assertCan(ctx.actor, 'host.create');
  const now = ctx.now();
  const at = isoTokyo(now);
  const row: HostRow = {
    id: newId('hst', now),
    ...hostColumns(input),
    createdBy: ctx.actor.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await ctx.db
    .batch([
      ctx.db.insert(hosts).values(row),
      auditStatement(ctx, { action: 'host.create', entity: 'host', entityId: row.id }),
      bumpCatalogVersion(ctx.db),
    ])
    .catch(rethrowExternalIdTaken('hosts'));
  return toHostView(ctx.actor, row);
}

export async function listHosts(ctx: Ctx, query: HostListRequest): Promise<Page<HostView>> {
  assertCan(ctx.actor, 'host.read');
  const after = afterIdCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(hosts)
    .where(and(hostFilters(ctx.actor, query), after === null ? undefined : gt(hosts.id, after)))
    .orderBy(asc(hosts.id))
    .limit(query.limit + 1);
  const page = pageAfter(rows, query.limit);
  return { items: page.items.map((row) => toHostView(ctx.actor, row)), nextCursor: page.nextCursor };
}

export async function getHost(ctx: Ctx, id: string): Promise<HostView> {
  assertCan(ctx.actor, 'host.read');
  return toHostView(ctx.actor, await findVisibleHost(ctx, id));
}

export async function updateHost(ctx: Ctx, id: string, patch: HostChanges, ifMatch?: string): Promise<HostView> {
  assertCan(ctx.actor, 'host.update');
  assertMayEditHostFields(ctx.actor, Object.keys(patch));
  const current = await findVisibleHost(ctx, id);
  assertIfMatch(ifMatch, current.version);
  if (Object.keys(patch).length === 0) return toHostView(ctx.actor, current);

  const merged: HostFields = { ...current, ...patch, contact: { ...current.contact, ...patch.contact } };
  const next = { ...hostColumns(merged), updatedAt: isoTokyo(ctx.now()), version: current.version + 1 };
  // Written only over the version that was read, so of two concurrent changes exactly one wins.
  const unchanged = and(eq(hosts.id, id), eq(hosts.version, current.version));
  const guard = guardedAudit(
    ctx,
    { action: 'host.update', entity: 'host', entityId: id },
    sql`exists (select 1 from ${hosts} where ${unchanged})`,
  );
  const [, updated] = await ctx.db
    .batch([
      guard.statement,
      ctx.db
        .update(hosts)
        .set(next)
        .where(and(eq(hosts.id, id), guard.holds))
        .returning(),
      bumpCatalogVersion(ctx.db, guard.holds),
    ])
    .catch(rethrowExternalIdTaken('hosts'));
  const row = updated[0];
  if (!row) throw lostRace();
  return toHostView(ctx.actor, row);
}

/** The host, when it exists and the caller may see it; otherwise 404 either way. */
async function findVisibleHost(ctx: Ctx, id: string): Promise<HostRow> {
  if (!seesHost(ctx.actor, id)) throw notFound('受け入れ先');
  const row = await ctx.db.query.hosts.findFirst({ where: eq(hosts.id, id) });
  if (!row) throw notFound('受け入れ先');
  return row;
}

function hostFilters(actor: Actor, query: HostListRequest) {
  const scope = ownHostScopeOrThrow(actor);
  return and(
    scope === null ? undefined : eq(hosts.id, scope),
    query.area ? eq(hosts.area, query.area) : undefined,
    query.type ? eq(hosts.type, query.type) : undefined,
    query.status ? eq(hosts.status, query.status) : undefined,
  );
}

/** The column values for writable fields (also what an import compares and writes). */
export function hostColumns(fields: HostFields) {
  return {
    externalId: fields.externalId ?? null,
    name: fields.name,
    nameKana: fields.nameKana ?? null,
    type: fields.type,
    area: fields.area,
    address: fields.address ?? null,
    contact: compactContact(fields.contact),
    understanding: fields.understanding,
    status: fields.status,
    notes: fields.notes ?? null,
  };
}

/** Drops cleared (null) details so the stored contact holds only what is known. */
function compactContact(contact: ContactInput): HostContact {
  const compact: HostContact = {};
  if (contact.person != null) compact.person = contact.person;
  if (contact.phone != null) compact.phone = contact.phone;
  if (contact.email != null) compact.email = contact.email;
  return compact;
}

function toHostView(actor: Actor, row: HostRow): HostView {
  return {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    nameKana: row.nameKana,
    type: row.type,
    area: row.area,
    address: row.address,
    contact: row.contact,
    understanding: row.understanding,
    status: row.status,
    ...(seesHostViewOnly(actor) ? {} : { notes: row.notes }),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
