import { normalize, TOKEN_SEPARATORS } from './normalize';

/**
 * The words of a field worth correcting typos against. Japanese is written without spaces, but a
 * change of script is nearly always a word boundary: 駅前カフェでの接客 → 駅前 | カフェ | での | 接客.
 * So a field gives its whole short tokens (tags like はたけ) and its runs of kanji, katakana or latin
 * letters, read before kana are folded to hiragana (which would erase the boundary). Hiragana runs
 * are left out: they are mostly grammar (での, します), not things people look for.
 */
export function vocabularyWords(field: string): string[] {
  const words: string[] = [];
  for (const token of field.normalize('NFKC').split(TOKEN_SEPARATORS)) {
    const whole = token.length <= MAX_WORD_LENGTH * 2 ? normalize(token) : '';
    if (whole.length >= 2 && whole.length <= MAX_WORD_LENGTH) words.push(whole);
    for (const run of token.match(SCRIPT_RUN) ?? []) {
      const word = normalize(run);
      if (word.length >= 2 && word !== whole) words.push(word);
    }
  }
  return words;
}

/** Tokens longer than this are clauses (描いた絵を飾る…), not words anyone would type. */
const MAX_WORD_LENGTH = 12;
const SCRIPT_RUN = /[\p{Script=Han}々〆]{2,}|[\p{Script=Katakana}ー]{2,}|[a-z0-9]{2,}/giu;
