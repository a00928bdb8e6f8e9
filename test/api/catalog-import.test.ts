import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, hosts, opportunities } from '../../src/db/schema';
import { DEMO_CITY, demoFitsCity } from '../../seed/demo/city';
import { seedDemoIfEmpty } from '../../seed/load';
import { catalogVersion } from '../support/catalog-version';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { anArea, spreadsheetFixture } from '../support/city';

const fixture = spreadsheetFixture;

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function upload(body: BodyInit, { dryRun = false, contentType = 'text/csv', caller = 'test-supporter-a' } = {}) {
  const res = await h.app.request(`/v1/imports/catalog?dryRun=${dryRun}`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${caller}`, 'content-type': contentType },
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function exportCsv(): Promise<string> {
  const res = await h.app.request('/v1/opportunities?format=csv', { headers: { authorization: 'Bearer test-supporter-a' } });
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return res.text();
}

/** Everything an import could touch, to prove a refused one touched nothing. */
async function snapshot() {
  return {
    hosts: await h.db.select().from(hosts),
    opportunities: await h.db.select().from(opportunities),
    audit: (await h.db.select().from(auditEvents)).length,
    version: await catalogVersion(h),
  };
}

const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

describe('catalog import: a spreadsheet becomes the catalog', () => {
  it('takes a UTF-8 file: three hosts written once each for four openings, the catalog version bumped once', async () => {
    const before = await catalogVersion(h);
    const res = await upload(fixture('catalog-utf8.csv'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, rows: 4, hosts: counts(3, 0, 0), opportunities: counts(4, 0, 0) });
    expect(await catalogVersion(h)).toBe(before + 1);
    const audit = await h.db.select().from(auditEvents);
    expect(audit.map((row) => row.action).sort()).toEqual([
      'catalog.import',
      'host.create',
      'host.create',
      'host.create',
      'opportunity.create',
      'opportunity.create',
      'opportunity.create',
      'opportunity.create',
    ]);
    const made = await h.as('admin').get(`/v1/opportunities/${res.body.items[1].id}`);
    expect(made.body).toMatchObject({
      externalId: 'M-02',
      title: '野菜の袋詰め',
      kind: 'intermediate_work',
      capacity: 2,
      step: 4,
      schedule: [{ day: 'wed', start: '09:00', end: '11:30' }],
      support: ['short_hours'],
      pay: 'wage',
    });
  });

  it('reads the same content saved by Excel in Shift_JIS, detected or named by charset, as the same catalog', async () => {
    const first = await upload(fixture('catalog-sjis.csv'));
    expect(first.body).toMatchObject({ hosts: counts(3, 0, 0), opportunities: counts(4, 0, 0) });
    expect((await upload(fixture('catalog-utf8.csv'))).body).toMatchObject({ hosts: counts(0, 0, 3), opportunities: counts(0, 0, 4) });
    const named = await upload(fixture('catalog-sjis.csv'), { contentType: 'text/csv; charset=Shift_JIS' });
    expect(named.body).toMatchObject({ opportunities: counts(0, 0, 4) });
  });

  it('changes nothing the second time the same file is imported', async () => {
    await upload(fixture('catalog-utf8.csv'));
    const before = await snapshot();
    const again = await upload(fixture('catalog-utf8.csv'));
    expect(again.body).toMatchObject({ hosts: counts(0, 0, 3), opportunities: counts(0, 0, 4) });
    const after = await snapshot();
    expect({ ...after, audit: after.audit - 1 }).toEqual(before);
  });

  it('reads quoted cells with commas, quotes and line breaks, and CRLF line ends', async () => {
    const res = await upload(fixture('catalog-quoted.csv'));
    expect(res.status).toBe(200);
    const made = (await h.as('admin').get(`/v1/opportunities/${res.body.items[0].id}`)).body;
    expect(made).toMatchObject({
      hostName: 'NPO法人ながれやま畑の会, 本部',
      title: '畑の手入れ、"草取り"と水やり',
      support: ['trial_visit', 'accompaniment'],
      schedule: [
        { day: 'tue', start: '09:00', end: '12:00' },
        { day: 'thu', start: '13:00', end: '16:00' },
      ],
    });
  });

  it('writes nothing on a dry run, and says what would happen', async () => {
    const before = await snapshot();
    const res = await upload(fixture('catalog-utf8.csv'), { dryRun: true });
    expect(res.body).toMatchObject({ dryRun: true, rows: 4, hosts: counts(3, 0, 0), opportunities: counts(4, 0, 0) });
    expect(res.body.items[0]).toEqual({ line: 2, action: 'created', title: '畑の手入れ', id: null });
    expect(await snapshot()).toEqual(before);
  });
});

describe('catalog import: a file with problems changes nothing', () => {
  it('reports every problem of every row, by line and column as its header spells it', async () => {
    await upload(fixture('catalog-utf8.csv'));
    const before = await snapshot();
    const res = await upload(fixture('catalog-errors.csv'));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '3.kind',
      '3.schedule',
      '3.area',
      '3.capacity',
      '4.hostName',
      '4.title',
      '4.capacity',
      '4.step',
      '4.customerFacing',
      '4.support',
    ]);
    const message = (path: string) => res.body.errors.find((e: { path: string }) => e.path === path).message;
    expect(message('3.kind')).toMatch(/^「種類」: 「内職」は 居場所、ボランティア/);
    expect(message('3.capacity')).toBe('「定員」: 「３人」を数として読めません');
    expect(message('4.title')).toBe('「メニュー名」: 入力してください');
    expect(message('4.support')).toMatch(/^「支援」: 「送迎」は選べません/);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an empty file', '', '1'],
    ['a header only', '受け入れ先名,種別,メニュー名,種類,地域,定員,段階,人数の規模,会話,接客,電話応対\r\n', '2'],
    ['a missing required column', '受け入れ先名,種別,メニュー名\r\n畑の会,NPO法人,畑\r\n', '1.kind'],
    ['10,000 columns', `${Array.from({ length: 10_000 }, (_, i) => `列${i}`).join(',')}\r\n`, '1'],
    ['an unclosed quote', '受け入れ先名\r\n"畑の会\r\n', '2'],
  ])('refuses %s with a clear problem', async (_name, body, path) => {
    const before = await snapshot();
    const res = await upload(body);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    expect(res.body.errors[0].path).toBe(path);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a binary file and an unknown charset', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await upload(png)).body.errors[0].message).toMatch(/CSV ファイルとして読み取れません/);
    expect((await upload('a,b', { contentType: 'text/csv; charset=koi8-r' })).status).toBe(422);
  });

  it('takes up to 2 MiB on this route only, and refuses more with 413', async () => {
    const big = `受け入れ先名\r\n${'あ'.repeat(600 * 1024)}\r\n`;
    expect((await upload(big)).status).toBe(422);
    expect((await upload('x'.repeat(2 * 1024 * 1024 + 1))).status).toBe(413);
    expect((await h.as('supporter').post('/v1/hosts', { name: 'x'.repeat(70 * 1024), type: 'npo', area: anArea })).status).toBe(413);
  });

  it('is not for host users', async () => {
    expect((await upload(fixture('catalog-utf8.csv'), { caller: 'nobody' })).status).toBe(401);
  });
});

describe('catalog export: the same columns, so the round trip holds', () => {
  it('gives a template with Japanese headers and an example row that imports', async () => {
    const res = await h.app.request('/v1/imports/catalog/template', { headers: { authorization: 'Bearer test-supporter-a' } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('メニューID,独自ID,受け入れ先ID')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect((await upload(text)).body).toMatchObject({ hosts: counts(1, 0, 0), opportunities: counts(1, 0, 0) });
  });

  it.runIf(demoFitsCity())(
    `exports the demo catalog, and importing it back (edited in two places) changes just those (under ${DEMO_CITY.name}'s settings only)`,
    async () => {
      await seedDemoIfEmpty(h.db, TEST_NOW);
      const exported = await exportCsv();
      const rows = exported.split('\r\n').filter(Boolean).length - 1;
      const before = await catalogVersion(h);
      expect((await upload(exported)).body).toMatchObject({ rows, opportunities: counts(0, 0, rows) });
      expect(await catalogVersion(h)).toBe(before);

      const [header, first, ...rest] = exported.split('\r\n');
      const edited = [header, first!.replace(/,募集中$/, ',休止中'), ...rest].join('\r\n');
      const res = await upload(edited);
      expect(res.body.opportunities).toEqual(counts(0, 1, rows - 1));
      expect(res.body.hosts.updated).toBe(0);
      expect(await catalogVersion(h)).toBe(before + 1);
    },
  );
});
