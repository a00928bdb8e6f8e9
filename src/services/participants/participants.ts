import { and, asc, eq, gt, not, sql, type SQL } from 'drizzle-orm';
import { assertCan, can, caseloadScope, notFound, seesParticipant, seesPrivate } from '../../auth/policy';
import type { Ctx } from '../../context';
import type { Db } from '../../db/db';
import { consentEvents, participantPrivate, participants, users } from '../../db/schema';
import type { ConsentStatus, Profile } from '../../domain/types';
import { insertWhere } from '../../db/insert-where';
import { isoTokyo } from '../../lib/clock';
import { assertIfMatch, lostRace } from '../../lib/etag';
import { newId } from '../../lib/ids';
import { afterIdCursor, pageAfter, type Page, type PageRequest } from '../../lib/pagination';
import { problem } from '../../lib/problem';
import { auditStatement, guardedAudit } from '../audit/rows';
import { assertRecordedTime } from '../recorded-time';
import { assertNotErased, erasableWhere } from './erasable';

/** Private fields (要配慮個人情報) as sent: `null` clears one. */
export type PrivateInput = {
  name?: string | null;
  nameKana?: string | null;
  phone?: string | null;
  address?: string | null;
  notes?: string | null;
};

/** A new participant: the profile matching reads, and the record around it. */
export type NewParticipant = Profile & {
  displayName: string;
  goals?: string | null;
  referredBy?: string | null;
  assignedTo?: string | null;
  private?: PrivateInput;
};

/** Partial; nested objects are given whole. Consent is changed only by `recordConsent`. */
export type ParticipantChanges = Partial<NewParticipant>;

/** `q` finds part of the code or of the display name; `erasable` keeps only cases past the retention period (admin). */
export type ParticipantListRequest = PageRequest & {
  q?: string;
  step?: number;
  area?: string;
  assignedTo?: string;
  consent?: ConsentStatus;
  erasable?: boolean;
};

export type ConsentChange = { status: Exclude<ConsentStatus, 'none'>; scope?: string; recordedAt?: string };

type ParticipantRow = typeof participants.$inferSelect;
type PrivateRow = typeof participantPrivate.$inferSelect;
type PrivateFields = Omit<PrivateRow, 'participantId'>;
type ConsentEventRow = typeof consentEvents.$inferSelect;

export type ParticipantView = ReturnType<typeof toView>;

export function toView(row: ParticipantRow, extra: { history?: ConsentEventRow[]; private?: PrivateFields | null } = {}) {
  return {
    id: row.id,
    code: row.code,
    displayName: row.displayName,
    age: row.age ?? null,
    gender: row.gender ?? null,
    home: { area: row.homeArea, lat: row.homeLat ?? null, lng: row.homeLng ?? null, station: row.homeStation ?? null },
    travel: row.travel,
    availability: row.availability,
    interests: row.interests,
    step: row.step as Profile['step'],
    limits: row.limits,
    needs: row.needs,
    preferences: row.preferences ?? null,
    circumstances: row.circumstances ?? null,
    goals: row.goals ?? null,
    referredBy: row.referredBy ?? null,
    assignedTo: row.assignedTo ?? null,
    createdBy: row.createdBy,
    erased: row.erasedAt !== null,
    consent: {
      status: row.consentStatus,
      ...(extra.history
        ? {
            history: extra.history.map((e) => ({
              status: e.status,
              scope: e.scope ?? null,
              recordedAt: e.recordedAt,
              recordedBy: e.recordedBy,
            })),
          }
        : {}),
    },
    ...(extra.private !== undefined ? { private: extra.private ?? emptyPrivate() } : {}),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function emptyPrivate(): PrivateFields {
  return { name: null, nameKana: null, phone: null, address: null, notes: null };
}

/** The matching view of a participant record: never any private field. */
export function profileOf(row: ParticipantRow): Profile {
  return {
    age: row.age,
    gender: row.gender,
    home: { area: row.homeArea, lat: row.homeLat, lng: row.homeLng, station: row.homeStation },
    travel: row.travel,
    availability: row.availability,
    interests: row.interests,
    step: row.step as Profile['step'],
    limits: row.limits,
    needs: row.needs,
    preferences: row.preferences,
    circumstances: row.circumstances,
  };
}

function privateValues(input: PrivateInput | undefined): PrivateFields | null {
  if (!input) return null;
  return {
    name: input.name ?? null,
    nameKana: input.nameKana ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    notes: input.notes ?? null,
  };
}

function assigneeQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.role, 'supporter')));
}

