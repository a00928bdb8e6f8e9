/**
 * Japanese has no spaces, so words are found as substrings of normalized text. Two kinds of
 * substring would mislead and are refused:
 * - Latin letters or digits glued to more of the same: "it" inside "kitchen", "pc" inside "pcr".
 * - A single kanji inside a kanji compound: 本 inside 日本 or 本日, 犬 inside 盲導犬. Alone it is a
 *   word (本を読む, 犬の散歩); next to another kanji it is part of a different word.
 */

/** True when `text.slice(start, end)` stands as a word of its own at that position. */
export function isWordAt(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (isLatinOrDigit(first) && isLatinOrDigit(before)) return false;
  if (isLatinOrDigit(last) && isLatinOrDigit(after)) return false;
  if (end - start === 1 && isKanji(first) && (isKanji(before) || isKanji(after))) return false;
  return true;
}

/** The first position at or after `from` where `word` occurs as a word in `text`, or -1. */
export function indexOfWord(text: string, word: string, from = 0): number {
  let at = text.indexOf(word, from);
  while (at >= 0 && !isWordAt(text, at, at + word.length)) at = text.indexOf(word, at + 1);
  return at;
}

function isLatinOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005;
}
