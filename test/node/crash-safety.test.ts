import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { opportunityInput, hostInput } from '../support/factories';
import { participantInput } from '../support/participants';

/**
 * The real Node server on a file database: what it acknowledged survives a SIGKILL, and SIGTERM
 * lets the requests in flight finish.
 */

/** Each writer makes four writes: 240 in all. */
const WRITERS = 60;
const ADMIN_TOKEN = 'crash-test-admin-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'tsunagu-crash-'));
const url = `file:${join(dir, 'crash.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATABASE_URL: url, SEED: 'none', ADMIN_TOKEN, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
  return { child, base };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function api(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('the Node server and its file database', () => {
  it('keeps every acknowledged write through a SIGKILL, and the database passes its integrity check', { timeout: 120_000 }, async () => {
    const first = await start();
    const host = await api(first.base, 'POST', '/v1/hosts', hostInput());
    const opportunity = await api(first.base, 'POST', '/v1/opportunities', opportunityInput(host.body.id, { capacity: 1000 }));
    expect(opportunity.status).toBe(201);

    // A few hundred writes at once: participants, each with consent and a placement into the opportunity.
    const acknowledged = await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        const person = await api(first.base, 'POST', '/v1/participants', participantInput({ displayName: `クラッシュ${i}` }));
        await api(first.base, 'POST', `/v1/participants/${person.body.id}/consent`, { status: 'given' });
        const placement = await api(first.base, 'POST', '/v1/placements', {
          participantId: person.body.id,
          opportunityId: opportunity.body.id,
        });
        const accepted = await api(first.base, 'POST', `/v1/placements/${placement.body.id}/transitions`, { to: 'accepted' });
        return { participant: person, placement, accepted };
      }),
    );
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await start();
    try {
      for (const { participant, placement, accepted } of acknowledged) {
        expect(participant.status).toBe(201);
        expect((await api(second.base, 'GET', `/v1/participants/${participant.body.id}`)).body.displayName).toBe(
          participant.body.displayName,
        );
        if (accepted.status === 200)
          expect((await api(second.base, 'GET', `/v1/placements/${placement.body.id}`)).body.status).toBe('accepted');
      }
      const accepts = acknowledged.filter((w) => w.accepted.status === 200).length;
      expect(accepts).toBe(WRITERS);
      expect((await api(second.base, 'GET', `/v1/opportunities/${opportunity.body.id}`)).body.filled).toBe(accepts);
    } finally {
      second.child.kill('SIGKILL');
      await exited(second.child);
    }
    const client = createClient({ url });
    expect((await client.execute('pragma integrity_check')).rows[0]![0]).toBe('ok');
    client.close();
  });

  it('lets the requests in flight finish on SIGTERM, then exits cleanly', { timeout: 60_000 }, async () => {
    const { child, base } = await start();
    const inFlight = Array.from({ length: 20 }, (_, i) => api(base, 'POST', '/v1/hosts', hostInput({ name: `終了前${i}` })));
    // Give the requests time to reach the server before it is asked to stop.
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const answers = await Promise.allSettled(inFlight);
    expect(await exited(child)).toBe(0);
    // A request the server took in is answered in full; none is cut off half-done.
    expect(answers.filter((a) => a.status === 'fulfilled' && a.value.status !== 201)).toEqual([]);
    const written = answers.flatMap((a) => (a.status === 'fulfilled' && a.value.status === 201 ? [a.value.body.id as string] : []));
    expect(written.length).toBeGreaterThan(0);
    const client = createClient({ url });
    for (const id of written)
      expect((await client.execute({ sql: 'select count(*) from hosts where id = ?', args: [id] })).rows[0]![0]).toBe(1);
    client.close();
  });
});
