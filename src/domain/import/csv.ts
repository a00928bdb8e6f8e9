/**
 * CSV as Excel writes and reads it (RFC 4180): cells separated by commas, a cell in double quotes
 * may hold commas, quotes (doubled) and line breaks; lines end in CRLF or LF.
 */

/** One record of the file, with the line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] };

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      if (char === '\n') line += 1;
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      i += 1;
      continue;
    }
    if (char === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      start = line;
      continue;
    }
    cell += char;
    i += 1;
  }
  if (quoted) return { ok: false, line: start, message: `${start}行目で始まる「"」が閉じられていません` };
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records: records.filter((record) => record.cells.some((value) => value.trim() !== '')) };
}

/** A file Excel opens as UTF-8 (the BOM says so) with CRLF line ends. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A cell with a comma, quote or line break is quoted, its quotes doubled. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
