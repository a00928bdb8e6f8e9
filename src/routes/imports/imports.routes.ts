import { createRoute } from '@hono/zod-openapi';
import { MAX_IMPORT_BYTES } from '../../config';
import { json, problems } from '../../lib/openapi';
import { CsvText, ImportOutcome, ImportQuery } from './imports.schemas';

/** The one route whose body may be larger than the app's usual limit (see app.ts). */
export const CATALOG_IMPORT_PATH = '/v1/imports/catalog';

const EXAMPLE =
  '受け入れ先名,種別,メニュー名,種類,曜日・時間,地域,定員,段階,人数の規模,会話,接客,電話応対,支援\r\n' +
  'NPO法人ながれやま畑の会,NPO法人,畑の手入れと野菜の収穫,就労体験,火 9:00-12:00; 木 13:00-16:00,中部,3,ボランティア・就労体験,少人数,少なめ,いいえ,いいえ,"見学、同行"\r\n';

export const catalogTemplateRoute = createRoute({
  method: 'get',
  path: '/v1/imports/catalog/template',
  tags: ['imports'],
  summary: '受け入れメニュー一覧の取り込み用テンプレート（CSV）',
  operationId: 'getCatalogTemplate',
  description:
    'Excel で開ける CSV（BOM つき UTF-8）です。日本語の見出しと記入例を1行含みます。受け入れ先の情報は、その受け入れ先のメニューの行ごとに書きます。' +
    '各列に書けるものは README の「Catalog spreadsheet」の表にあります。',
  responses: {
    200: { description: 'テンプレート', content: { 'text/csv': { schema: CsvText, example: EXAMPLE } } },
    ...problems(),
  },
});

export const importCatalogRoute = createRoute({
  method: 'post',
  path: CATALOG_IMPORT_PATH,
  tags: ['imports'],
  summary: '受け入れ先と受け入れメニューを Excel の一覧（CSV）から取り込む',
  operationId: 'importCatalog',
  description:
    `本文は CSV（text/csv、${MAX_IMPORT_BYTES / 1024 / 1024} MiB まで）。UTF-8（BOM の有無は問いません）か、Excel の「CSV（コンマ区切り）」の Shift_JIS。` +
    'Content-Type の charset があればそれに従い、なければ判定します。各行はメニューID、なければ独自ID で既存のメニューに対応づけ、どちらもなければ新しく登録します。' +
    '受け入れ先は、何行に出てきても1回だけ登録・更新されます。ファイルにない列は今の値のままです。API と同じ規則で全行を確かめ、1つでも問題があれば何も書き込まず' +
    ' 422 import_invalid で、すべての問題を「行番号.列」の path と列の見出しを含む日本語で返します。dryRun=true なら何も書き込まずに結果だけを返します。',
  request: {
    query: ImportQuery,
    body: { content: { 'text/csv': { schema: CsvText, example: EXAMPLE } }, required: true, description: 'CSV ファイル' },
  },
  responses: { 200: json(ImportOutcome, '取り込みの結果（dryRun なら、取り込んだ場合の結果）'), ...problems(403, 412, 413, 422) },
});
