import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { holderOfUser } from '../auth/tokens';
import { SESSION_IDLE_HOURS } from '../config';
import type { Actor, AppEnv } from '../context';
import type { HostStatus } from '../domain/types';
import { consoleSessions, signInLinks } from '../db/schema';
import { insertWhere } from '../db/insert-where';
import { isoTokyo } from '../lib/clock';
import { newToken, sha256Hex } from '../lib/ids';

const SESSION_COOKIE = 'tsunagu_session';
const SIGN_IN_COOKIE = 'tsunagu_sign_in';

export type ConsoleSession = { idHash: string; csrf: string; actor: Actor; hostStatus: HostStatus | null };

function idleCutoff(now: Date): string {
  return isoTokyo(new Date(now.getTime() - SESSION_IDLE_HOURS * 60 * 60 * 1000));
}

function sessionRow(idHash: string, userId: string, now: Date) {
  return { idHash, userId, csrfToken: newToken(), createdAt: isoTokyo(now), lastSeenAt: isoTokyo(now) };
}

function setStrictCookie(c: Context<AppEnv>, name: string, value: string): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
}

function setSessionCookie(c: Context<AppEnv>, id: string): void {
  setStrictCookie(c, SESSION_COOKIE, id);
}

/**
 * Before there is a session, the sign-in form is tied to the browser that loaded it (the token
 * is in a cookie and in the form), so no other site can sign a browser in as someone else.
 */
export function newSignInCsrf(c: Context<AppEnv>): string {
  const token = newToken();
  setStrictCookie(c, SIGN_IN_COOKIE, token);
  return token;
}

export function signInCsrf(c: Context<AppEnv>): string {
  return getCookie(c, SIGN_IN_COOKIE) ?? '';
}

/** Sessions idle past the limit can never be used again; each sign-in clears them away. */
function forgetIdleSessions(c: Context<AppEnv>, at: Date) {
  return c.get('deps').db.delete(consoleSessions).where(lte(consoleSessions.lastSeenAt, idleCutoff(at)));
}

/** Starts a session for a user who has just proven who they are (a typed token). */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const { db, now } = c.get('deps');
  const id = newToken();
  const at = now();
  await db.batch([forgetIdleSessions(c, at), db.insert(consoleSessions).values(sessionRow(await sha256Hex(id), userId, at))]);
  deleteCookie(c, SIGN_IN_COOKIE, { path: '/' });
  setSessionCookie(c, id);
}

/**
 * Uses a one-time sign-in link: the session is created and the link spent in one batch, each only
 * while the link is unused and unexpired, so two clicks at once cannot both sign in.
 */
export async function startSessionFromLink(c: Context<AppEnv>, token: string): Promise<boolean> {
  const { db, now } = c.get('deps');
  const at = now();
  const tokenHash = await sha256Hex(token);
  const usable = and(eq(signInLinks.tokenHash, tokenHash), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, isoTokyo(at)));
  const [link] = await db.select({ userId: signInLinks.userId }).from(signInLinks).where(usable);
  if (!link) return false;
  const id = newToken();
  const [, , spent] = await db.batch([
    forgetIdleSessions(c, at),
    insertWhere(db, consoleSessions, sessionRow(await sha256Hex(id), link.userId, at), sql`exists (select 1 from ${signInLinks} where ${usable})`),
    db.update(signInLinks).set({ usedAt: isoTokyo(at) }).where(usable).returning({ userId: signInLinks.userId }),
  ]);
  if (!spent[0]) return false;
  setSessionCookie(c, id);
  return true;
}

/**
 * The session behind the request's cookie, touched so that idle time restarts; null when there
 * is none, it has been idle too long, or its user may no longer sign in (the same rule as tokens).
 */
export async function currentSession(c: Context<AppEnv>): Promise<ConsoleSession | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id) return null;
  const { db, now } = c.get('deps');
  const at = now();
  const idHash = await sha256Hex(id);
  const [row] = await db.update(consoleSessions).set({ lastSeenAt: isoTokyo(at) })
    .where(and(eq(consoleSessions.idHash, idHash), gt(consoleSessions.lastSeenAt, idleCutoff(at))))
    .returning();
  if (!row) return null;
  const holder = await holderOfUser(db, row.userId);
  return holder ? { idHash, csrf: row.csrfToken, actor: holder.actor, hostStatus: holder.hostStatus } : null;
}

/** Signing out deletes the session on the server; the cookie alone would be only a request. */
export async function endSession(c: Context<AppEnv>, session: ConsoleSession): Promise<void> {
  await c.get('deps').db.delete(consoleSessions).where(eq(consoleSessions.idHash, session.idHash));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
