import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, hosts, opportunities } from '../../src/db/schema';
import { catalogVersion } from '../support/catalog-version';
import { consoleBrowser, type ConsoleBrowser, type FormFields, type UploadedFile } from '../support/console';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { spreadsheetFixture } from '../support/city';

/**
 * Bringing the catalog in from a spreadsheet through the console (一覧表から取り込む): the same
 * import service and schemas as `POST /v1/imports/catalog`, a dry-run preview first, and the
 * export behind a button, for the staff who keep their list in Excel.
 */
const fixture = spreadsheetFixture;
const csv = (name: string, text: string): UploadedFile => ({ name, bytes: new TextEncoder().encode(text) });

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function signedIn(token: string): Promise<ConsoleBrowser> {
  const browser = consoleBrowser(h);
  await browser.signIn(token);
  return browser;
}

/** The catalog's rows and version, to prove a refused or previewed import wrote nothing. */
async function catalogSnapshot() {
  return {
    hosts: (await h.db.select().from(hosts)).length,
    opportunities: await h.db.select().from(opportunities),
    // Refusals are audited as denied; only what was done counts.
    audit: (await h.db.select().from(auditEvents)).filter((row) => row.outcome === 'ok').length,
    version: await catalogVersion(h),
  };
}

/** The cells of a table's body rows, as text. */
function tableRows(html: string, tableClass: string): string[][] {
  const table = html.match(new RegExp(`<table class="${tableClass}">([\\s\\S]*?)</table>`))?.[1] ?? '';
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')),
  );
}

