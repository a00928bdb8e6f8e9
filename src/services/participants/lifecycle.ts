import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { assertCan, notFound, seesParticipant } from '../../auth/policy';
import type { Ctx } from '../../context';
import {
  auditEvents,
  checkIns,
  consentEvents,
  followUps,
  hostSupportRecords,
  idempotencyKeys,
  participantPrivate,
  participants,
  placements,
  placementTransitions,
} from '../../db/schema';
import { ageBand, ERASED_DISPLAY_NAME, ERASED_SUMMARY, type ErasureReason } from '../../domain/participant/erasure';
import { isoTokyo } from '../../lib/clock';
import { lostRace } from '../../lib/etag';
import { problem } from '../../lib/problem';
import { guardedAudit } from '../audit/rows';
import { assertNotErased, livePlacementsQuery } from './erasable';
import { consentHistoryQuery, toView, withoutId } from './participants';

export type ErasureRequest = { reason: ErasureReason };

function placementIdsOf(ctx: Ctx, participantId: string) {
  return ctx.db.select({ id: placements.id }).from(placements).where(eq(placements.participantId, participantId));
}

/**
 * Everything held about one person, for a disclosure request (開示請求): one batch that also
 * writes the audit row, so the export is recorded exactly when it happened and costs one round trip.
 */
export async function exportParticipant(ctx: Ctx, id: string) {
  assertCan(ctx.actor, 'participant.export');
  const ofPlacements = placementIdsOf(ctx, id);
  const guard = guardedAudit(
    ctx,
    { action: 'participant.export', entity: 'participant', entityId: id },
    sql`exists (select 1 from ${participants} where ${participants.id} = ${id})`,
  );
  const [, rows, secrets, consents, placementRows, transitions, dueFollowUps, checkInRows, supportRecords, audit] = await ctx.db.batch([
    guard.statement,
    ctx.db.select().from(participants).where(eq(participants.id, id)),
    ctx.db.select().from(participantPrivate).where(eq(participantPrivate.participantId, id)),
    consentHistoryQuery(ctx.db, id),
    ctx.db.select().from(placements).where(eq(placements.participantId, id)).orderBy(asc(placements.createdAt), asc(placements.id)),
    ctx.db
      .select()
      .from(placementTransitions)
      .where(inArray(placementTransitions.placementId, ofPlacements))
      .orderBy(asc(placementTransitions.at), asc(placementTransitions.id)),
    ctx.db.select().from(followUps).where(inArray(followUps.placementId, ofPlacements)).orderBy(asc(followUps.dueDate), asc(followUps.id)),
    ctx.db.select().from(checkIns).where(inArray(checkIns.placementId, ofPlacements)).orderBy(asc(checkIns.date), asc(checkIns.id)),
    ctx.db
      .select()
      .from(hostSupportRecords)
      .where(eq(hostSupportRecords.participantId, id))
      .orderBy(asc(hostSupportRecords.date), asc(hostSupportRecords.id)),
    ctx.db
      .select()
      .from(auditEvents)
      .where(or(eq(auditEvents.entityId, id), inArray(auditEvents.entityId, ofPlacements)))
      .orderBy(asc(auditEvents.at), asc(auditEvents.id)),
  ]);
  const row = rows[0];
  if (!row) throw notFound('参加者');
  const secret = secrets[0];
  return {
    exportedAt: isoTokyo(ctx.now()),
    participant: toView(row, { history: consents, private: secret ? withoutId(secret) : null }),
    placements: placementRows.map((placement) => ({
      ...placement,
      history: transitions.filter((t) => t.placementId === placement.id),
      followUps: dueFollowUps.filter((f) => f.placementId === placement.id),
      checkIns: checkInRows.filter((c) => c.placementId === placement.id),
    })),
    hostSupportRecords: supportRecords,
    auditEvents: audit,
  };
}

export type ParticipantExport = Awaited<ReturnType<typeof exportParticipant>>;

/**
 * Erases a person's personal data and keeps a tombstone (code, registration date, step, age band,
 * area, referral source, consent status, placements with their dates, statuses and reasons), so
 * every report counts them as before. One batch, guarded by the version read: either all of it
 * happens with its audit row, or nothing does. Irreversible.
 */
export async function eraseParticipant(ctx: Ctx, id: string, request: ErasureRequest) {
  assertCan(ctx.actor, 'participant.erase');
  const [rows, live] = await ctx.db.batch([
    ctx.db.select().from(participants).where(eq(participants.id, id)),
    livePlacementsQuery(ctx, id),
  ]);
  const current = rows[0];
  if (!current || !seesParticipant(ctx.actor, current)) throw notFound('参加者');
  assertNotErased(current);
  // A placement under way holds a seat and expects follow-up; once erased it could be neither moved nor closed.
  if (live.length > 0) throw problem('case_open', { detail: '進行中のつなぎがあります。終了・取り消し・辞退にしてから消去してください' });
  const now = ctx.now();
  const ofPlacements = placementIdsOf(ctx, id);
  // The reason is a code, never free text, so the audit trail cannot hold what was erased.
  const guard = guardedAudit(
    ctx,
    { action: `participant.erase.${request.reason}`, entity: 'participant', entityId: id },
    sql`exists (select 1 from ${participants} where ${participants.id} = ${id} and ${participants.version} = ${current.version} and ${participants.erasedAt} is null)
      and not exists ${livePlacementsQuery(ctx, id)}`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(participants)
      .set({
        displayName: ERASED_DISPLAY_NAME,
        goals: null,
        age: ageBand(current.age),
        gender: null,
        homeLat: null,
        homeLng: null,
        homeStation: null,
        interests: [],
        circumstances: null,
        erasedAt: isoTokyo(now),
        erasureReason: request.reason,
        updatedAt: isoTokyo(now),
        version: sql`${participants.version} + 1`,
      })
      .where(and(eq(participants.id, id), guard.holds))
      .returning(),
    ctx.db
      .update(participantPrivate)
      .set({ name: null, nameKana: null, phone: null, address: null, notes: null })
      .where(and(eq(participantPrivate.participantId, id), guard.holds)),
    ctx.db
      .update(consentEvents)
      .set({ scope: null })
      .where(and(eq(consentEvents.participantId, id), guard.holds)),
    ctx.db
      .update(placements)
      .set({ note: null })
      .where(and(eq(placements.participantId, id), guard.holds)),
    ctx.db
      .update(placementTransitions)
      .set({ note: null })
      .where(and(inArray(placementTransitions.placementId, ofPlacements), guard.holds)),
    ctx.db
      .update(checkIns)
      .set({ participantVoice: null, hostVoice: null, nextActions: null })
      .where(and(inArray(checkIns.placementId, ofPlacements), guard.holds)),
    ctx.db
      .update(hostSupportRecords)
      .set({ summary: ERASED_SUMMARY })
      .where(and(eq(hostSupportRecords.participantId, id), guard.holds)),
    // Stored replies to writes about the person (proposals, moves, check-ins) repeat what they said.
    ctx.db
      .delete(idempotencyKeys)
      .where(
        and(
          or(
            sql`instr(${idempotencyKeys.response}, ${id}) > 0`,
            sql`exists (select 1 from ${placements} where ${placements.participantId} = ${id} and instr(${idempotencyKeys.response}, ${placements.id}) > 0)`,
          ),
          guard.holds,
        ),
      ),
  ]);
  const row = updated[0];
  if (!row) throw lostRace();
  return toView(row);
}
