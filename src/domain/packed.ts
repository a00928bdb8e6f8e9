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
