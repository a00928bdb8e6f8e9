import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness';
import { addNetworkLatency } from '../support/latency';
import { itemIds } from '../support/lists';
import { giveConsent, makeParticipant } from '../support/participants';
import { filledOf, placementWorld, propose } from '../support/placements';

// A real libSQL file database: the seat guard must hold where writes really are serialized by SQLite.
let dir: string;
let h: Harness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-seats-'));
  h = await createHarness({ url: `file:${join(dir, 'race.db')}` });
  addNetworkLatency(h);
});
afterAll(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seats: concurrent acceptance', () => {
  it('gives 3 seats to exactly 3 of 30 concurrent accepts, and the next seat freed to exactly one more', async () => {
    const w = await placementWorld(h, { capacity: 3 });
    const proposals: string[] = [];
    for (let i = 0; i < 31; i++) {
      const person = i === 0 ? w.participant : await makeParticipant(h, 'supporter');
      if (i > 0) await giveConsent(h, person.id);
      proposals.push((await propose(h, person.id, w.opening.id)).id);
    }
    const racers = proposals.slice(0, 30);
    const results = await Promise.all(racers.map((id) => h.as('supporter').post(`/v1/placements/${id}/transitions`, { to: 'accepted' })));

    const won = results.filter((r) => r.status === 200);
    const lost = results.filter((r) => r.status === 409);
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(27);
    expect(lost.every((r) => r.body.code === 'no_seats')).toBe(true);
    expect(await filledOf(h, w.opening.id)).toBe(3);
    const accepted = await h.as('admin').get(`/v1/placements?opportunityId=${w.opening.id}&status=accepted`);
    expect(itemIds(accepted.body.items).sort()).toEqual(won.map((r) => r.body.id).sort());
    const audited = await h.as('admin').get('/v1/audit-events?action=placement.transition.accepted&limit=200');
    expect(audited.body.items).toHaveLength(3);

    const cancelled = await h.as('supporter').post(`/v1/placements/${won[0]!.body.id}/transitions`, { to: 'cancelled' });
    expect(cancelled.status).toBe(200);
    expect(await filledOf(h, w.opening.id)).toBe(2);
    const oneLoser = racers.find((id) => !won.some((r) => r.body.id === id))!;
    const retries = await Promise.all(
      [proposals[30]!, oneLoser].map((id) => h.as('supporter').post(`/v1/placements/${id}/transitions`, { to: 'accepted' })),
    );
    expect(retries.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(retries.find((r) => r.status === 409)!.body.code).toBe('no_seats');
    expect(await filledOf(h, w.opening.id)).toBe(3);
  });
});
