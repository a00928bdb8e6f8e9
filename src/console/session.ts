import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { closeSession, openSession, openSessionFromLink, resumeSession, type StoredSession } from '../auth/sessions';
import type { AppEnv } from '../context';
import { newToken } from '../lib/ids';

const SESSION_COOKIE = 'tsunagu_session';
const SIGN_IN_COOKIE = 'tsunagu_sign_in';

export type ConsoleSession = StoredSession;

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

/** Starts a session for a user who has just proven who they are (a typed token). */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const { db, now } = c.get('deps');
  const id = await openSession(db, userId, now());
  deleteCookie(c, SIGN_IN_COOKIE, { path: '/' });
  setSessionCookie(c, id);
}

/** Uses a one-time sign-in link; false when it was already used, expired or never existed. */
export async function startSessionFromLink(c: Context<AppEnv>, token: string): Promise<boolean> {
  const { db, now } = c.get('deps');
  const id = await openSessionFromLink(db, token, now());
  if (!id) return false;
  setSessionCookie(c, id);
  return true;
}

/** The session behind the request's cookie, or null (see `resumeSession`). */
export async function currentSession(c: Context<AppEnv>): Promise<ConsoleSession | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id) return null;
  const { db, now } = c.get('deps');
  return resumeSession(db, id, now());
}

export async function endSession(c: Context<AppEnv>, session: ConsoleSession): Promise<void> {
  await closeSession(c.get('deps').db, session.idHash);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
