import type { Hono } from 'hono';
import { MAX_BODY_BYTES, MAX_IMPORT_BYTES } from '../config';
import type { AppEnv, Ctx } from '../context';
import { csvDownloadHeaders } from '../lib/csv-download';
import { Problem } from '../lib/problem';
import { CATALOG_SCHEMAS } from '../routes/imports/imports.schemas';
import { OpportunityListQuery } from '../routes/opportunities/opportunities.schemas';
import { assertCanImport, catalogCsv, catalogTemplate, importCatalog, type CatalogImportOutcome } from '../services/imports';
import type { FieldMessages } from './components/field';
import { setFlash, takeFlash } from './flash';
import { parseWith, readForm } from './forms';
import { CatalogImportPage, importedMessage } from './pages/import/catalog-import';
import { signedIn, type C, type SignedIn } from './signed-in';

/** The import page and its two forms (preview, confirm), which take a whole spreadsheet. */
export const CONSOLE_IMPORT_PATH = '/catalog/import';

/**
 * The body limit of the import's forms: the confirmation carries the file in base64 (4 bytes for
 * every 3), and the service itself refuses a file over `MAX_IMPORT_BYTES`.
 */
export const CONSOLE_IMPORT_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + MAX_BODY_BYTES;

/** The problems a person fixes in the file (or by trying again), shown on the page rather than the error page. */
const FIXABLE = new Set(['import_invalid', 'payload_too_large', 'stale']);

type Tried = { ok: true; outcome: CatalogImportOutcome } | { ok: false; problem: Problem };

/**
 * The same call as `POST /v1/imports/catalog`: the API's schemas, the file's bytes as sent. A
 * browser names no charset for an uploaded file, so the service detects it as it does for the API.
 */
async function tryImport(ctx: Ctx, body: Uint8Array, dryRun: boolean): Promise<Tried> {
  try {
    return { ok: true, outcome: await importCatalog(ctx, { body, charset: undefined, dryRun, schemas: CATALOG_SCHEMAS }) };
  } catch (error) {
    if (error instanceof Problem && FIXABLE.has(error.code)) return { ok: false, problem: error };
    throw error;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A refused file: every problem beside its row, or (too large, lost race) one message above the form. */
function refusedPage(c: C, { viewer }: SignedIn, fileName: string, problem: Problem) {
  if (problem.code === 'import_invalid') {
    return c.html(<CatalogImportPage viewer={viewer} refused={{ fileName, detail: problem.detail, errors: problem.errors ?? [] }} />, 400);
  }
  const errors: FieldMessages =
    problem.code === 'payload_too_large' ? { file: problem.detail } : { '': `${problem.detail}。もう一度ファイルを選んで確かめてください` };
  return c.html(<CatalogImportPage viewer={viewer} errors={errors} />, problem.status as 400);
}

export function registerImportPages(app: Hono<AppEnv>): void {
  app.get(
    CONSOLE_IMPORT_PATH,
    signedIn(async (c, { ctx, viewer }) => {
      // The form calls no service until a file is posted: the same refusal, before a file is chosen for nothing.
      assertCanImport(ctx);
      return c.html(<CatalogImportPage viewer={viewer} flash={takeFlash(c)} />);
    }),
  );

  // The dry run: nothing is written; the page shows what would happen, row by row.
  app.post(
    CONSOLE_IMPORT_PATH,
    signedIn(async (c, who) => {
      assertCanImport(who.ctx);
      const form = await readForm(c, who.viewer.csrf);
      const file = form.file('file');
      if (!file) return c.html(<CatalogImportPage viewer={who.viewer} errors={{ file: '取り込む CSV ファイルを選んでください' }} />, 400);
      const body = new Uint8Array(await file.arrayBuffer());
      const tried = await tryImport(who.ctx, body, true);
      if (!tried.ok) return refusedPage(c, who, file.name, tried.problem);
      return c.html(
        <CatalogImportPage viewer={who.viewer} preview={{ file: { name: file.name, base64: toBase64(body) }, outcome: tried.outcome }} />,
      );
    }),
  );

  /*
   * The confirmation imports the file that was previewed. Its bytes come back in the form (base64
   * in a hidden field) rather than kept on the server: nothing to store or expire, and it works the
   * same on every Workers isolate. Nothing in them is trusted: they are exactly what this person
   * could upload (CSRF-checked, in their own session), and the service validates every row again
   * against the catalog as it is now, so a catalog changed since the preview is caught here.
   */
  app.post(
    `${CONSOLE_IMPORT_PATH}/confirm`,
    signedIn(async (c, who) => {
      assertCanImport(who.ctx);
      const { one } = await readForm(c, who.viewer.csrf);
      const fileName = one['name'] ?? '';
      const body = fromBase64(one['file'] ?? '');
      if (!body)
        return c.html(
          <CatalogImportPage viewer={who.viewer} errors={{ file: '取り込むファイルが届きませんでした。もう一度選んでください' }} />,
          400,
        );
      const tried = await tryImport(who.ctx, body, false);
      if (!tried.ok) return refusedPage(c, who, fileName, tried.problem);
      setFlash(c, { kind: 'ok', message: importedMessage(tried.outcome) });
      return c.redirect(CONSOLE_IMPORT_PATH, 303);
    }),
  );

  app.get(
    `${CONSOLE_IMPORT_PATH}/template.csv`,
    signedIn(async (c) => c.body(catalogTemplate(), 200, csvDownloadHeaders('tsunagu-catalog-template.csv'))),
  );

  // `/v1/opportunities?format=csv` takes bearer tokens only; this is the same export for the signed-in person.
  app.get(
    '/catalog/export.csv',
    signedIn(async (c, { ctx }) =>
      c.body(await catalogCsv(ctx, parseWith(OpportunityListQuery, c.req.query())), 200, csvDownloadHeaders('tsunagu-catalog.csv')),
    ),
  );
}
