import type { ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { FAILED_SIGN_IN_LIMIT } from '../../src/config';
import { nodeDocsScript } from '../../src/node/docs-script';
import { nodeLimits, serveApp } from '../../src/node/serve';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
let server: ServerType;
let base: string;

beforeAll(async () => {
  h = await createHarness();
  await new Promise<void>((resolve) => {
    server = serveApp(h.app, { port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  h.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the Node server at the edge of a request', () => {
  it('sends the previous HSDS export whole, then builds the new one once that answer is out', async () => {
    const hostId = (await makeHost(h, { status: 'active' })).id;
    await makeOpportunity(h, hostId, { title: '送り終えてから作る書き出し' });
    const exportNow = async () => {
      const response = await fetch(`${base}/v1/export/hsds`, { headers: auth(h.tokens.coordinator!) });
      return { etag: response.headers.get('etag'), body: (await response.json()) as { services: { name: string }[] } };
    };
    const first = await exportNow();
    await makeOpportunity(h, hostId, { title: '後から加わった作業' });
    const meanwhile = await exportNow();
    expect(meanwhile).toEqual(first);
    let latest = meanwhile;
    for (let attempt = 0; attempt < 200 && latest.etag === first.etag; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      latest = await exportNow();
    }
    expect(latest.body.services.map((s) => s.name)).toContain('後から加わった作業');
  });

  it('keeps the connection usable after refusing a body that is too large', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(300 * 1024) });
    const refused = await fetch(`${base}/v1/hosts`, {
      method: 'POST',
      headers: { ...auth(h.tokens.admin!), 'content-type': 'application/json' },
      body: big,
    });
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { code: string }).code).toBe('payload_too_large');

    // The client's pool may hand the next request to the socket that carried the big body, or to
    // a fresh one; after a few requests it has used the old socket if it is still open.
    for (let i = 0; i < 3; i++) {
      const next = await fetch(`${base}/v1/me`, { headers: auth(h.tokens.admin!) });
      expect(next.status).toBe(200);
    }
  });

  it('answers a URL over 8 KiB with its own 414 problem, not a bare 431 from Node', async () => {
    const res = await fetch(`${base}/v1/opportunities?q=${'a'.repeat(12 * 1024)}`, { headers: auth(h.tokens.supporter!) });
    expect(res.status).toBe(414);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { code: string }).code).toBe('uri_too_long');
  });

  it('answers a URL of any length the same way, even one longer than Node reads', async () => {
    for (const kib of [20, 100]) {
      const res = await fetch(`${base}/v1/opportunities?q=${'a'.repeat(kib * 1024)}`, { headers: auth(h.tokens.supporter!) });
      expect(res.status, `${kib} KiB`).toBe(414);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await res.json()) as { code: string }).code).toBe('uri_too_long');
    }
    expect((await fetch(`${base}/v1/me`, { headers: auth(h.tokens.supporter!) })).status).toBe(200);
  });
});

describe("the Node server's limits", () => {
  it('count failed sign-ins by the address of the socket', async () => {
    const app = createApp({ deps: { db: h.db, now: () => TEST_NOW, log: () => {} }, docsScript: nodeDocsScript, limits: nodeLimits() });
    let limited: ServerType | undefined;
    const port = await new Promise<number>((resolve) => {
      limited = serveApp(app, { port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= FAILED_SIGN_IN_LIMIT.limit; i++) {
        statuses.push((await fetch(`http://127.0.0.1:${port}/v1/me`, { headers: auth(`wrong-${i}`) })).status);
      }
      expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await new Promise((resolve) => limited?.close(resolve));
    }
  });
});
