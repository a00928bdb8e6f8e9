/**
 * The labelled search queries behind recall@10, and the "needle" openings they look for.
 *
 * Labels must stay true whatever the synthetic generator produces, so they come in two kinds:
 * - needles: hand-written openings about things the generator never makes (陶芸, ドローン, DTP…),
 *   planted into every benchmark catalog. Each names its marker words; the benchmark refuses to
 *   run if a generated opening ever contains one, because the label "only the needle is
 *   relevant" would then be false.
 * - rules: what a person typing the query would accept, as plain substring tests on the
 *   listing as written (title, tags, description, host name): のうえん is answered by farms,
 *   PC by anything about パソコン. The rules are written by hand and never use our normalizer.
 *
 * Every query is typed the way people really type: in hiragana for a katakana word, half-width,
 * full-width, one character wrong, a synonym, a kana reading of a kanji word, two words.
 */
import type { Step } from '../../src/domain/types';
import type { DemoOpportunity } from '../../seed/demo/types';

export type Needle = {
  key: string;
  title: string;
  tags: string[];
  description: string;
  kind: DemoOpportunity['kind'];
  step: Step;
  /** Words that only this needle may contain in the whole catalog. */
  markers: string[];
};

export const NEEDLES: readonly Needle[] = [
  {
    key: 'pottery',
    title: '陶芸工房での作陶体験（土曜午後）',
    tags: ['陶芸', 'ものづくり', '静か'],
    kind: 'work_experience',
    step: 3,
    description: '陶芸工房で、ろくろや手びねりで器を作ります。土に触れながら、黙々と自分のペースで取り組めます。',
    markers: ['陶芸', '焼き物', '陶器', '粘土'],
  },
  {
    key: 'woodwork',
    title: '木工所での椅子の修理体験',
    tags: ['木工', '修理', 'ものづくり'],
    kind: 'work_experience',
    step: 3,
    description: '木工所で、傷んだ椅子や棚を直します。のこぎりやかんなの使い方は職人が教えます。',
    markers: ['木工', '大工', '修理', '修繕', '工具', 'DIY'],
  },
  {
    key: 'calligraphy',
    title: '書道サロン（水曜午前）',
    tags: ['書道', '居場所', '静か'],
    kind: 'ibasho',
    step: 1,
    description: '公民館の和室で、筆と墨で好きな言葉を書きます。お手本があるので初めてでも大丈夫です。',
    markers: ['書道', '習字', '筆'],
  },
  {
    key: 'sign',
    title: '手話サークルの交流会',
    tags: ['手話', '交流'],
    kind: 'ibasho',
    step: 2,
    description: '聞こえない人と聞こえる人が一緒に、簡単な手話であいさつや自己紹介をします。',
    markers: ['手話'],
  },
  {
    key: 'programming',
    title: 'NPOの教室でのプログラミング講座',
    tags: ['プログラミング', '講座', '若者'],
    kind: 'learning',
    step: 2,
    description: '小さなゲームを作りながらプログラミングの基本を学びます。少人数で、質問はチャットでもできます。',
    markers: ['プログラミング', 'コーディング'],
  },
  {
    key: 'drone',
    title: '河川敷でのドローン撮影ボランティア',
    tags: ['ドローン', '撮影', '屋外'],
    kind: 'volunteer',
    step: 3,
    description: '地域のイベントの様子をドローンで空から撮影します。操縦は経験者が付いて練習から始めます。',
    markers: ['ドローン', '撮影'],
  },
  {
    key: 'aroma',
    title: 'アロマオイルの瓶詰め作業',
    tags: ['アロマ', '瓶詰め', '手作業'],
    kind: 'intermediate_work',
    step: 4,
    description: '香りのよいアロマオイルを小瓶に詰め、ラベルを貼ります。静かな作業室で座ってできます。',
    markers: ['アロマ'],
  },
  {
    key: 'kendama',
    title: 'けん玉の会（日曜午前）',
    tags: ['けん玉', '遊び'],
    kind: 'ibasho',
    step: 1,
    description: '集会所で、けん玉やこまで遊びます。できなくても見ているだけで大丈夫です。',
    markers: ['けん玉'],
  },
  {
    key: 'dtp',
    title: 'DTPでのチラシ作成補助',
    tags: ['DTP', 'デザイン', '在宅'],
    kind: 'intermediate_work',
    step: 4,
    description: '地域の催しのチラシを、DTPソフトで見本どおりに組みます。自宅から参加でき、電話はありません。',
    markers: ['DTP', 'チラシ作成'],
  },
  {
    key: 'railway',
    title: '鉄道模型の運転会',
    tags: ['鉄道模型', '交流'],
    kind: 'ibasho',
    step: 1,
    description: '公民館に線路を広げて、持ち寄った鉄道模型を走らせます。眺めるだけの参加も歓迎です。',
    markers: ['鉄道', '電車', '乗り物'],
  },
  {
    key: 'bees',
    title: 'みつばち農家での養蜂体験',
    tags: ['養蜂', 'はちみつ', '屋外'],
    kind: 'work_experience',
    step: 3,
    description: '巣箱の見回りや、はちみつの瓶詰めを手伝います。防護服は貸し出します。',
    markers: ['養蜂', 'はちみつ', 'みつばち'],
  },
  {
    key: 'soba',
    title: 'そば打ち道場での調理補助',
    tags: ['そば打ち', '調理'],
    kind: 'work_experience',
    step: 3,
    description: 'そば打ち道場で、そば粉を量り、打ち台を片付けます。お客さんの前には出ない裏方の仕事です。',
    markers: ['そば打ち', 'そば粉'],
  },
  {
    key: 'bonsai',
    title: '盆栽園での水やりと手入れ',
    tags: ['盆栽', '植木'],
    kind: 'volunteer',
    step: 3,
    description: '盆栽園で、朝の水やりと落ち葉の掃除をします。慣れてきたら剪定も教わります。',
    markers: ['盆栽'],
  },
  {
    key: 'shamisen',
    title: '三味線教室のお手伝い',
    tags: ['三味線', '音楽'],
    kind: 'volunteer',
    step: 2,
    description: '三味線教室で、譜面台を並べたりお茶を出したりします。演奏を聴きながら過ごせます。',
    markers: ['三味線', '音楽'],
  },
  {
    key: 'secondhand-books',
    title: '駅前の古本屋での値付け作業',
    tags: ['古本', '値付け', '静か'],
    kind: 'intermediate_work',
    step: 4,
    description: '駅前の古本屋の奥で、買い取った本をきれいにして値札を付けます。話しかけられることはほとんどありません。',
    markers: ['古本'],
  },
];

