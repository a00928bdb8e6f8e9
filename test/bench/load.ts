/**
 * A bounded load run: `clients` concurrent clients on loopback against the Node server over a file
 * database, for `seconds`, each looping over a seeded mix of catalog reads, searches, matches and
 * placement writes (propose → accept → sometimes cancel). Placements go to a few "hot" openings
 * so that clients race for the last seats. Afterwards the database is checked against what the
 * server acknowledged: every acknowledged write is there with the status last acknowledged, and no
 * opening holds more seats than it has or counts them differently from its placements.
 */
import { createRng, type Rng } from '../../seed/synthetic/prng';
import { holdsSeat, type PlacementStatus } from '../../src/domain/placement/statuses';
import { withBenchServer, type BenchServer } from './http';
import { summarize, type Timing } from './measure';
import { QUERIES } from './queries';

export type LoadPlan = { size: number; clients: number; seconds: number; participantCopies: number; hotOpenings: number };

export type LoadKind = 'read' | 'search' | 'match' | 'write';

export type LoadResult = LoadPlan & {
  participants: number;
  requests: number;
  throughputPerS: number;
  byKind: Record<LoadKind, Timing>;
  /** Answers outside what the contract allows for the request (5xx, network failures, anything unexpected). */
  errors: number;
  firstErrors: string[];
  /** Refusals the contract promises under contention: no seat left, a duplicate proposal. */
  refusals: Record<string, number>;
  acknowledgedWrites: number;
  /** Acknowledged placements missing, or not in the status last acknowledged. */
  lostWrites: number;
  /** Openings with filled > capacity, or filled ≠ their seat-holding placements. */
  overbooked: number;
  seatsHeld: number;
};

type Tally = {
  samples: Record<LoadKind, number[]>;
  errors: string[];
  refusals: Map<string, number>;
  acknowledged: Map<string, PlacementStatus>;
};

export async function runLoad(plan: LoadPlan, seed: number): Promise<LoadResult> {
  return withBenchServer({ size: plan.size, seed, participantCopies: plan.participantCopies }, async (server) => {
    const hot = await hotOpenings(server, plan.hotOpenings);
    const tally: Tally = {
      samples: { read: [], search: [], match: [], write: [] },
      errors: [],
      refusals: new Map(),
      acknowledged: new Map(),
    };
    const started = performance.now();
    const deadline = started + plan.seconds * 1000;
    await Promise.all(Array.from({ length: plan.clients }, (_, i) => client(server, { rng: createRng(seed + i), hot, deadline, tally })));
    const elapsedS = (performance.now() - started) / 1000;
    const requests = Object.values(tally.samples).reduce((sum, samples) => sum + samples.length, 0);
    return {
      ...plan,
      participants: server.participantIds.length,
      requests,
      throughputPerS: requests / elapsedS,
      byKind: {
        read: summarize(tally.samples.read),
        search: summarize(tally.samples.search),
        match: summarize(tally.samples.match),
        write: summarize(tally.samples.write),
      },
      errors: tally.errors.length,
      firstErrors: tally.errors.slice(0, 5),
      refusals: Object.fromEntries(tally.refusals),
      acknowledgedWrites: tally.acknowledged.size,
      lostWrites: await lostWrites(server, tally.acknowledged),
      ...(await seats(server)),
    };
  });
}

/** Open openings of active hosts, where placements are possible: the seats every client competes for. */
async function hotOpenings(server: BenchServer, count: number): Promise<string[]> {
  const rows = await server.client.execute({
    sql: `select o.id from opportunities o join hosts h on h.id = o.host_id
          where o.status = 'open' and h.status = 'active' order by o.capacity, o.id limit ?`,
    args: [count],
  });
  return rows.rows.map((row) => String(row['id']));
}

type ClientPlan = { rng: Rng; hot: readonly string[]; deadline: number; tally: Tally };

async function client(server: BenchServer, { rng, hot, deadline, tally }: ClientPlan): Promise<void> {
  const call = async (kind: LoadKind, method: string, path: string, expected: number[], body?: unknown) => {
    const start = performance.now();
    try {
      const response = await fetch(server.base + path, {
        method,
        headers: { authorization: `Bearer ${server.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      tally.samples[kind].push(performance.now() - start);
      if (!expected.includes(response.status)) {
        tally.errors.push(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
        return null;
      }
      const answer = JSON.parse(text) as { id?: string; status?: PlacementStatus; code?: string };
      if (response.status >= 400) {
        const code = answer.code ?? String(response.status);
        tally.refusals.set(code, (tally.refusals.get(code) ?? 0) + 1);
      }
      return response.status < 400 ? answer : null;
    } catch (error) {
      tally.errors.push(`${method} ${path} failed: ${String(error)}`);
      return null;
    }
  };

  while (performance.now() < deadline) {
    const roll = rng.next();
    if (roll < 0.25) {
      await call('read', 'GET', `/v1/opportunities/${rng.pick(hot)}`, [200]);
    } else if (roll < 0.45) {
      await call('search', 'GET', `/v1/opportunities?limit=20&q=${encodeURIComponent(rng.pick(QUERIES).q)}`, [200]);
    } else if (roll < 0.7) {
      await call('match', 'GET', `/v1/participants/${rng.pick(server.participantIds)}/matches`, [200]);
    } else {
      // A person already proposed for the opening is refused as a duplicate (409), as the contract says.
      const proposed = await call('write', 'POST', '/v1/placements', [201, 409], {
        participantId: rng.pick(server.participantIds),
        opportunityId: rng.pick(hot),
      });
      if (!proposed?.id) continue;
      tally.acknowledged.set(proposed.id, 'proposed');
      const accepted = await call('write', 'POST', `/v1/placements/${proposed.id}/transitions`, [200, 409], { to: 'accepted' });
      if (!accepted) continue;
      tally.acknowledged.set(proposed.id, 'accepted');
      // Half give their seat back, so the hot openings keep filling and emptying.
      if (rng.chance(0.5) && (await call('write', 'POST', `/v1/placements/${proposed.id}/transitions`, [200], { to: 'cancelled' }))) {
        tally.acknowledged.set(proposed.id, 'cancelled');
      }
    }
  }
}

async function lostWrites(server: BenchServer, acknowledged: ReadonlyMap<string, PlacementStatus>): Promise<number> {
  const rows = await server.client.execute('select id, status from placements');
  const stored = new Map(rows.rows.map((row) => [String(row['id']), String(row['status'])]));
  return [...acknowledged].filter(([id, status]) => stored.get(id) !== status).length;
}

async function seats(server: BenchServer): Promise<{ overbooked: number; seatsHeld: number }> {
  const [openings, placements] = await server.client.batch([
    'select id, capacity, filled from opportunities',
    'select opportunity_id, status from placements',
  ]);
  const holding = new Map<string, number>();
  for (const row of placements!.rows) {
    if (holdsSeat(String(row['status']) as PlacementStatus))
      holding.set(String(row['opportunity_id']), (holding.get(String(row['opportunity_id'])) ?? 0) + 1);
  }
  let overbooked = 0;
  let seatsHeld = 0;
  for (const row of openings!.rows) {
    const filled = Number(row['filled']);
    seatsHeld += filled;
    if (filled > Number(row['capacity']) || filled !== (holding.get(String(row['id'])) ?? 0)) overbooked++;
  }
  return { overbooked, seatsHeld };
}
