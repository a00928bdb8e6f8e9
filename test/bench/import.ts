/**
 * `npm run bench:import`: one request importing 2,000 openings of 200 hosts into a fresh file
 * database (budget: under 5 s), then the same file again (everything unchanged) and a dry run.
 * Prints one Markdown row per step; the README's table comes from here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCsv } from '../../src/domain/import/csv';
import { anArea, labelOf } from '../support/city';
import { createHarness } from '../support/harness';

const ROWS = 2_000;
const HOSTS = 200;
const BUDGET_MS = 5_000;
const DAYS = ['月', '火', '水', '木', '金'];

const header = [
  '独自ID',
  '受け入れ先の独自ID',
  '受け入れ先名',
  '種別',
  'メニュー名',
  '種類',
  '内容',
  'タグ',
  '曜日・時間',
  '地域',
  '定員',
  '段階',
  '人数の規模',
  '会話',
  '接客',
  '電話応対',
  '支援',
];
const rows = Array.from({ length: ROWS }, (_, i) => [
  `M-${i}`,
  `H-${i % HOSTS}`,
  `受け入れ先${i % HOSTS}`,
  'NPO法人',
  `メニュー${i}`,
  '就労体験',
  '少人数で、話すのが苦手でも大丈夫です',
  '農作業、屋外',
  `${DAYS[i % 5]} 9:00-12:00; ${DAYS[(i + 2) % 5]} 13:00-16:00`,
  labelOf(anArea),
  String(1 + (i % 5)),
  '3',
  '少人数',
  '少なめ',
  'いいえ',
  'いいえ',
  '見学、同行',
]);
const file = formatCsv([header, ...rows]);

const folder = mkdtempSync(join(tmpdir(), 'tsunagu-import-bench-'));
const h = await createHarness({ url: `file:${join(folder, 'bench.db')}` });
console.log(`| step (${ROWS} rows, ${HOSTS} hosts, ${(file.length / 1024).toFixed(0)} K characters) | ms | answer |`);
console.log('|---|---:|---|');
let failed = false;
for (const [step, query] of [
  ['import (all new)', 'false'],
  ['same file again (all unchanged)', 'false'],
  ['dry run', 'true'],
] as const) {
  const started = performance.now();
  const res = await h.app.request(`/v1/imports/catalog?dryRun=${query}`, {
    method: 'POST',
    body: file,
    headers: { authorization: 'Bearer test-supporter-a', 'content-type': 'text/csv' },
  });
  const ms = performance.now() - started;
  const body = (await res.json()) as { opportunities?: unknown };
  console.log(`| ${step} | ${ms.toFixed(0)} | ${res.status} ${JSON.stringify(body.opportunities)} |`);
  failed ||= res.status !== 200 || ms > BUDGET_MS;
}
h.client.close();
rmSync(folder, { recursive: true, force: true });
if (failed) process.exitCode = 1;
