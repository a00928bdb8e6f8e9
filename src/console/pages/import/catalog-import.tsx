import { CATALOG_COLUMNS } from '../../../domain/import/columns';
import type { FieldError } from '../../../lib/problem';
import type { CatalogImportOutcome } from '../../../services/imports';
import { FormErrors, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { Notice } from '../../components/notice';
import type { Flash } from '../../flash';

/** The file as previewed, carried by the confirmation form (see import-pages.tsx). */
export type PreviewedFile = { name: string; base64: string };

type Props = {
  viewer: Viewer;
  flash?: Flash | null;
  /** A problem with the form itself (no file chosen, a lost race on confirming). */
  errors?: FieldMessages;
  /** What the dry run found: the table of rows and the button that imports the same file. */
  preview?: { file: PreviewedFile; outcome: CatalogImportOutcome } | null;
  /** Why the file was refused: every problem of every row. */
  refused?: { fileName: string; detail: string; errors: FieldError[] } | null;
};

const ACTION_LABELS = { created: '新規', updated: '変更', unchanged: '変更なし' } as const;

const HEADERS = new Map(CATALOG_COLUMNS.map((column) => [column.name, column.header]));

/** `<line>.<column>` as the file has it: the line, and the column as its header spells it (an unknown header is its own name). */
function placeOf(path: string): { line: string; column: string } {
  const at = path.indexOf('.');
  if (at < 0) return { line: path, column: '' };
  const name = path.slice(at + 1);
  return { line: path.slice(0, at), column: HEADERS.get(name) ?? name };
}

function counts(c: CatalogImportOutcome['hosts']): string {
  return `新規 ${c.created}件・変更 ${c.updated}件・変更なし ${c.unchanged}件`;
}

/** What a finished import says in its flash: the counts a person checks against the list. */
export function importedMessage(outcome: CatalogImportOutcome): string {
  return `${outcome.rows}行を取り込みました。受け入れ先: ${counts(outcome.hosts)}。受け入れメニュー: ${counts(outcome.opportunities)}`;
}

function UploadForm({ viewer, errors }: { viewer: Viewer; errors: FieldMessages }) {
  const error = errors['file'];
  return (
    <form method="post" action="/catalog/import" enctype="multipart/form-data" class="stack import-upload">
      <CsrfField viewer={viewer} />
      <div class={error ? 'field invalid' : 'field'}>
        <label for="f-file">一覧表のファイル（CSV）</label>
        <input
          type="file"
          id="f-file"
          name="file"
          accept=".csv,text/csv"
          required
          aria-describedby={error ? 'f-file-hint f-file-error' : 'f-file-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        <span class="hint" id="f-file-hint">
          Excel で「CSV UTF-8」または「CSV（コンマ区切り）」として保存したファイル（2 MiB まで）
        </span>
        {error ? (
          <span class="error" id="f-file-error">
            {error}
          </span>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit">内容を確かめる（まだ取り込みません）</button>
      </div>
    </form>
  );
}

/**
 * Bringing the catalog in from a spreadsheet: choose the file, read what would happen row by row
 * (or every problem beside its row), then import that same file with one more click.
 */
export function CatalogImportPage({ viewer, flash, errors = {}, preview, refused }: Props) {
  return (
    <Layout title="一覧表から取り込む" viewer={viewer} flash={flash} current="/catalog/import">
      <p>
        受け入れ先と受け入れメニューの一覧表（Excel の
        CSV）を取り込みます。まず内容を確かめ、よければ「取り込む」を押します。確かめるだけでは何も変わりません。
      </p>
      <p class="actions">
        <a class="button secondary" href="/catalog/import/template.csv" download>
          記入用のテンプレートをダウンロード
        </a>
        <a class="button secondary" href="/catalog/export.csv" download>
          いまの一覧をダウンロード（編集して取り込めます）
        </a>
      </p>
      <FormErrors errors={errors} />
      {preview ? <Preview viewer={viewer} file={preview.file} outcome={preview.outcome} /> : null}
      {refused ? <Refused {...refused} /> : null}
      <h2>{preview || refused ? '別のファイルを確かめる' : 'ファイルを選ぶ'}</h2>
      <UploadForm viewer={viewer} errors={errors} />
    </Layout>
  );
}

function Preview({ viewer, file, outcome }: { viewer: Viewer; file: PreviewedFile; outcome: CatalogImportOutcome }) {
  const changes = outcome.hosts.created + outcome.hosts.updated + outcome.opportunities.created + outcome.opportunities.updated;
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">「{file.name}」を取り込むと</h2>
      <Notice kind="info">
        <p>まだ取り込んでいません。{outcome.rows}行を確かめました。</p>
        <p>受け入れ先: {counts(outcome.hosts)}</p>
        <p>受け入れメニュー: {counts(outcome.opportunities)}</p>
      </Notice>
      <table class="import-rows">
        <caption>行ごとの結果</caption>
        <thead>
          <tr>
            <th scope="col">行</th>
            <th scope="col">結果</th>
            <th scope="col">メニュー名</th>
          </tr>
        </thead>
        <tbody>
          {outcome.items.map((item) => (
            <tr>
              <td class="line">{item.line}</td>
              <td>
                <span class={`badge action-${item.action}`}>{ACTION_LABELS[item.action]}</span>
              </td>
              <td>{item.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/catalog/import/confirm" enctype="multipart/form-data" class="actions">
        <CsrfField viewer={viewer} />
        <input type="hidden" name="name" value={file.name} />
        <input type="hidden" name="file" value={file.base64} />
        <button type="submit">{changes > 0 ? 'この内容で取り込む' : '取り込む（変わるものはありません）'}</button>
      </form>
    </section>
  );
}

function Refused({ fileName, detail, errors }: { fileName: string; detail: string; errors: FieldError[] }) {
  return (
    <section aria-labelledby="refused-title">
      <h2 id="refused-title">「{fileName}」は取り込めません</h2>
      <Notice kind="error">
        <p>{detail}。表の行と列を Excel で直してから、もう一度確かめてください。</p>
      </Notice>
      <table class="import-rows import-errors">
        <caption>問題のある行</caption>
        <thead>
          <tr>
            <th scope="col">行</th>
            <th scope="col">列</th>
            <th scope="col">問題</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error) => {
            const place = placeOf(error.path);
            return (
              <tr>
                <td class="line">{place.line}</td>
                <td>{place.column}</td>
                <td>{error.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