function assigneeProblem() {
  return problem('validation', {
    errors: [{ path: 'assignedTo', message: '担当には登録済みの参加支援員（supporter）の id を指定してください' }],
  });
}

/** Loads a participant the caller may see, or answers 404 as if it did not exist. */
export async function findVisibleParticipant(ctx: Ctx, id: string): Promise<ParticipantRow> {
  const row = await ctx.db.query.participants.findFirst({ where: eq(participants.id, id) });
  if (!row || !seesParticipant(ctx.actor, row)) throw notFound('参加者');
  return row;
}

export async function createParticipant(ctx: Ctx, input: NewParticipant): Promise<ParticipantView> {
  assertCan(ctx.actor, 'participant.create');
  // A supporter who registers someone becomes their supporter unless another is named.
  const assignedTo = input.assignedTo ?? (ctx.actor.role === 'supporter' ? ctx.actor.id : null);
  const assignsSelf = ctx.actor.role === 'supporter' && assignedTo === ctx.actor.id;
  if (assignedTo && !assignsSelf) {
    const [assignee] = await assigneeQuery(ctx, assignedTo);
    if (!assignee) throw assigneeProblem();
  }
  const now = ctx.now();
  const at = isoTokyo(now);
  const id = newId('par', now);
  const nextSeq = sql`(select coalesce(max(${participants.seq}), 0) + 1 from ${participants})`;
  const secret = privateValues(input.private);
  const [inserted] = await ctx.db.batch([
    ctx.db
      .insert(participants)
      .values({
        id,
        seq: nextSeq,
        code: sql`(select 'P-' || printf('%04d', coalesce(max(${participants.seq}), 0) + 1) from ${participants})`,
        displayName: input.displayName,
        age: input.age ?? null,
        gender: input.gender ?? null,
        homeArea: input.home.area,
        homeLat: input.home.lat ?? null,
        homeLng: input.home.lng ?? null,
        homeStation: input.home.station ?? null,
        travel: input.travel,
        availability: input.availability,
        interests: input.interests,
        step: input.step,
        limits: input.limits,
        needs: input.needs,
        preferences: input.preferences ?? null,
        circumstances: input.circumstances ?? null,
        goals: input.goals ?? null,
        referredBy: input.referredBy ?? null,
        assignedTo,
        createdBy: ctx.actor.id,
        consentStatus: 'none',
        createdAt: at,
        updatedAt: at,
      })
      .returning(),
    ctx.db.insert(participantPrivate).values({ participantId: id, ...(secret ?? emptyPrivate()) }),
    auditStatement(ctx, { action: 'participant.create', entity: 'participant', entityId: id }),
  ]);
  return toView(inserted[0]!, { history: [] });
}

/** A person's consent changes, oldest first: the history every view of their consent shows. */
export function consentHistoryQuery(db: Db, id: string) {
  return db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.participantId, id))
    .orderBy(asc(consentEvents.createdAt), asc(consentEvents.id));
}

/**
 * One participant. This is the only response that carries `private`, only for those who may see
 * it, and each such read is written to the audit log.
 */
