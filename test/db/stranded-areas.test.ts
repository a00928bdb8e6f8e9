import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_REPRESENTATIVE_POINTS, AREAS } from '../../src/config';
import type { Ctx } from '../../src/context';
import { findStrandedAreas, moveArea, refuseStrandedAreas, StrandedAreasError } from '../../src/services/areas';
import { auditActions } from '../support/audit';
import { makeHost, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';

/**
 * A city that drops an area code while records still carry it: the start is refused with the
 * records named, and moving them to a code the settings list is the way out.
 */

/** A code no settings list: made from the codes in force, so it cannot be one of them. */
const retired = `${AREAS.join('-')}-retired`;
const kept = AREAS[0];
const place = { area: kept, ...AREA_REPRESENTATIVE_POINTS[kept] };

async function strand(h: Harness, table: 'hosts' | 'opportunities' | 'participants', id: string) {
  const column = table === 'participants' ? 'home_area' : 'area';
  await h.client.execute({ sql: `update ${table} set ${column} = ? where id = ?`, args: [retired, id] });
}

function operator(h: Harness): Ctx {
  return {
    db: h.db,
    now: () => h.clock.now,
    log: () => {},
    actor: { id: 'operator', name: 'npm run migrate', role: 'admin', hostId: null },
    requestId: 'test-move',
  };
}

describe('stranded area codes', () => {
  let h: Harness;
  let hostIds: string[];
  let opportunityId: string;
  let participantId: string;
  beforeAll(async () => {
    h = await createHarness();
    hostIds = [];
    for (let i = 0; i < 4; i++) hostIds.push((await makeHost(h, { name: `受け入れ先${i}`, area: kept })).id);
    opportunityId = (await makeOpportunity(h, hostIds[0]!, { location: { ...place, online: false } })).id;
    participantId = (await makeParticipant(h, 'supporter', { home: place })).id;
  });
  afterAll(() => h.close());

  it('passes the check while every record carries a code of the settings', async () => {
    expect(await findStrandedAreas(h.db)).toEqual([]);
    await expect(refuseStrandedAreas(h.db)).resolves.toBeUndefined();
  });

  it('refuses the start, naming per table the code, how many records and the first ids', async () => {
    for (const id of hostIds) await strand(h, 'hosts', id);
    await strand(h, 'opportunities', opportunityId);
    await strand(h, 'participants', participantId);

    expect(await findStrandedAreas(h.db)).toEqual([
      { table: 'hosts', area: retired, count: 4, firstIds: hostIds.toSorted().slice(0, 3) },
      { table: 'opportunities', area: retired, count: 1, firstIds: [opportunityId] },
      { table: 'participants', area: retired, count: 1, firstIds: [participantId] },
    ]);
    const refusal = await refuseStrandedAreas(h.db).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StrandedAreasError);
    const message = (refusal as Error).message;
    expect(message).toContain(`hosts.area = ${retired}: 4件（${hostIds.toSorted().slice(0, 3).join(', ')} ほか）`);
    expect(message).toContain(`participants.home_area = ${retired}: 1件（${participantId}）`);
    expect(message).toContain(`npm run migrate -- --move-area ${retired}=<新しいコード>`);
  });

  it('moves every record off the code in one audited write that bumps the catalog, after which the check passes', async () => {
    const catalogBefore = await h.client.execute('select id, version from catalog_state order by id');
    const hostBefore = (await h.as('coordinator').get(`/v1/hosts/${hostIds[0]}`)).body;

    expect(await moveArea(operator(h), { from: retired, to: kept })).toEqual({ hosts: 4, opportunities: 1, participants: 1 });

    expect(await findStrandedAreas(h.db)).toEqual([]);
    await expect(refuseStrandedAreas(h.db)).resolves.toBeUndefined();
    const hostAfter = (await h.as('coordinator').get(`/v1/hosts/${hostIds[0]}`)).body;
    expect(hostAfter).toMatchObject({ area: kept, version: hostBefore.version + 1, updatedAt: hostBefore.updatedAt });
    expect((await h.as('supporter').get(`/v1/participants/${participantId}`)).body.home.area).toBe(kept);
    expect(await auditActions(h, `${retired}=${kept}`)).toEqual(['area.move']);
    const catalogAfter = await h.client.execute('select id, version from catalog_state order by id');
    expect(catalogAfter.rows).not.toEqual(catalogBefore.rows);
  });

  it('writes nothing, not even an audit row, when no record carries the old code', async () => {
    const ghost = `${retired}-ghost`;
    expect(await moveArea(operator(h), { from: ghost, to: kept })).toEqual({ hosts: 0, opportunities: 0, participants: 0 });
    expect(await auditActions(h, `${ghost}=${kept}`)).toEqual([]);
  });
});

// Each run starts a Node process through tsx: a few seconds apiece on a busy machine.
describe('npm run migrate on a database with a stranded code', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-areas-'));
  const url = `file:${join(dir, 'stranded.db')}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const migrate = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/migrate.ts', ...args], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });

  it('refuses with the records named, then moves them with --move-area and passes', async () => {
    const h = await createHarness({ url });
    const host = await makeHost(h, { area: kept });
    await strand(h, 'hosts', host.id);
    h.close();

    const refused = migrate();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`hosts.area = ${retired}: 1件（${host.id}）`);

    const moved = migrate('--move-area', `${retired}=${kept}`);
    expect(moved.stderr).toBe('');
    expect(moved.status).toBe(0);
    expect(moved.stdout).toContain(`地域コード ${retired} → ${kept}: 受け入れ先 1件、受け入れメニュー 0件、参加者 0件を移しました。`);
    expect(migrate().status).toBe(0);
  });

  it('refuses a move to a code the settings do not list, before touching the database', () => {
    const refused = migrate('--move-area', `${kept}=${retired}`);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`移し先の ${retired} は設定の地域コード（${AREAS.join(', ')}）にありません`);
  });
});
