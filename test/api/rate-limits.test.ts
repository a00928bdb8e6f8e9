import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILED_SIGN_IN_LIMIT, CALLER_RATE_LIMIT } from '../../src/config';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const from = (address: string) => ({ 'x-test-client-address': address });

describe('failed sign-ins from one address', () => {
  it('are refused with 429 and Retry-After once the limit is spent, while other addresses sign in as before', async () => {
    h.clock.now = TEST_NOW;
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.limit; i++) {
      expect((await h.as({ token: `guess-${i}` }).get('/v1/me', from('198.51.100.7'))).status).toBe(401);
    }
    const refused = await h.as({ token: 'guess-last' }).get('/v1/me', from('198.51.100.7'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(FAILED_SIGN_IN_LIMIT.windowSeconds);

    // A right guess from the refused address learns nothing either.
    expect((await h.as('admin').get('/v1/me', from('198.51.100.7'))).status).toBe(429);
    expect((await h.as('admin').get('/v1/me', from('203.0.113.9'))).status).toBe(200);
  });

  it('may try again once the window has passed', async () => {
    h.clock.now = new Date(TEST_NOW.getTime() + FAILED_SIGN_IN_LIMIT.windowSeconds * 1000);
    expect((await h.as({ token: 'guess-again' }).get('/v1/me', from('198.51.100.7'))).status).toBe(401);
    expect((await h.as('admin').get('/v1/me', from('198.51.100.7'))).status).toBe(200);
  });

  it('do not count a request that carries no token at all', async () => {
    h.clock.now = new Date(TEST_NOW.getTime() + 10 * FAILED_SIGN_IN_LIMIT.windowSeconds * 1000);
    for (let i = 0; i <= FAILED_SIGN_IN_LIMIT.limit; i++) {
      expect((await h.as(null).get('/v1/me', from('198.51.100.8'))).status).toBe(401);
    }
  });
});

describe('a caller', () => {
  it('gets 429 with Retry-After beyond its requests a minute, and others are not slowed', async () => {
    h.clock.now = new Date(TEST_NOW.getTime() + 20 * CALLER_RATE_LIMIT.windowSeconds * 1000);
    for (let i = 0; i < CALLER_RATE_LIMIT.limit; i++) {
      const res = await h.as('supporterB').get('/v1/me');
      if (res.status !== 200) throw new Error(`request ${i + 1} got ${res.status}`);
    }
    const refused = await h.as('supporterB').get('/v1/me');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await h.as('supporter').get('/v1/me')).status).toBe(200);

    h.clock.now = new Date(h.clock.now.getTime() + CALLER_RATE_LIMIT.windowSeconds * 1000);
    expect((await h.as('supporterB').get('/v1/me')).status).toBe(200);
  });
});