export async function getParticipant(ctx: Ctx, id: string): Promise<ParticipantView> {
  assertCan(ctx.actor, 'participant.read');
  const [rows, secrets, history] = await ctx.db.batch([
    ctx.db.select().from(participants).where(eq(participants.id, id)),
    ctx.db.select().from(participantPrivate).where(eq(participantPrivate.participantId, id)),
    consentHistoryQuery(ctx.db, id),
  ]);
  const row = rows[0];
  if (!row || !seesParticipant(ctx.actor, row)) throw notFound('参加者');
  if (!seesPrivate(ctx.actor, row)) return toView(row, { history });
  await auditStatement(ctx, { action: 'participant.private.read', entity: 'participant', entityId: id });
  const secret = secrets[0];
  return toView(row, { history, private: secret ? withoutId(secret) : null });
}

/**
 * One participant as lists show it: no consent history and no private fields, so nothing is
 * audited. For pages that show neither, such as the matches page.
 */
export async function getParticipantSummary(ctx: Ctx, id: string): Promise<ParticipantView> {
  assertCan(ctx.actor, 'participant.read');
  const [row] = await ctx.db.select().from(participants).where(eq(participants.id, id));
  if (!row || !seesParticipant(ctx.actor, row)) throw notFound('参加者');
  return toView(row);
}

export function withoutId({ participantId: _, ...fields }: PrivateRow): PrivateFields {
  return fields;
}

export async function listParticipants(ctx: Ctx, query: ParticipantListRequest): Promise<Page<ParticipantView>> {
  assertCan(ctx.actor, 'participant.read');
  if (query.erasable) assertCan(ctx.actor, 'participant.erase');
  const after = afterIdCursor(query.cursor);
  const caseload = caseloadScope(ctx.actor);
  const where: (SQL | undefined)[] = [
    caseload ? eq(participants.assignedTo, caseload) : undefined,
    query.q ? containsText(query.q) : undefined,
    query.step ? eq(participants.step, query.step) : undefined,
    query.area ? eq(participants.homeArea, query.area) : undefined,
    query.assignedTo ? eq(participants.assignedTo, query.assignedTo) : undefined,
    query.consent ? eq(participants.consentStatus, query.consent) : undefined,
    query.erasable === undefined ? undefined : query.erasable ? erasableWhere(ctx) : not(erasableWhere(ctx)),
    after ? gt(participants.id, after) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(participants)
    .where(and(...where))
    .orderBy(asc(participants.id))
    .limit(query.limit + 1);
  const page = pageAfter(rows, query.limit);
  return { items: page.items.map((row) => toView(row)), nextCursor: page.nextCursor };
}

/** Part of the code (any case) or of the display name; instr, so `%` and `_` are plain characters. */
function containsText(q: string): SQL {
  return sql`(instr(lower(${participants.code}), lower(${q})) > 0 or instr(${participants.displayName}, ${q}) > 0)`;
}

export async function updateParticipant(
  ctx: Ctx,
  id: string,
  patch: ParticipantChanges,
  ifMatch: string | undefined,
): Promise<ParticipantView> {
  assertCan(ctx.actor, 'participant.update');
  const [rows, secrets, assignees] = await ctx.db.batch([
    ctx.db.select().from(participants).where(eq(participants.id, id)),
    ctx.db.select().from(participantPrivate).where(eq(participantPrivate.participantId, id)),
    assigneeQuery(ctx, patch.assignedTo ?? ''),
  ]);
  const current = rows[0];
  if (!current || !seesParticipant(ctx.actor, current)) throw notFound('参加者');
  assertNotErased(current);
  assertIfMatch(ifMatch, current.version);
  // Moving a case moves its private data with it, so only those who oversee every case may move one.
  if (patch.assignedTo !== undefined && patch.assignedTo !== current.assignedTo && !can(ctx.actor, 'participant.assign')) {
    throw problem('forbidden', { detail: '担当（assignedTo）を変えられるのは管理者と多機関協働の担当だけです' });
  }
  if (patch.assignedTo && !assignees[0]) throw assigneeProblem();
  // Only those who may read private fields may write them; others would be writing blind.
  if (patch.private && !seesPrivate(ctx.actor, current))
    throw problem('forbidden', { detail: '個人情報（private）は担当者だけが変更できます' });
  if (Object.keys(patch).length === 0) return toView(current);

  const now = ctx.now();
  const secret = { ...(secrets[0] ? withoutId(secrets[0]) : emptyPrivate()), ...patch.private };
  const guard = guardedAudit(
    ctx,
    { action: 'participant.update', entity: 'participant', entityId: id },
    sql`exists (select 1 from ${participants} where ${participants.id} = ${id} and ${participants.version} = ${current.version})`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(participants)
      .set({
        ...(patch.displayName !== undefined && { displayName: patch.displayName }),
        ...(patch.age !== undefined && { age: patch.age }),
        ...(patch.gender !== undefined && { gender: patch.gender }),
        ...(patch.home !== undefined && {
          homeArea: patch.home.area,
          homeLat: patch.home.lat ?? null,
          homeLng: patch.home.lng ?? null,
          homeStation: patch.home.station ?? null,
        }),
        ...(patch.travel !== undefined && { travel: patch.travel }),
        ...(patch.availability !== undefined && { availability: patch.availability }),
        ...(patch.interests !== undefined && { interests: patch.interests }),
        ...(patch.step !== undefined && { step: patch.step }),
        ...(patch.limits !== undefined && { limits: patch.limits }),
        ...(patch.needs !== undefined && { needs: patch.needs }),
        ...(patch.preferences !== undefined && { preferences: patch.preferences }),
        ...(patch.circumstances !== undefined && { circumstances: patch.circumstances }),
        ...(patch.goals !== undefined && { goals: patch.goals }),
        ...(patch.referredBy !== undefined && { referredBy: patch.referredBy }),
        ...(patch.assignedTo !== undefined && { assignedTo: patch.assignedTo }),
        updatedAt: isoTokyo(now),
        version: sql`${participants.version} + 1`,
      })
      .where(and(eq(participants.id, id), guard.holds))
      .returning(),
    ctx.db
      .update(participantPrivate)
      .set(secret)
      .where(and(eq(participantPrivate.participantId, id), guard.holds)),
  ]);
  const row = updated[0];
  if (!row) throw lostRace();
  return toView(row);
}

