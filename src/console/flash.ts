import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const FLASH_COOKIE = 'tsunagu_flash';

export type Flash = { kind: 'ok' | 'error'; message: string };

/** What the page after a redirect confirms: kept in a short-lived cookie, read once. */
export function setFlash(c: Context, flash: Flash): void {
  setCookie(c, FLASH_COOKIE, JSON.stringify(flash), { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 60 });
}

export function takeFlash(c: Context): Flash | null {
  const raw = getCookie(c, FLASH_COOKIE);
  if (!raw) return null;
  deleteCookie(c, FLASH_COOKIE, { path: '/' });
  try {
    const parsed = JSON.parse(raw) as Partial<Flash>;
    if ((parsed.kind === 'ok' || parsed.kind === 'error') && typeof parsed.message === 'string')
      return { kind: parsed.kind, message: parsed.message };
  } catch {
    // A mangled flash is dropped: it only ever confirmed something already done.
  }
  return null;
}
