/**
 * Console sessions, stored server-side: only the SHA-256 of a session id is kept, with the CSRF
 * token of its forms. The cookie that carries the id is the console's business; this is the
 * credential, beside bearer tokens, and it answers with the same holder so both follow one rule.
 */
import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { SESSION_IDLE_HOURS } from '../config';
import type { Db } from '../db/db';
import { consoleSessions, signInLinks } from '../db/schema';
import { insertWhere } from '../db/insert-where';
import { isoTokyo } from '../lib/clock';
import { newToken, sha256Hex } from '../lib/ids';
import { holderOfUser, type TokenHolder } from './tokens';

export type StoredSession = TokenHolder & { idHash: string; csrf: string };

function idleCutoff(now: Date): string {
  return isoTokyo(new Date(now.getTime() - SESSION_IDLE_HOURS * 60 * 60 * 1000));
}

function sessionRow(idHash: string, userId: string, now: Date) {
  return { idHash, userId, csrfToken: newToken(), createdAt: isoTokyo(now), lastSeenAt: isoTokyo(now) };
}

/** Sessions idle past the limit can never be used again; each sign-in clears them away. */
function forgetIdleSessions(db: Db, at: Date) {
  return db.delete(consoleSessions).where(lte(consoleSessions.lastSeenAt, idleCutoff(at)));
}

/** Starts a session for a user who has just proven who they are; returns the new session id. */
export async function openSession(db: Db, userId: string, at: Date): Promise<string> {
  const id = newToken();
  await db.batch([forgetIdleSessions(db, at), db.insert(consoleSessions).values(sessionRow(await sha256Hex(id), userId, at))]);
  return id;
}

/**
 * Spends a one-time sign-in link: the session is created and the link spent in one batch, each
 * only while the link is unused and unexpired, so two clicks at once cannot both sign in.
 */
export async function openSessionFromLink(db: Db, token: string, at: Date): Promise<string | null> {
  const tokenHash = await sha256Hex(token);
  const usable = and(eq(signInLinks.tokenHash, tokenHash), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, isoTokyo(at)));
  const [link] = await db.select({ userId: signInLinks.userId }).from(signInLinks).where(usable);
  if (!link) return null;
  const id = newToken();
  const [, , spent] = await db.batch([
    forgetIdleSessions(db, at),
    insertWhere(
      db,
      consoleSessions,
      sessionRow(await sha256Hex(id), link.userId, at),
      sql`exists (select 1 from ${signInLinks} where ${usable})`,
    ),
    db
      .update(signInLinks)
      .set({ usedAt: isoTokyo(at) })
      .where(usable)
      .returning({ userId: signInLinks.userId }),
  ]);
  return spent[0] ? id : null;
}

/**
 * The session with this id, touched so that idle time restarts; null when there is none, it has
 * been idle too long, or its user may no longer sign in (the same rule as tokens).
 */
export async function resumeSession(db: Db, id: string, at: Date): Promise<StoredSession | null> {
  const idHash = await sha256Hex(id);
  const [row] = await db
    .update(consoleSessions)
    .set({ lastSeenAt: isoTokyo(at) })
    .where(and(eq(consoleSessions.idHash, idHash), gt(consoleSessions.lastSeenAt, idleCutoff(at))))
    .returning();
  if (!row) return null;
  const holder = await holderOfUser(db, row.userId);
  return holder ? { ...holder, idHash, csrf: row.csrfToken } : null;
}

/** Signing out deletes the session on the server; the cookie alone would be only a request. */
export async function closeSession(db: Db, idHash: string): Promise<void> {
  await db.delete(consoleSessions).where(eq(consoleSessions.idHash, idHash));
}
