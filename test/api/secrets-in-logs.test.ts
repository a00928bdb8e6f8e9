import { describe, expect, it } from 'vitest';
import { jsonLineLogger } from '../../src/lib/logger';
import { hostInput, makeHost, makeOpportunity } from '../support/factories';
import { createHarness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { moveTo, propose } from '../support/placements';

const CANARY = 'CANARY7f3a';

describe('the log', () => {
  it('never holds a token, private field, body, search word or key, whatever happens to the request', async () => {
    const lines: string[] = [];
    const h = await createHarness({ log: jsonLineLogger({ requests: true, write: (line) => lines.push(line) }) });
    const secrets: string[] = [...Object.values(h.tokens)];
    const canary = (what: string) => {
      const value = `${CANARY}-${what}`;
      secrets.push(value);
      return value;
    };

    const created = await h.as('admin').post('/v1/users', { name: canary('user-name'), role: 'supporter' });
    secrets.push(created.body.token);
    expect((await h.as({ token: created.body.token }).get('/v1/me')).status).toBe(200);
    for (let i = 0; i < 25; i++)
      await h.as({ token: canary(`wrong-token-${i}`) }).get('/v1/me', { 'x-test-client-address': '198.51.100.20' });

    const host = await makeHost(h, {
      notes: canary('host-notes'),
      contact: { person: canary('host-person'), phone: '04-0000-0000', email: 'a@example.org' },
    });
    const opening = await makeOpportunity(h, host.id, { description: canary('description') });
    const participant = await makeParticipant(h, 'supporter', {
      goals: canary('goals'),
      private: { name: canary('private-name'), phone: canary('private-phone'), address: canary('address'), notes: canary('private-notes') },
    });
    await giveConsent(h, participant.id);
    await h.as('supporter').get(`/v1/participants/${participant.id}`);
    await h.as('supporter').get(`/v1/opportunities?q=${canary('search')}`);
    const placement = await propose(h, participant.id, opening.id, { note: canary('note') });
    await moveTo(h, placement.id, 'accepted');
    await moveTo(h, placement.id, 'active');
    await h
      .as('supporter')
      .post(
        `/v1/placements/${placement.id}/check-ins`,
        { date: '2026-11-27', channel: 'phone', participantVoice: canary('voice') },
        { 'idempotency-key': canary('idempotency-key') },
      );

    await h.as('admin').post('/v1/hosts', `{"name": "${canary('malformed')}"`);
    await h.as('admin').post('/v1/hosts', hostInput({ [canary('unknown-field')]: canary('unknown-value') }));
    await h.as('admin').post('/v1/hosts', hostInput({ notes: `${canary('too-large')}${'x'.repeat(70 * 1024)}` }));
    await h.as('admin').get(`/v1/opportunities?q=${canary('long-url')}${'x'.repeat(9 * 1024)}`);

    // An unexpected failure logs the error, and a database error's message carries the query's parameters.
    h.close();
    const failed = await h.as('admin').post('/v1/hosts', hostInput({ notes: canary('during-outage') }));
    expect(failed.status).toBe(500);

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(40);
    expect(log).toContain('unhandled error');
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toContain(CANARY);
  });
});
