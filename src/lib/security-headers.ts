import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context';

/**
 * Pages load nothing from another origin (the docs script is served from here), so a page that
 * got injected markup still cannot pull in or send data to a third party. Scalar's page needs its
 * inline bootstrap script and styles, and fonts and images as data URLs.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
    headers.set('content-security-policy', PAGE_POLICY);
    headers.set('x-frame-options', 'DENY');
  }
}
