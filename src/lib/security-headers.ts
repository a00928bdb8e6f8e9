import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';

/**
 * Pages load nothing from another origin (the docs script is served from here), so a page that
 * got injected markup still cannot pull in or send data to a third party. The console has no
 * inline script or style at all, so injected markup cannot run either.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Scalar's API reference page needs its inline bootstrap script and styles, and data-URL fonts. */
export const DOCS_PAGE_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("font-src 'self'", "font-src 'self' data:");

/** Headers every response carries, error answers included; HTML pages also get the CSP above. */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  setSecurityHeaders(c.res.headers);
});

export function setSecurityHeaders(headers: Headers): void {
  headers.set('x-content-type-options', 'nosniff');
  // URLs carry ids and search words about people: no other site learns them from a link.
  headers.set('referrer-policy', 'no-referrer');
  if (headers.get('content-type')?.startsWith('text/html')) {
    // A page that needs a looser policy (only /docs) sets its own; every other page gets the strict one.
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', PAGE_POLICY);
    headers.set('x-frame-options', 'DENY');
  }
}
