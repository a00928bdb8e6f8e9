/**
 * Japanese-aware normalization, applied alike to what is indexed and to what is asked, so the way a
 * word happens to be typed never decides whether it is found. Per character, in order:
 *
 * 1. NFKC: full-width ASCII → ASCII, half-width katakana → full width (ｶﾞ → ガ), ① → 1.
 * 2. Lower case.
 * 3. Katakana → hiragana (ヴ → ゔ).
 * 4. Small kana → full size (ぁ → あ, っ → つ, ゃ → や, ゎ → わ; ヵ and ヶ → か, as in 3ヶ月 = 3か月).
 * 5. Long-vowel marks are dropped when they follow kana: ー and the dashes typed in its place
 *    (－ ‐ ‑ ‒ – — ― − ─ ━ and ASCII -). So コンピューター, コンピュータ and こんぴゅーた all become
 *    こんぴゅた. Dropping (rather than spelling out the vowel) is what makes the everyday spelling and
 *    the one without the final ー equal; the price, ビル = ビール, does not matter for finding places.
 * 6. Variation selectors (異体字 markers) are dropped; whitespace runs become one space, trimmed.
 *
 * NFKC is applied per character cluster (a character and the combining marks after it), which
 * gives the same result as whole-string NFKC for text and lets `normalizeWithOffsets` say which
 * original characters each normalized character came from.
 */

/**
 * Where each normalized UTF-16 unit came from in the source, kept small because most units come from
 * "the next source character": only the places that break that run are stored.
 * `breaks` is flat pairs [normalizedIndex, sourceStart, …] ascending; `wide` holds the source end
 * of units whose source is longer than one unit (ｶﾞ, か+゛, surrogate pairs).
 */
export type SourceMap = { readonly breaks: Int32Array; readonly wide: ReadonlyMap<number, number> };
export type Normalized = { text: string; map: SourceMap };

/** Splits normalized text into tokens: whitespace, punctuation (、。・／（）「」…) and symbols. */
export const TOKEN_SEPARATORS = /[\s\p{P}\p{S}]+/u;

export function normalize(s: string): string {
  return run(s, false).text;
}

export function normalizeWithOffsets(s: string): Normalized {
  return run(s, true);
}

/**
 * The source text behind normalized units `from` (inclusive) to `to` (exclusive), with the long-vowel
 * marks normalization dropped after it put back, so a match on こひ reads コーヒー, as written.
 */
export function sourceSlice(source: string, map: SourceMap, from: number, to: number): string {
  const start = sourceStart(map, from);
  let end = map.wide.get(to - 1) ?? sourceStart(map, to - 1) + 1;
  while (end < source.length && isTypedLongVowelMark(source.charCodeAt(end))) end++;
  return source.slice(start, end);
}

function sourceStart(map: SourceMap, index: number): number {
  let low = 0;
  let high = map.breaks.length / 2 - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (map.breaks[middle * 2]! <= index) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found < 0) return index;
  return map.breaks[found * 2 + 1]! + index - map.breaks[found * 2]!;
}

/** Normalized tokens; "駅前 カフェ" and "駅前・カフェ" both give ["駅前", "かふえ"]. */
export function tokenize(s: string): string[] {
  return normalize(s)
    .split(TOKEN_SEPARATORS)
    .filter((token) => token.length > 0);
}

const MARK = /\p{M}/u;

/** ぁ→あ ぃ→い ぅ→う ぇ→え ぉ→お っ→つ ゃ→や ゅ→ゆ ょ→よ ゎ→わ ゕ→か ゖ→か (after katakana became hiragana). */
const SMALL_KANA: ReadonlyMap<number, number> = new Map([
  [0x3041, 0x3042],
  [0x3043, 0x3044],
  [0x3045, 0x3046],
  [0x3047, 0x3048],
  [0x3049, 0x304a],
  [0x3063, 0x3064],
  [0x3083, 0x3084],
  [0x3085, 0x3086],
  [0x3087, 0x3088],
  [0x308e, 0x308f],
  [0x3095, 0x304b],
  [0x3096, 0x304b],
]);
/** SMALL_KANA as a table over U+3041–3096, read once per character. */
const KANA_FOLD = Uint16Array.from({ length: 0x3097 - 0x3041 }, (_, i) => SMALL_KANA.get(0x3041 + i) ?? 0x3041 + i);

