import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets, sourceSlice, tokenize } from '../../../src/domain/text/normalize';

describe('text: normalize', () => {
  it('treats full-width and half-width letters, digits and katakana alike', () => {
    expect(normalize('ＰＣ１２３')).toBe(normalize('PC123'));
    expect(normalize('ｶﾌｪ')).toBe(normalize('カフェ'));
    expect(normalize('ﾃﾞｰﾀ')).toBe(normalize('データ'));
  });

  it('ignores upper and lower case', () => {
    expect(normalize('Excel')).toBe('excel');
    expect(normalize('ＩＴ')).toBe('it');
  });

  it('reads katakana and hiragana as the same', () => {
    expect(normalize('パソコン')).toBe('ぱそこん');
    expect(normalize('ヴァイオリン')).toBe(normalize('ゔぁいおりん'));
  });

  it('lets コンピューター, コンピュータ and こんぴゅーた find each other', () => {
    const spellings = ['コンピューター', 'コンピュータ', 'こんぴゅーた', 'ｺﾝﾋﾟｭｰﾀｰ', 'コンピュ－タ'];
    expect(new Set(spellings.map(normalize))).toEqual(new Set(['こんぴゆた']));
  });

  it('keeps a dash that does not follow kana', () => {
    expect(normalize('e-mail')).toBe('e-mail');
    expect(normalize('東京ー大阪')).toBe('東京ー大阪');
  });

  it('folds small kana into full-size kana', () => {
    expect(normalize('キャッシュ')).toBe('きやつしゆ');
    expect(normalize('ぁぃぅぇぉゎ')).toBe('あいうえおわ');
    expect(normalize('3ヶ月')).toBe(normalize('3か月'));
    expect(normalize('3ヵ月')).toBe(normalize('3か月'));
  });

  it('collapses runs of whitespace, full-width spaces included, and trims', () => {
    expect(normalize('  駅前 　カフェ\n\t接客  ')).toBe('駅前 かふえ 接客');
    expect(normalize(' 　 ')).toBe('');
  });

  it('composes voiced marks typed separately', () => {
    expect(normalize('か\u3099')).toBe('が');
    expect(normalize('ﾊﾟﾝ')).toBe('ぱん');
  });

  it('drops variation selectors, so a kanji variant is the same word', () => {
    expect(normalize('葛\u{E0100}飾')).toBe('葛飾');
    expect(normalize('葛\uFE00飾')).toBe('葛飾');
  });

  it('takes its shortcut only for characters NFKC and lower-casing leave unchanged', () => {
    const shortcut = [
      [0x3041, 0x3096],
      [0x30a1, 0x30fc],
      [0x4e00, 0x9fff],
      [0x3001, 0x3002],
      [0x3005, 0x3005],
      [0x300c, 0x300f],
    ];
    const changed: string[] = [];
    for (const [from, to] of shortcut) {
      for (let code = from!; code <= to!; code++) {
        const c = String.fromCharCode(code);
        if (c.normalize('NFKC').toLowerCase() !== c) changed.push(c);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe('text: normalizeWithOffsets', () => {
  it('gives back the words as written behind a normalized match', () => {
    const source = 'ＮＰＯ法人  ｶﾌｪ・コーヒー㈱の駅前カフェ';
    const { text, map } = normalizeWithOffsets(source);
    expect(text).toBe('npo法人 かふえ・こひ(株)の駅前かふえ');
    const slice = (word: string) => {
      const at = text.indexOf(word);
      return sourceSlice(source, map, at, at + word.length);
    };
    expect(slice('npo')).toBe('ＮＰＯ');
    expect(slice('かふえ')).toBe('ｶﾌｪ');
    expect(slice('こひ')).toBe('コーヒー');
    expect(slice('(株)の')).toBe('㈱の');
    expect(slice('駅前かふえ')).toBe('駅前カフェ');
  });

  it('normalizes exactly as normalize does', () => {
    const samples = ['コンピューター教室', ' ＰＣ　ｶﾌｪ ', 'か\u3099っこう', '㈱ながれやま'];
    for (const sample of samples) expect(normalizeWithOffsets(sample).text).toBe(normalize(sample));
  });
});

describe('text: tokenize', () => {
  it('splits a query on spaces, so 駅前 カフェ is two words', () => {
    expect(tokenize('駅前 カフェ')).toEqual(['駅前', 'かふえ']);
    expect(tokenize('駅前　カフェ')).toEqual(['駅前', 'かふえ']);
  });

  it('splits on Japanese and ASCII punctuation', () => {
    expect(tokenize('畑の手入れ（午前のみ）、清掃・「本」／PC,IT')).toEqual(['畑の手入れ', '午前のみ', '清掃', '本', 'pc', 'it']);
  });

  it('keeps a word whole when the long-vowel mark is inside it', () => {
    expect(tokenize('コーヒー ボードゲーム')).toEqual(['こひ', 'ぼどげむ']);
  });

  it('returns nothing for blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' 、。・ ')).toEqual([]);
  });
});
