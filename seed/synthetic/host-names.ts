/**
 * Invented host names with their hiragana readings, built from soft name stems (ひだまり, 若葉…)
 * and the usual shapes of Japanese organization names per host type.
 */
import type { HostType } from '../../src/domain/types';
import type { Rng } from './prng';

/** A text and its reading in hiragana. */
export type Reading = readonly [text: string, kana: string];

const STEMS: readonly Reading[] = [
  ['ひだまり', 'ひだまり'],
  ['こもれび', 'こもれび'],
  ['あおぞら', 'あおぞら'],
  ['若葉', 'わかば'],
  ['みどり', 'みどり'],
  ['さくら', 'さくら'],
  ['つばさ', 'つばさ'],
  ['ほのか', 'ほのか'],
  ['せせらぎ', 'せせらぎ'],
  ['ゆうやけ', 'ゆうやけ'],
  ['かえで', 'かえで'],
  ['いずみ', 'いずみ'],
  ['虹', 'にじ'],
  ['灯', 'あかり'],
  ['結', 'ゆい'],
  ['森', 'もり'],
  ['風', 'かぜ'],
  ['ひまわり', 'ひまわり'],
  ['たんぽぽ', 'たんぽぽ'],
  ['くすのき', 'くすのき'],
  ['めぐみ', 'めぐみ'],
  ['はるかぜ', 'はるかぜ'],
];

const TEMPLE_STEMS: readonly Reading[] = [
  ['光明', 'こうみょう'],
  ['宝泉', 'ほうせん'],
  ['長福', 'ちょうふく'],
  ['西蓮', 'さいれん'],
  ['妙音', 'みょうおん'],
  ['東照', 'とうしょう'],
];

type Pattern = (stem: Reading, city: Reading) => Reading;

const PATTERNS: Record<HostType, readonly Pattern[]> = {
  npo: [
    ([s, sk], [c, ck]) => [`NPO法人${c}${s}の会`, `えぬぴーおーほうじん${ck}${sk}のかい`],
    ([s, sk]) => [`NPO法人${s}ネット`, `えぬぴーおーほうじん${sk}ねっと`],
  ],
  company: [
    ([s, sk]) => [`株式会社${s}サービス`, `かぶしきがいしゃ${sk}さーびす`],
    ([s, sk], [c, ck]) => [`${c}${s}ワークス株式会社`, `${ck}${sk}わーくすかぶしきがいしゃ`],
    ([s, sk]) => [`株式会社${s}ロジスティクス`, `かぶしきがいしゃ${sk}ろじすてぃくす`],
  ],
  shop: [
    ([s, sk]) => [`${s}ベーカリー`, `${sk}べーかりー`],
    ([s, sk]) => [`カフェ${s}`, `かふぇ${sk}`],
    ([s, sk]) => [`${s}商店`, `${sk}しょうてん`],
    ([s, sk]) => [`古書${s}堂`, `こしょ${sk}どう`],
  ],
  farm: [
    ([s, sk]) => [`${s}農園`, `${sk}のうえん`],
    ([s, sk], [c, ck]) => [`${c}${s}ファーム`, `${ck}${sk}ふぁーむ`],
    ([s, sk]) => [`${s}ナーセリー`, `${sk}なーせりー`],
  ],
  public: [
    ([s, sk], [c, ck]) => [`${c}市立${s}公民館`, `${ck}しりつ${sk}こうみんかん`],
    ([s, sk], [c, ck]) => [`${c}市${s}地域図書室`, `${ck}し${sk}ちいきとしょしつ`],
    ([s, sk], [c, ck]) => [`${c}市民活動センター${s}分室`, `${ck}しみんかつどうせんたー${sk}ぶんしつ`],
  ],
  welfare_corp: [
    ([s, sk]) => [`社会福祉法人${s}会`, `しゃかいふくしほうじん${sk}かい`],
    ([s, sk]) => [`社会福祉法人${s}福祉会`, `しゃかいふくしほうじん${sk}ふくしかい`],
  ],
  community: [
    ([s, sk]) => [`${s}ふれあいサロン`, `${sk}ふれあいさろん`],
    ([s, sk], [c, ck]) => [`${c}${s}食堂`, `${ck}${sk}しょくどう`],
    ([s, sk]) => [`${s}商店会`, `${sk}しょうてんかい`],
    ([s, sk]) => [`${s}自治会`, `${sk}じちかい`],
  ],
  other: [
    ([s, sk]) => [`一般社団法人${s}工房`, `いっぱんしゃだんほうじん${sk}こうぼう`],
    (_stem, [c, ck]) => [`${c}寺社清掃の会`, `${ck}じしゃせいそうのかい`],
  ],
};

/** `city` is the city name without 市/区 (e.g. ['柏', 'かしわ']). */
export function hostName(rng: Rng, type: HostType, city: Reading): Reading {
  if (type === 'other' && rng.chance(0.4)) {
    const [t, tk] = rng.pick(TEMPLE_STEMS);
    return [`${t}寺`, `${tk}じ`];
  }
  return rng.pick(PATTERNS[type])(rng.pick(STEMS), city);
}

const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '清水',
  '斎藤',
] as const;

const CONTACT_ROLE: Record<HostType, string> = {
  npo: '担当',
  company: '人事',
  shop: '店主',
  farm: '園主',
  public: '担当',
  welfare_corp: '生活相談員',
  community: '世話人',
  other: '代表',
};

export function contactPerson(rng: Rng, type: HostType): string {
  return `${rng.pick(SURNAMES)}（${CONTACT_ROLE[type]}）`;
}