/** Consent changes only here, and every change is appended to the history. */
export async function recordConsent(ctx: Ctx, id: string, input: ConsentChange) {
  assertCan(ctx.actor, 'participant.consent');
  const current = await findVisibleParticipant(ctx, id);
  assertNotErased(current);
  const now = ctx.now();
  if (input.recordedAt) assertRecordedTime('recordedAt', new Date(input.recordedAt), now);
  const recordedAt = input.recordedAt ? isoTokyo(new Date(input.recordedAt)) : isoTokyo(now);
  const guard = guardedAudit(
    ctx,
    { action: `participant.consent.${input.status}`, entity: 'participant', entityId: id },
    sql`exists (select 1 from ${participants} where ${participants.id} = ${id} and ${participants.version} = ${current.version})`,
  );
  const [, updated, , history] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(participants)
      .set({ consentStatus: input.status, updatedAt: isoTokyo(now), version: sql`${participants.version} + 1` })
      .where(and(eq(participants.id, id), guard.holds))
      .returning(),
    insertWhere(
      ctx.db,
      consentEvents,
      {
        id: newId('cns', now),
        participantId: id,
        status: input.status,
        scope: input.scope ?? null,
        recordedAt,
        recordedBy: ctx.actor.id,
        createdAt: isoTokyo(now),
      },
      guard.holds,
    ),
    consentHistoryQuery(ctx.db, id),
  ]);
  const row = updated[0];
  if (!row) throw lostRace();
  return toView(row, { history });
}