export type QueryCase = 'exact' | 'kana' | 'width' | 'typo' | 'synonym' | 'reading' | 'multi-word';

/** Who is relevant: the named needles, or openings whose text holds any / all of the words. */
export type Relevance = { needles: string[] } | { anyOf: string[] } | { allOf: string[] };

export type LabelledQuery = { q: string; case: QueryCase; relevant: Relevance };

export const QUERIES: readonly LabelledQuery[] = [
  { q: '陶芸', case: 'exact', relevant: { needles: ['pottery'] } },
  { q: 'とうげい', case: 'reading', relevant: { needles: ['pottery'] } },
  { q: 'やきもの', case: 'synonym', relevant: { needles: ['pottery'] } },
  { q: 'トウゲイ', case: 'kana', relevant: { needles: ['pottery'] } },
  { q: '陶芸 静か', case: 'multi-word', relevant: { needles: ['pottery'] } },
  { q: '木工', case: 'exact', relevant: { needles: ['woodwork'] } },
  { q: '日曜大工', case: 'synonym', relevant: { needles: ['woodwork'] } },
  { q: 'しょどう', case: 'reading', relevant: { needles: ['calligraphy'] } },
  { q: '習字', case: 'synonym', relevant: { needles: ['calligraphy'] } },
  { q: 'しゅわ', case: 'reading', relevant: { needles: ['sign'] } },
  { q: 'プログラミング', case: 'exact', relevant: { needles: ['programming'] } },
  { q: 'ぷろぐらみんぐ', case: 'kana', relevant: { needles: ['programming'] } },
  { q: 'ﾌﾟﾛｸﾞﾗﾐﾝｸﾞ', case: 'width', relevant: { needles: ['programming'] } },
  { q: 'プログラミソグ', case: 'typo', relevant: { needles: ['programming'] } },
  { q: 'ドローン', case: 'exact', relevant: { needles: ['drone'] } },
  { q: 'どろーん', case: 'kana', relevant: { needles: ['drone'] } },
  { q: 'ドローソ', case: 'typo', relevant: { needles: ['drone'] } },
  { q: 'ｱﾛﾏ', case: 'width', relevant: { needles: ['aroma'] } },
  { q: 'あろま', case: 'kana', relevant: { needles: ['aroma'] } },
  { q: 'ケン玉', case: 'kana', relevant: { needles: ['kendama'] } },
  { q: 'ＤＴＰ', case: 'width', relevant: { needles: ['dtp'] } },
  { q: 'dtp', case: 'width', relevant: { needles: ['dtp'] } },
  { q: 'てつどう', case: 'reading', relevant: { needles: ['railway'] } },
  { q: '養蜂', case: 'exact', relevant: { needles: ['bees'] } },
  { q: 'ハチミツ', case: 'kana', relevant: { needles: ['bees'] } },
  { q: 'そば打ち', case: 'exact', relevant: { needles: ['soba'] } },
  { q: '盆栽', case: 'exact', relevant: { needles: ['bonsai'] } },
  { q: '三味線', case: 'exact', relevant: { needles: ['shamisen'] } },
  { q: '駅前 古本', case: 'multi-word', relevant: { needles: ['secondhand-books'] } },
  { q: 'PC', case: 'synonym', relevant: { anyOf: ['パソコン', 'データ入力'] } },
  { q: 'コンピューター', case: 'synonym', relevant: { anyOf: ['パソコン', 'データ入力'] } },
  { q: 'パソコソ', case: 'typo', relevant: { anyOf: ['パソコン'] } },
  { q: 'ﾊﾟｿｺﾝ', case: 'width', relevant: { anyOf: ['パソコン'] } },
  { q: 'のうえん', case: 'reading', relevant: { anyOf: ['農園', '農作業', '畑'] } },
  { q: '土いじり', case: 'synonym', relevant: { anyOf: ['農作業', '農園', '畑', '野菜'] } },
  { q: 'かふぇ', case: 'kana', relevant: { anyOf: ['カフェ'] } },
  { q: 'ｶﾌｪ', case: 'width', relevant: { anyOf: ['カフェ'] } },
  { q: '喫茶', case: 'synonym', relevant: { anyOf: ['喫茶', 'カフェ'] } },
  { q: '駅前 カフェ', case: 'multi-word', relevant: { allOf: ['駅前', 'カフェ'] } },
  { q: 'お寺 静か', case: 'multi-word', relevant: { allOf: ['お寺', '静か'] } },
  { q: 'ポスティンク', case: 'typo', relevant: { anyOf: ['ポスティング'] } },
  { q: 'ねこ', case: 'reading', relevant: { anyOf: ['猫'] } },
  { q: 'せいそう', case: 'reading', relevant: { anyOf: ['清掃'] } },
  { q: 'ﾎﾞｰﾄﾞｹﾞｰﾑ', case: 'width', relevant: { anyOf: ['ボードゲーム'] } },
  { q: '梱包', case: 'exact', relevant: { anyOf: ['梱包'] } },
];
