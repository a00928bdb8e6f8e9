/**
 * `Idempotency-Key` (placement and check-in writes, see `/docs`): a repeat of a write with the same key and body returns the first
 * response and changes nothing; the same key with another body is 422. Keys are scoped to the
 * caller. The stored response is written in the same batch as the change, guarded by the same
 * precondition, so a key is recorded exactly when its change happened.
 */
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { IDEMPOTENCY_KEY_HOURS } from '../config';
import { insertWhere } from '../db/insert-where';
import type { Ctx } from '../context';
import { idempotencyKeys } from '../db/schema';
import { isoTokyo } from '../lib/clock';
import { sha256Hex } from '../lib/ids';
import { problem } from '../lib/problem';

/** A write sent with `Idempotency-Key`: the key and the fingerprint of what was asked. */
export type IdempotentRequest = { key: string; hash: string };

/** What a service verb answers: the response body, and whether it is the replay of an earlier one. */
export type Outcome<T> = { body: T; replayed: boolean };

/**
 * The request's fingerprint: SHA-256 of the operation (method and path) and the body as canonical
 * JSON, so key order and spacing do not make the same request look different. Null without a key.
 */
export async function idempotentRequest(key: string | undefined, operation: string, body: unknown): Promise<IdempotentRequest | null> {
  if (key === undefined) return null;
  return { key, hash: await sha256Hex(`${operation}\n${canonicalJson(body)}`) };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Stored responses hold what was written (notes, what a participant said), so they are kept only
 * as long as a client could sensibly retry: after that a key counts as new and its row is purged.
 */
function keptSince(ctx: Ctx): string {
  return isoTokyo(new Date(ctx.now().getTime() - IDEMPOTENCY_KEY_HOURS * 60 * 60 * 1000));
}

/** The stored response for this caller's key, as a query for the request's read batch (matches nothing without a key). */
export function storedResponseQuery(ctx: Ctx, request: IdempotentRequest | null) {
  const where = request
    ? and(eq(idempotencyKeys.actorId, ctx.actor.id), eq(idempotencyKeys.key, request.key), gte(idempotencyKeys.createdAt, keptSince(ctx)))
    : sql`0`;
  return ctx.db.select().from(idempotencyKeys).where(where);
}

/** The earlier response when this is a repeat; 422 when the key was used for a different request. */
export function replayOf<T>(request: IdempotentRequest | null, stored: (typeof idempotencyKeys.$inferSelect)[]): Outcome<T> | null {
  const row = stored[0];
  if (!request || !row) return null;
  if (row.requestHash !== request.hash) {
    throw problem('idempotency_mismatch', {
      detail: 'この Idempotency-Key は、内容の違う依頼ですでに使われています。別の依頼には新しいキーを付けてください',
    });
  }
  return { body: JSON.parse(row.response) as T, replayed: true };
}

/** A response to keep for replays, written only when the write's guard `holds`. */
export type ResponseToStore = { request: IdempotentRequest | null; status: number; body: unknown; holds: SQL };

/** The statements that store the response, for the write batch; none for a request without a key. */
export function storeResponse(ctx: Ctx, { request, status, body, holds }: ResponseToStore) {
  if (!request) return [];
  return [
    // This caller's expired keys go first, which also frees this key if it was used long ago.
    ctx.db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.actorId, ctx.actor.id), lt(idempotencyKeys.createdAt, keptSince(ctx)))),
    insertWhere(
      ctx.db,
      idempotencyKeys,
      {
        actorId: ctx.actor.id,
        key: request.key,
        requestHash: request.hash,
        status,
        response: JSON.stringify(body),
        createdAt: isoTokyo(ctx.now()),
      },
      holds,
    ),
  ] as const;
}

/**
 * Runs a write batch. When two requests with the same new key race, both miss the key in their
 * read. If the later one's guard still holds, its batch fails on the key's primary key and rolls
 * back as a whole; it then answers with the winner's response (or 422 if the bodies differ), as a
 * repeat would. (If its guard fails instead, the service's one read after a refusal looks for the
 * key in the same way.)
 */
export async function writeOnce<T>(ctx: Ctx, request: IdempotentRequest | null, write: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await write();
  } catch (error) {
    if (!request || !isKeyCollision(error)) throw error;
    const replay = replayOf<T>(request, await storedResponseQuery(ctx, request));
    if (!replay) throw error;
    return replay;
  }
}

function isKeyCollision(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed: idempotency_keys\./.test(e.message)) return true;
  }
  return false;
}