/** ー and the dashes typed in its place, after NFKC. */
function isLongVowelMark(c: number): boolean {
  return c === 0x30fc || c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2500 || c === 0x2501;
}
/** The same marks as typed, before NFKC (ｰ and － among them). */
function isTypedLongVowelMark(c: number): boolean {
  return isLongVowelMark(c) || c === 0xff70 || c === 0xff0d || c === 0xfe63;
}

/**
 * Whitespace left after NFKC (which has already turned the ideographic and other spaces into ' ').
 * Normalized text holds only ' ', and the line breaks a caller joins fields with.
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * Kana, kanji and the commonest Japanese punctuation (、。々「」『』・), which NFKC and lower-casing
 * leave as they are (checked in the tests), so they skip the slow path.
 */
function isStable(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fc) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    c === 0x3001 ||
    c === 0x3002 ||
    c === 0x3005 ||
    (c >= 0x300c && c <= 0x300f)
  );
}

function isCombining(c: number): boolean {
  if (c === 0xff9e || c === 0xff9f || c === 0x3099 || c === 0x309a) return true;
  if (c < 0x300 || isStable(c) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef)) return false;
  return MARK.test(String.fromCharCode(c));
}

function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || c === 0x309d || c === 0x309e || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fd || c === 0x30fe;
}

/** Variation selectors: U+FE00–FE0F, which attach to the cluster before them. */
function isVariationSelector(c: number): boolean {
  return c >= 0xfe00 && c <= 0xfe0f;
}

/** Ideographic variation selectors U+E0100–E01EF: a surrogate pair that stands as its own cluster. */
function isIdeographicVariation(s: string, i: number): boolean {
  const low = s.charCodeAt(i + 1);
  return s.charCodeAt(i) === 0xdb40 && low >= 0xdd00 && low <= 0xddef;
}

const IDENTITY: SourceMap = { breaks: new Int32Array(0), wide: new Map() };

/**
 * The output being built. One instance is reused by every call (normalization never re-enters
 * itself), because allocating per call dominated the cost of normalizing short words.
 */
class Builder {
  units = new Uint16Array(256);
  length = 0;
  previous = -1;
  track = false;
  previousStart = -1;
  breaks: number[] = [];
  wide = new Map<number, number>();

  reset(track: boolean, capacity: number): void {
    if (this.units.length < capacity) this.units = new Uint16Array(capacity * 2);
    this.length = 0;
    this.previous = -1;
    this.track = track;
    this.previousStart = -1;
    if (track) {
      this.breaks = [];
      this.wide = new Map();
    }
  }

  emit(raw: number, from: number, to: number): void {
    let c = raw;
    if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) c -= 0x60;
    if (c >= 0x3041 && c <= 0x3096) c = KANA_FOLD[c - 0x3041]!;
    if (isLongVowelMark(c) && isKana(this.previous)) return;
    if (isSpace(c)) {
      if (this.previous === 0x20 || this.length === 0) return;
      c = 0x20;
    }
    if (this.track) {
      if (from !== this.previousStart + 1) this.breaks.push(this.length, from);
      if (to !== from + 1) this.wide.set(this.length, to);
      this.previousStart = from;
    }
    if (this.length === this.units.length) {
      const grown = new Uint16Array(this.units.length * 2);
      grown.set(this.units);
      this.units = grown;
    }
    this.units[this.length++] = c;
    this.previous = c;
  }

  finish(): Normalized {
    if (this.previous === 0x20) this.length--;
    let text = '';
    for (let i = 0; i < this.length; i += 4096) {
      const chunk = this.units.subarray(i, Math.min(i + 4096, this.length));
      text += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    if (!this.track) return { text, map: IDENTITY };
    return { text, map: { breaks: Int32Array.from(this.breaks), wide: this.wide.size > 0 ? this.wide : IDENTITY.wide } };
  }
}

const builder = new Builder();

function run(source: string, track: boolean): Normalized {
  builder.reset(track, source.length + 16);
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    let end = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && end < source.length) end++;
    while (end < source.length && isCombining(source.charCodeAt(end))) end++;
    if (end === i + 1 && c < 0x80) {
      builder.emit(c >= 0x41 && c <= 0x5a ? c + 0x20 : c, i, end);
    } else if (end === i + 1 && isStable(c)) {
      builder.emit(c, i, end);
    } else if (!isIdeographicVariation(source, i)) {
      const cluster = source.slice(i, end).normalize('NFKC').toLowerCase();
      for (let k = 0; k < cluster.length; k++) {
        const unit = cluster.charCodeAt(k);
        if (!isVariationSelector(unit)) builder.emit(unit, i, end);
      }
    }
    i = end;
  }
  return builder.finish();
}
