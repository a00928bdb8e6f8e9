/**
 * A catalog spreadsheet read into rows of API-shaped values: which columns the file has, and per
 * row what each of its cells says. Whether the values are allowed is for the API's schemas.
 */
import type { FieldIssue } from '../catalog/opportunity-rules';
import { CATALOG_COLUMNS, headerKey, setValueAt, valueAt, type Column, type ColumnTarget } from './columns';
import type { CsvRecord } from './csv';

/** A file with more columns than this is not a catalog: refused before any cell is read. */
export const MAX_SHEET_COLUMNS = 200;

export type SheetRow = {
  line: number;
  /** The cell of each column the file has: its value, or the column's empty value. */
  values: Map<Column, unknown>;
  /** Cells that could not be read, with `<line>.<column>` paths. */
  issues: FieldIssue[];
};

export type Sheet = { ok: true; columns: Column[]; rows: SheetRow[] } | { ok: false; issues: FieldIssue[] };

const BY_HEADER = new Map(CATALOG_COLUMNS.map((column) => [headerKey(column.header), column]));

export function readSheet(records: readonly CsvRecord[]): Sheet {
  const [header, ...data] = records;
  if (!header)
    return {
      ok: false,
      issues: [{ path: '1', message: 'ファイルが空です。1行目に見出し、2行目から受け入れメニューを1行ずつ入れてください' }],
    };
  if (header.cells.length > MAX_SHEET_COLUMNS) {
    return {
      ok: false,
      issues: [
        {
          path: '1',
          message: `列が多すぎます（${header.cells.length}列）。テンプレートの列（${CATALOG_COLUMNS.length}列）を使ってください`,
        },
      ],
    };
  }
  const issues: FieldIssue[] = [];
  const columns: (Column | null)[] = header.cells.map((cell) => {
    if (cell.trim() === '') return null;
    const column = BY_HEADER.get(headerKey(cell));
    if (!column)
      issues.push({ path: `1.${cell.trim()}`, message: `「${cell.trim()}」という列はありません（テンプレートの見出しを使ってください）` });
    return column ?? null;
  });
  const present = columns.filter((column) => column !== null);
  for (const column of new Set(present)) {
    if (present.indexOf(column) !== present.lastIndexOf(column))
      issues.push({ path: `1.${column.name}`, message: `「${column.header}」の列が2つあります` });
  }
  for (const column of CATALOG_COLUMNS) {
    if (column.required && !present.includes(column))
      issues.push({ path: `1.${column.name}`, message: `「${column.header}」の列がありません` });
  }
  if (issues.length === 0 && data.length === 0) issues.push({ path: '2', message: '見出しの行だけで、受け入れメニューの行がありません' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, columns: present, rows: data.map((record) => readRow(record, columns)) };
}

function readRow(record: CsvRecord, columns: readonly (Column | null)[]): SheetRow {
  const row: SheetRow = { line: record.line, values: new Map(), issues: [] };
  if (record.cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
    row.issues.push({ path: `${record.line}`, message: '見出しのない列に値があります' });
  }
  columns.forEach((column, index) => {
    if (!column) return;
    const cell = (record.cells[index] ?? '').trim();
    if (cell === '') return row.values.set(column, column.cell.empty);
    const read = column.cell.read(cell);
    if (read.ok) row.values.set(column, read.value);
    else row.issues.push({ path: `${record.line}.${column.name}`, message: `「${column.header}」: ${read.message}` });
  });
  return row;
}

/**
 * The API input for one record of the row: the row's cells over `current` (the record as it is,
 * for the columns the file leaves out), or the cells alone for a new record.
 */
export function inputFor(row: SheetRow, target: ColumnTarget, current?: object): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of CATALOG_COLUMNS) {
    if (column.target !== target) continue;
    const value = row.values.has(column) ? row.values.get(column) : current && valueAt(current, column.field);
    setValueAt(input, column.field, value);
  }
  return input;
}

/** The cell of a key column (an id), when the file has it and the row fills it. */
export function keyOf(row: SheetRow, name: 'id' | 'hostId' | 'hostExternalId' | 'externalId' | 'hostName'): string | undefined {
  const value = [...row.values].find(([column]) => column.name === name)?.[1];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The column an issue of the API's schema is about: the one whose field holds the issue's path. */
export function columnOf(target: ColumnTarget, path: string): Column | undefined {
  return CATALOG_COLUMNS.filter(
    (column) => column.target === target && (path === column.field || path.startsWith(`${column.field}.`)),
  ).sort((a, b) => b.field.length - a.field.length)[0];
}
