/**
 * One spreadsheet cell, read the way people type it and written back the same way. Readers only
 * translate (labels to codes, text to numbers and weekly slots); whether the value is allowed is
 * decided afterwards by the same schemas as the API, so no rule lives here twice.
 */
import { DAYS, type Day, type Slot } from '../types';

/** What a cell holds: a value for the API's input, or why it cannot be read. */
export type CellRead = { ok: true; value: unknown } | { ok: false; message: string };

export type CellKind = {
  /** `text` is trimmed and never empty: an empty cell is the column's `empty` value instead. */
  read(text: string): CellRead;
  write(value: unknown): string;
  /** What an empty cell means: `undefined` leaves the field out (the API's default, or "required"). */
  empty: unknown;
  /** How the README describes what the cell accepts. */
  allowed: string;
};

/** Full-width digits, letters, colons and tildes become their ASCII forms; spaces go. */
export function normalizeCell(text: string): string {
  return text.normalize('NFKC').trim();
}

const read = (value: unknown): CellRead => ({ ok: true, value });
const refuse = (message: string): CellRead => ({ ok: false, message });

/** A text or number field as its cell shows it; an empty field is an empty cell. */
function writePlain(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export const text = (empty?: null): CellKind => ({
  read: (value) => read(value),
  write: writePlain,
  empty,
  allowed: '文字',
});

/** Numbers as Excel shows them: full-width digits and thousands separators are fine. */
export const numeric = (empty?: null): CellKind => ({
  read: (value) => {
    const plain = normalizeCell(value).replaceAll(',', '');
    return /^-?\d+(\.\d+)?$/.test(plain) ? read(Number(plain)) : refuse(`「${value}」を数として読めません`);
  },
  write: writePlain,
  empty,
  allowed: '数字',
});

const YES = ['はい', 'あり', '有', '○', '〇', 'yes', 'y', 'true', '1', 'する', '可'];
const NO = ['いいえ', 'なし', '無', '×', 'no', 'n', 'false', '0', 'しない', '不可'];

export const yesNo: CellKind = {
  read: (value) => {
    const word = normalizeCell(value).toLowerCase();
    if (YES.includes(word)) return read(true);
    if (NO.includes(word)) return read(false);
    return refuse(`「${value}」は「はい」か「いいえ」で入力してください`);
  },
  write: (value) => (value ? 'はい' : 'いいえ'),
  empty: undefined,
  allowed: 'はい / いいえ（あり / なし、○ / × も可）',
};

/** A code's Japanese label first, then other words people use for it. */
export type Vocabulary<C extends string | number> = ReadonlyArray<{ code: C; label: string; aliases?: readonly string[] }>;

export function vocabularyOf<C extends string | number>(
  labels: Record<C, string>,
  aliases: Partial<Record<C, readonly string[]>> = {},
): Vocabulary<C> {
  return (Object.keys(labels) as C[]).map((key) => {
    const code = (typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key) as C;
    return { code, label: labels[key], aliases: aliases[key] ?? [] };
  });
}

function lookup<C extends string | number>(words: Vocabulary<C>, value: string): C | undefined {
  const wanted = squeeze(value);
  return words.find((word) => [String(word.code), word.label, ...(word.aliases ?? [])].some((name) => squeeze(name) === wanted))?.code;
}

function squeeze(value: string): string {
  return normalizeCell(value).toLowerCase().replace(/\s+/g, '');
}

function labelList(words: Vocabulary<string | number>): string {
  return words.map((word) => word.label).join('、');
}

export const choice = <C extends string | number>(words: Vocabulary<C>): CellKind => ({
  read: (value) => {
    const code = lookup(words, value);
    return code === undefined ? refuse(`「${value}」は ${labelList(words)} のどれかにしてください`) : read(code);
  },
  write: (value) => words.find((word) => word.code === value)?.label ?? '',
  empty: undefined,
  allowed: labelList(words),
});

/** Items of a list cell: separated by 、 , ; or line breaks. */
function items(value: string): string[] {
  return value
    .split(/[、,，;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const choices = <C extends string | number>(words: Vocabulary<C>): CellKind => ({
  read: (value) => {
    const found = items(value).map((item) => ({ item, code: lookup(words, item) }));
    const unknown = found.filter((entry) => entry.code === undefined).map((entry) => `「${entry.item}」`);
    if (unknown.length > 0) return refuse(`${unknown.join('')}は選べません。${labelList(words)} から選んで「、」で区切ってください`);
    return read([...new Set(found.map((entry) => entry.code))]);
  },
  write: (value) => (value as C[]).map((code) => words.find((word) => word.code === code)?.label ?? String(code)).join('、'),
  empty: [],
  allowed: `${labelList(words)} から「、」区切りでいくつでも`,
});

export const textList: CellKind = {
  read: (value) => read(items(value)),
  write: (value) => (value as string[]).join('、'),
  empty: [],
  allowed: '「、」区切りの言葉',
};

const DAY_NAMES: Record<Day, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };
const DAY_PART = '(?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)';
const TIME_PART = '(\\d{1,2})(?::|時)(\\d{2})?分?';
const SLOT = new RegExp(`^((?:${DAY_PART}[・/\\s]*)+)\\s*${TIME_PART}\\s*(?:-|~|〜|ー|–|—|から)\\s*${TIME_PART}$`, 'i');

/** Weekly slots as people type them: `火 9:00-12:00; 木 13:00〜16:00`, `月・水 9時-12時`. */
export const schedule: CellKind = {
  read: (value) => {
    const slots: Slot[] = [];
    for (const part of normalizeCell(value)
      .split(/[;\n、,]/)
      .map((piece) => piece.trim())
      .filter(Boolean)) {
      const match = SLOT.exec(part);
      if (!match) return refuse(`「${part}」を曜日と時間として読めません（例: 火 9:00-12:00; 木 13:00-16:00）`);
      const [, days, startHour, startMinute, endHour, endMinute] = match;
      const start = clock(startHour!, startMinute);
      const end = clock(endHour!, endMinute);
      for (const day of dayCodes(days!)) slots.push({ day, start, end });
    }
    return read(slots);
  },
  write: (value) => (value as Slot[]).map((slot) => `${DAY_NAMES[slot.day]} ${unpadded(slot.start)}-${unpadded(slot.end)}`).join('; '),
  empty: [],
  allowed: '曜日と時間を「;」区切りで（例: 火 9:00-12:00; 木 13:00-16:00。全角の数字・コロン、〜 も可）',
};

function dayCodes(days: string): Day[] {
  const english = days.toLowerCase().match(/mon|tue|wed|thu|fri|sat|sun/g) as Day[] | null;
  const japanese = [...days.replace(/曜日?/g, '')].flatMap((char) => DAYS.filter((day) => DAY_NAMES[day] === char));
  return [...(english ?? []), ...japanese];
}

function clock(hour: string, minute: string | undefined): string {
  return `${hour.padStart(2, '0')}:${minute ?? '00'}`;
}

function unpadded(time: string): string {
  return time.startsWith('0') ? time.slice(1) : time;
}
