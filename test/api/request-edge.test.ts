import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('security headers', () => {
  it('every response says nosniff and keeps the referrer to itself, errors and unauthenticated answers included', async () => {
    for (const res of [
      await h.as('admin').get('/v1/me'),
      await h.as(null).get('/v1/me'),
      await h.as(null).get('/healthz'),
      await h.as(null).get('/nowhere'),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('an HTML page gets a Content-Security-Policy that names no other origin', async () => {
    const docs = await h.as(null).get('/docs');
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it("the console's pages allow no inline script or style; only the API reference page needs them", async () => {
    const console = (await h.as(null).get('/')).headers.get('content-security-policy') ?? '';
    expect(console).toContain("script-src 'self';");
    expect(console).toContain("style-src 'self';");
    expect(console).not.toContain('unsafe-inline');
    expect(console).not.toMatch(/https?:|\*/);
  });

  it('names no framework or server', async () => {
    const res = await h.as('admin').get('/v1/me');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('server')).toBeNull();
  });
});

describe('request limits', () => {
  it('answers a URL over 8 KiB with 414 problem details', async () => {
    const res = await h.as('supporter').get(`/v1/opportunities?q=${'あ'.repeat(1000)}`);
    expect(res.status).toBe(414);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 414, code: 'uri_too_long' });
  });

  it('still answers a URL just under the limit', async () => {
    const res = await h.as('supporter').get(`/v1/opportunities?cursor=&x=${'a'.repeat(8000)}`);
    expect(res.status).not.toBe(414);
  });

  it('refuses a search text over 200 characters as invalid input naming q', async () => {
    const res = await h.as('supporter').get(`/v1/opportunities?q=${'a'.repeat(201)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'q' })]);
  });
});
