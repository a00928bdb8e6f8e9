/**
 * Typed arrays to and from the plain arrays a stored index is kept in (it goes through JSON, which
 * has no typed arrays and turns NaN and ±Infinity into null). Unpacking checks each length, so a
 * stored value of another layout is refused rather than misread.
 */

/** A Float64Array as JSON keeps it: non-finite values as the strings Number() reads back. */
export type PackedFloats = (number | string)[];

export function packFloats(values: Float64Array): PackedFloats {
  return Array.from(values, (value) => (Number.isFinite(value) ? value : String(value)));
}

export function unpackFloats(packed: PackedFloats, length: number): Float64Array {
  return Float64Array.from(checked(packed, length));
}

export function unpackInt32s(packed: readonly number[], length?: number): Int32Array {
  return Int32Array.from(checked(packed, length));
}

/** The array itself, when it is one of `length` entries (of any length when not given). */
export function checked<T>(packed: readonly T[], length?: number): readonly T[] {
  if (!Array.isArray(packed) || (length !== undefined && packed.length !== length)) {
    throw new RangeError(`a packed array of ${packed?.length} entries where ${length ?? 'an array'} was expected`);
  }
  return packed;
}

/** Where `value` is in the ascending `sorted` (numbers, or strings by UTF-16 units as sort() orders them), or -1. */
export function positionIn<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Non-negative integers as one string, a UTF-16 unit each below SMALL_LIMIT (0–79 take one byte of
 * UTF-8 and none needs escaping in JSON but `\`), otherwise a marker and three 15-bit units. A
 * string is one token to JSON.parse however long, where an array is one per number: a new isolate
 * loads it at once and reads a stretch of it (countsIn) only when it needs that stretch.
 */
const UNIT_OFFSET = 0x30;
/** Below the surrogates, which JSON escapes when alone. */
const SMALL_LIMIT = 0xd800 - UNIT_OFFSET;
const LARGE_MARKER = 0xe000;
const CHUNK = 2 ** 15;
/** What the Int32Array countsIn gives holds (three chunks hold more). */
const LARGE_LIMIT = 2 ** 31;

export function packCounts(values: Iterable<number>): string {
  const units: number[] = [];
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value >= LARGE_LIMIT) throw new RangeError(`packCounts: ${value} cannot be packed`);
    if (value < SMALL_LIMIT) units.push(UNIT_OFFSET + value);
    else units.push(LARGE_MARKER, ...[2, 1, 0].map((chunk) => UNIT_OFFSET + (Math.floor(value / CHUNK ** chunk) % CHUNK)));
  }
  let text = '';
  // In slices: fromCharCode takes its units as arguments.
  for (let at = 0; at < units.length; at += 8192) text += String.fromCharCode(...units.slice(at, at + 8192));
  return text;
}

/** The numbers packCounts packed into `text` from unit `start` to unit `end`. */
export function countsIn(text: string, start: number, end: number): Int32Array {
  let count = end - start;
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === LARGE_MARKER) count -= 3;
  const counts = new Int32Array(Math.max(0, count));
  let n = 0;
  for (let at = start; at < end && n < counts.length;) {
    const unit = text.charCodeAt(at++);
    if (unit !== LARGE_MARKER) counts[n++] = unit - UNIT_OFFSET;
    else {
      counts[n++] =
        (text.charCodeAt(at) - UNIT_OFFSET) * CHUNK * CHUNK +
        (text.charCodeAt(at + 1) - UNIT_OFFSET) * CHUNK +
        text.charCodeAt(at + 2) -
        UNIT_OFFSET;
      at += 3;
    }
  }
  return counts;
}