function hiddenValue(html: string, name: string): string {
  const value = html.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`))?.[1];
  if (value === undefined) throw new Error(`no hidden ${name} on this page`);
  return value;
}

/** The host's edit form as the page fills it in for `opening`. */
async function editFormOf(id: string): Promise<FormFields> {
  const o = (await h.as('coordinator').get(`/v1/opportunities/${id}`)).body;
  return {
    version: String(o.version),
    title: o.title,
    description: o.description,
    capacity: String(o.capacity),
    status: o.status,
    support: o.support,
    ...Object.fromEntries(
      (o.schedule as { day: string; start: string; end: string }[]).flatMap((slot, i) => [
        [`schedule.${i}.day`, slot.day],
        [`schedule.${i}.start`, slot.start],
        [`schedule.${i}.end`, slot.end],
      ]),
    ),
    'environment.groupSize': o.environment.groupSize,
    'environment.conversation': o.environment.conversation,
    ...(o.environment.customerFacing ? { 'environment.customerFacing': 'on' } : {}),
    ...(o.environment.phone ? { 'environment.phone': 'on' } : {}),
  };
}

/** The demo file after a week in Excel: one description edited, one opening added. */
function editedFile(): UploadedFile {
  const lines = fixture('catalog-utf8.csv').toString('utf8').trimEnd().split(/\r?\n/);
  lines[2] = lines[2]!.replace('作業小屋での袋詰め', '作業小屋での袋詰めと値札貼り');
  lines.push(lines[3]!.replace('M-03', 'M-05').replace('カフェの皿洗い', 'カフェの仕込み'));
  return csv('受け入れ先一覧（11月）.csv', `${lines.join('\r\n')}\r\n`);
}

async function importThroughApi(name: string) {
  const res = await h.app.request('/v1/imports/catalog', {
    method: 'POST',
    body: fixture(name),
    headers: { authorization: `Bearer ${h.tokens.coordinator}`, 'content-type': 'text/csv' },
  });
  expect(res.status).toBe(200);
}

describe('console import: preview, then confirm', () => {
  it('previews row by row which openings are new, changed or unchanged, and writes nothing', async () => {
    await importThroughApi('catalog-utf8.csv');
    const before = await catalogSnapshot();
    const browser = await signedIn(h.tokens.supporter!);
    const page = await browser.get('/catalog/import');
    expect(page.text).toContain('href="/catalog/import" aria-current="page"');
    const preview = await browser.upload('/catalog/import', { file: editedFile() });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('「受け入れ先一覧（11月）.csv」を取り込むと');
    expect(preview.text).toContain('受け入れメニュー: 新規 1件・変更 1件・変更なし 3件');
    expect(tableRows(preview.text, 'import-rows')).toEqual([
      ['2', '変更なし', '畑の手入れ'],
      ['3', '変更', '野菜の袋詰め'],
      ['4', '変更なし', 'カフェの皿洗い'],
      ['5', '変更なし', 'ひだまりの居場所'],
      ['6', '新規', 'カフェの仕込み'],
    ]);
    expect(await catalogSnapshot()).toEqual(before);
  });

  it('reads a Shift_JIS file from Excel the same way', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/catalog/import');
    const preview = await browser.upload('/catalog/import', { file: { name: 'catalog.csv', bytes: fixture('catalog-sjis.csv') } });
    expect(tableRows(preview.text, 'import-rows').map((row) => row.slice(0, 2))).toEqual([
      ['2', '新規'],
      ['3', '新規'],
      ['4', '新規'],
      ['5', '新規'],
    ]);
  });

  it('imports the previewed file on confirm, says the counts in a flash, and a second import changes nothing', async () => {
    await importThroughApi('catalog-utf8.csv');
    const browser = await signedIn(h.tokens.coordinator!);
    await browser.get('/catalog/import');
    const preview = await browser.upload('/catalog/import', { file: editedFile() });
    const confirmed = await browser.follow(
      await browser.post('/catalog/import/confirm', {
        name: '受け入れ先一覧（11月）.csv',
        file: hiddenValue(preview.text, 'file'),
      }),
    );
    expect(confirmed.text).toContain(
      '5行を取り込みました。受け入れ先: 新規 0件・変更 0件・変更なし 3件。受け入れメニュー: 新規 1件・変更 1件・変更なし 3件',
    );
    const list = (await h.as('coordinator').get('/v1/opportunities?limit=50')).body.items as { title: string; description: string }[];
    expect(list.map((o) => o.title)).toContain('カフェの仕込み');
    expect(list.find((o) => o.title === '野菜の袋詰め')?.description).toBe('作業小屋での袋詰めと値札貼り');
    expect((await h.db.select().from(auditEvents)).filter((row) => row.action === 'catalog.import')).toHaveLength(2);

    const again = await browser.upload('/catalog/import', { file: editedFile() });
    expect(again.text).toContain('受け入れメニュー: 新規 0件・変更 0件・変更なし 5件');
  });

  it('shows every problem beside its row, with the column as the file’s header spells it, and writes nothing', async () => {
    const before = await catalogSnapshot();
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/catalog/import');
    const refused = await browser.upload('/catalog/import', { file: { name: 'errors.csv', bytes: fixture('catalog-errors.csv') } });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('「errors.csv」は取り込めません');
    expect(refused.text).toContain('10件の問題があるため、何も取り込んでいません');
    const rows = tableRows(refused.text, 'import-rows import-errors');
    expect(rows.map(([line, column]) => `${line} ${column}`)).toEqual([
      '3 種類',
      '3 曜日・時間',
      '3 地域',
      '3 定員',
      '4 受け入れ先名',
      '4 メニュー名',
      '4 定員',
      '4 段階',
      '4 接客',
      '4 支援',
    ]);
    expect(rows[3]![2]).toBe('「定員」: 「３人」を数として読めません');
    expect(rows[5]![2]).toBe('「メニュー名」: 入力してください');
    expect(refused.text).not.toContain('action="/catalog/import/confirm"');
    expect(await catalogSnapshot()).toEqual(before);
  });

  it('asks for a file when none was chosen, and refuses one over 2 MiB beside the file field', async () => {
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/catalog/import');
    const empty = await browser.upload('/catalog/import', { file: { name: '', bytes: new Uint8Array() } });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/<span class="error" id="f-file-error">取り込む CSV ファイルを選んでください<\/span>/);
    const huge = await browser.upload('/catalog/import', { file: csv('big.csv', `受け入れ先名\r\n${'あ'.repeat(800_000)}\r\n`) });
    expect(huge.status).toBe(413);
    expect(huge.text).toMatch(/id="f-file-error">ファイルは 2 MiB までです</);
  });
});

describe('console import: refusals change nothing', () => {
  it('answers a preview or a confirm without the CSRF token with 403, and nothing is imported', async () => {
    const before = await catalogSnapshot();
    const browser = await signedIn(h.tokens.supporter!);
    await browser.get('/catalog/import');
    const bytes = fixture('catalog-utf8.csv');
    const forged = await browser.upload('/catalog/import', { file: { name: 'catalog.csv', bytes } }, { _csrf: 'forged' });
    expect(forged.status).toBe(403);
    const withoutToken = await browser.postRaw('/catalog/import/confirm', { name: 'catalog.csv', file: bytes.toString('base64') });
    expect(withoutToken.status).toBe(403);
    expect(await catalogSnapshot()).toEqual(before);
  });

  it('gives a host 403 on the page and on both forms, and no menu entry', async () => {
    const host = await makeHost(h, { name: '流山テスト農園' });
    await makeOpportunity(h, host.id, { title: '畑の手入れ' });
    const caller = await makeHostUser(h, host.id);
    const before = await catalogSnapshot();
    const browser = await signedIn(caller.token);
    expect((await browser.get('/openings')).text).not.toContain('一覧表から取り込む');
    expect((await browser.get('/catalog/import')).status).toBe(403);
    const bytes = fixture('catalog-utf8.csv');
    await browser.get('/openings');
    expect((await browser.upload('/catalog/import', { file: { name: 'catalog.csv', bytes } })).status).toBe(403);
    expect((await browser.post('/catalog/import/confirm', { name: 'catalog.csv', file: bytes.toString('base64') })).status).toBe(403);
    expect(await catalogSnapshot()).toEqual(before);
  });
});

describe('console export: the catalog as the spreadsheet it came from', () => {
  it('downloads from the catalog page the same CSV as the API’s export, with the BOM Excel needs', async () => {
    await importThroughApi('catalog-utf8.csv');
    const browser = await signedIn(h.tokens.supporter!);
    const catalog = await browser.get('/catalog');
    expect(catalog.text).toContain('href="/catalog/export.csv"');
    const res = await h.app.request('/catalog/export.csv', {
      headers: { cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tsunagu-catalog.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const api = await h.app.request('/v1/opportunities?format=csv', { headers: { authorization: `Bearer ${h.tokens.supporter}` } });
    expect(new TextDecoder().decode(bytes)).toBe(await api.text());
  });

  it('sends someone signed out to the sign-in page, not the file', async () => {
    const res = await h.app.request('/catalog/export.csv');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('console: a host keeps its own number for an opening (独自ID)', () => {
  it('shows and saves the externalId on the edit page, and puts a taken one beside the field', async () => {
    const host = await makeHost(h, { name: '流山テスト農園' });
    const opening = await makeOpportunity(h, host.id, { title: '畑の手入れ' });
    const taken = await makeOpportunity(h, host.id, { title: '直売所の品出し' });
    await h.as('coordinator').patch(`/v1/opportunities/${taken.id}`, { externalId: 'M-0002' });
    const browser = await signedIn((await makeHostUser(h, host.id)).token);
    const edit = await browser.get(`/openings/${opening.id}`);
    expect(edit.text).toMatch(/<label for="f-externalId">独自ID（任意）<\/label>/);
    const form = await editFormOf(opening.id);

    const refused = await browser.post(`/openings/${opening.id}`, { ...form, externalId: 'M-0002' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="f-externalId-error">この独自IDはほかの受け入れメニューで使われています');

    await browser.follow(await browser.post(`/openings/${opening.id}`, { ...form, externalId: 'M-0001' }));
    expect((await h.as('coordinator').get(`/v1/opportunities/${opening.id}`)).body.externalId).toBe('M-0001');
    expect((await browser.get(`/openings/${opening.id}`)).text).toMatch(/name="externalId"[^>]*value="M-0001"/);
  });
});
