import { describe, expect, it } from 'vitest';
import { buildGramPostings, unpackGramPostings } from '../../../src/domain/text/gram-postings';
import { normalize } from '../../../src/domain/text/normalize';

const TEXTS = ['駅前カフェでの接客', '畑の手入れ 農作業', 'パソコン入力\nデータ整理', 'カフェの皿洗い', '𠮷野家の清掃', ''].map(normalize);
const WORDS = ['カフェ', 'か', '農作業', '入力', 'データ', '接客', '𠮷', '清掃', 'ない言葉', '', 'フェで', '手入れ'];

describe('gram postings', () => {
  it('gives every text holding a word among its candidates, and none lacking one of its characters', () => {
    const postings = buildGramPostings(TEXTS);
    for (const word of WORDS.map(normalize)) {
      const candidates = [...postings.candidates(word)];
      const holding = TEXTS.flatMap((text, position) => (word.length > 0 && text.includes(word) ? [position] : []));
      expect(candidates).toEqual(expect.arrayContaining(holding));
      for (const position of candidates) expect([...word].every((unit) => TEXTS[position]!.includes(unit))).toBe(true);
    }
  });

  it('stored as JSON and loaded again, gives the same candidates for every word', () => {
    const built = buildGramPostings(TEXTS);
    const loaded = unpackGramPostings(JSON.parse(JSON.stringify(built.pack())));
    for (const word of WORDS.map(normalize)) expect([...loaded.candidates(word)]).toEqual([...built.candidates(word)]);
  });
});
