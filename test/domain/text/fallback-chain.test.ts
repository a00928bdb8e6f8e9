import { describe, expect, it } from 'vitest';
import {
  type ChainRules,
  createFallbackChain,
  type FallbackStage,
  followChain,
  INTEREST_RULES,
  SEARCH_RULES,
} from '../../../src/domain/text/fallback-chain';
import { normalize } from '../../../src/domain/text/normalize';
import { loadSynonyms } from '../../../src/domain/text/synonyms';

const synonyms = loadSynonyms([
  ['パソコン', 'PC'],
  ['農作業', '畑'],
]);
const catalogWords = new Set(['パソコン', 'プログラミング', '農作物'].map(normalize));

/** Each word the chain looked up for `word`, with its stage; `found` says whether any was found. */
function stagesRun(rules: ChainRules, word: string, found: (looked: string[]) => boolean = () => false) {
  const chain = createFallbackChain(rules, synonyms, catalogWords);
  const run: [FallbackStage, string][] = [];
  followChain(normalize(word), chain, {
    asTyped: (each) => run.push(['asTyped', each]),
    synonym: (each) => run.push(['synonym', each]),
    replaced: (each, stage) => run.push([stage, each]),
    found: () => found(run.map(([, each]) => each)),
  });
  return run;
}

describe('the fall-back chain', () => {
  it('tries the word as typed, then its synonyms, then what may stand in its place, in that order', () => {
    expect(stagesRun(SEARCH_RULES, 'パソコン作業').slice(0, 3)).toEqual([
      ['asTyped', normalize('パソコン作業')],
      ['synonym', normalize('パソコン作業')],
      ['knownWordInside', normalize('パソコン')],
    ]);
    expect(stagesRun(SEARCH_RULES, 'パソコソ')).toContainEqual(['oneTypo', normalize('パソコン')]);
    expect(stagesRun(SEARCH_RULES, 'プロクラミンク')).toContainEqual(['fuse', normalize('プログラミング')]);
  });

  it('stops a search word once it or its synonyms are found', () => {
    expect(stagesRun(SEARCH_RULES, 'パソコン作業', () => true).map(([stage]) => stage)).toEqual(['asTyped', 'synonym']);
  });

  it('always looks for the known words inside an interest, and corrects it only when nothing fits', () => {
    expect(stagesRun(INTEREST_RULES, 'パソコン作業', () => true).map(([stage]) => stage)).toEqual([
      'asTyped',
      'synonym',
      'knownWordInside',
    ]);
  });

  it('never corrects an interest that is itself a synonym term, but does correct such a search word', () => {
    expect(stagesRun(INTEREST_RULES, '農作業').map(([stage]) => stage)).toEqual(['asTyped', 'synonym']);
    expect(stagesRun(SEARCH_RULES, '農作業')).toContainEqual(['oneTypo', normalize('農作物')]);
  });
});
