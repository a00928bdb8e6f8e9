/**
 * The text of an uploaded spreadsheet. Excel saves "CSV UTF-8" with a BOM and plain "CSV" in
 * Shift_JIS (Windows-31J); a file that is valid UTF-8 is read as UTF-8, anything else as Shift_JIS.
 */

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'shift_jis' } | { ok: false; message: string };

const SHIFT_JIS_LABELS = ['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'csshiftjis', 'windows-31j', 'ms932', 'cp932'];
const UTF8_LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8'];

/** Control characters no spreadsheet cell holds: the sign of a binary file read as text. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function decodeSpreadsheet(bytes: Uint8Array, charset: string | undefined): Decoded {
  const label = charset?.trim().toLowerCase();
  if (label && !SHIFT_JIS_LABELS.includes(label) && !UTF8_LABELS.includes(label)) {
    return { ok: false, message: `文字コード「${charset}」には対応していません。UTF-8 か Shift_JIS で保存してください` };
  }
  const tries: ('utf-8' | 'shift_jis')[] = label ? [SHIFT_JIS_LABELS.includes(label) ? 'shift_jis' : 'utf-8'] : ['utf-8', 'shift_jis'];
  for (const encoding of tries) {
    const text = decodeOrNull(bytes, encoding);
    if (text === null) continue;
    if (BINARY.test(text)) break;
    return { ok: true, text, encoding };
  }
  return {
    ok: false,
    message: 'CSV ファイルとして読み取れません。Excel で「CSV UTF-8」または「CSV（コンマ区切り）」として保存したファイルを送ってください',
  };
}

function decodeOrNull(bytes: Uint8Array, encoding: 'utf-8' | 'shift_jis'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
