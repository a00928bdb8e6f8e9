import { describe, expect, it } from 'vitest';
import searchPhraseData from '../../../src/config/search-phrases.json';
import synonymData from '../../../src/config/synonyms.json';
import type { CatalogDocument } from '../../../src/domain/search/catalog-search';
import { loadQueryVocabulary } from '../../../src/domain/search/query-parser';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { Day, Slot } from '../../../src/domain/types';
import { SEARCH_INDEX_ORIGINS } from '../../support/search';

/**
 * What a support worker types into the search box, and what they expect to see: a fixed catalog of
 * twenty listings, the real synonym and phrase data, and for each everyday query the listings that
 * must come first (in any order among themselves) and those that must never be shown.
 */

const hosts = {
  library: { hostName: '流山市立中央図書館', hostNameKana: 'ながれやましりつちゅうおうとしょかん', hostUnderstanding: [] },
  cafe: { hostName: 'ひだまりカフェ', hostNameKana: 'ひだまりかふぇ', hostUnderstanding: ['hikikomori'] },
  farm: {
    hostName: 'NPO法人ながれやま畑の会',
    hostNameKana: 'えぬぴーおーほうじんながれやまはたけのかい',
    hostUnderstanding: ['hikikomori', 'mental_health'],
  },
  logistics: { hostName: '株式会社ながれ物流', hostNameKana: 'かぶしきがいしゃながれぶつりゅう', hostUnderstanding: ['developmental'] },
  call: { hostName: '株式会社東葛コールサービス', hostNameKana: 'かぶしきがいしゃとうかつこーるさーびす', hostUnderstanding: [] },
  greengrocer: { hostName: '八百屋まるやま', hostNameKana: 'やおやまるやま', hostUnderstanding: [] },
  building: { hostName: '流山ビル管理', hostNameKana: 'ながれやまびるかんり', hostUnderstanding: ['long_term_unemployed'] },
  remote: {
    hostName: '合同会社リモートワークス',
    hostNameKana: 'ごうどうがいしゃりもーとわーくす',
    hostUnderstanding: ['hikikomori', 'developmental'],
  },
  council: { hostName: '流山市社会福祉協議会', hostNameKana: 'ながれやまししゃかいふくしきょうぎかい', hostUnderstanding: ['elderly'] },
  temple: { hostName: '光明寺', hostNameKana: 'こうみょうじ', hostUnderstanding: [] },
  bicycle: { hostName: 'NPO法人くるくる', hostNameKana: 'えぬぴーおーほうじんくるくる', hostUnderstanding: ['care_leavers', 'youth'] },
  youth: {
    hostName: 'NPO法人ユースネット流山',
    hostNameKana: 'えぬぴーおーほうじんゆーすねっとながれやま',
    hostUnderstanding: ['youth', 'hikikomori'],
  },
} satisfies Record<string, Pick<CatalogDocument, 'hostName' | 'hostNameKana' | 'hostUnderstanding'>>;

const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const weekly = (days: Day[], start: string, end: string): Slot[] => days.map((day) => ({ day, start, end }));
const quiet = { groupSize: 'solo', conversation: 'none', customerFacing: false, phone: false } as const;

function listing(
  id: string,
  host: keyof typeof hosts,
  fields: Partial<CatalogDocument> & Pick<CatalogDocument, 'title' | 'schedule'>,
): CatalogDocument {
  return {
    id,
    tags: [],
    description: '',
    kind: 'volunteer',
    support: [],
    pay: 'none',
    status: 'open',
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    ...hosts[host],
    ...fields,
  };
}

const catalog: CatalogDocument[] = [
  listing('library', 'library', {
    title: '図書館の本の返却作業',
    tags: ['図書', '静か'],
    description: '返却された本を番号どおりに棚へ戻します。',
    schedule: weekly(['tue'], '10:00', '12:00'),
    environment: quiet,
    support: ['quiet_space', 'trial_visit'],
  }),
  listing('cafeFront', 'cafe', {
    title: '駅前カフェのホールスタッフ',
    kind: 'employment',
    tags: ['カフェ', '接客'],
    description: '注文を受け、飲み物を運びます。',
    schedule: weekly(['sat', 'sun'], '10:00', '15:00'),
    pay: 'wage',
    support: ['trial_visit'],
    environment: { groupSize: 'small', conversation: 'much', customerFacing: true, phone: false },
  }),
  listing('cafeBack', 'cafe', {
    title: 'カフェの洗い場と仕込み',
    kind: 'work_experience',
    tags: ['調理', '裏方'],
    description: '厨房で洗い物と野菜の下ごしらえをします。',
    schedule: weekly(['tue', 'thu'], '10:00', '13:00'),
    pay: 'allowance',
    support: ['job_coach', 'accompaniment'],
  }),
  listing('farm', 'farm', {
    title: '畑の手入れ（午前のみ）',
    kind: 'work_experience',
    tags: ['農作業', '屋外'],
    description: '草取りと水やりを少人数でします。',
    schedule: weekly(['tue'], '09:00', '12:00'),
    support: ['trial_visit', 'accompaniment', 'flexible_attendance'],
  }),
  listing('farmRest', 'farm', {
    title: '畑でひと休み',
    kind: 'ibasho',
    tags: ['居場所', '畑'],
    description: '作業小屋でお茶を飲みながら過ごします。',
    schedule: weekly(['sat'], '10:00', '12:00'),
    support: ['quiet_space', 'flexible_attendance'],
  }),
  listing('packing', 'logistics', {
    title: '封入・検品の軽作業（パート）',
    kind: 'employment',
    tags: ['軽作業', '黙々'],
    description: 'ダイレクトメールを封筒に入れ、数を確かめます。',
    schedule: weekly(WEEKDAYS, '13:00', '16:00'),
    environment: quiet,
    pay: 'wage',
    support: ['job_coach', 'short_hours'],
  }),
  listing('callCenter', 'call', {
    title: 'コールセンターの受付補助',
    kind: 'employment',
    tags: ['事務'],
    description: 'お問い合わせの受付と取り次ぎをします。',
    schedule: weekly(WEEKDAYS, '09:00', '17:00'),
    pay: 'wage',
    support: ['job_coach'],
    environment: { groupSize: 'small', conversation: 'much', customerFacing: true, phone: true },
  }),
  listing('greengrocer', 'greengrocer', {
    title: '八百屋の店頭でのレジと品出し',
    kind: 'work_experience',
    tags: ['販売', '接客'],
    description: '商店街の八百屋で野菜を並べ、会計をします。',
    schedule: weekly(['sat'], '09:00', '12:00'),
    pay: 'allowance',
    support: ['trial_visit'],
    environment: { groupSize: 'small', conversation: 'much', customerFacing: true, phone: false },
  }),
  listing('cleaning', 'building', {
    title: 'オフィスビルの清掃スタッフ',
    kind: 'employment',
    tags: ['清掃'],
    description: '始業前の事務所を掃除します。',
    schedule: weekly(['mon', 'wed', 'fri'], '06:00', '08:00'),
    environment: quiet,
    pay: 'wage',
    support: ['job_coach'],
  }),
  listing('dataEntry', 'remote', {
    title: '自宅でできるデータ入力',
    kind: 'intermediate_work',
    tags: ['パソコン', '在宅'],
    description: '見本どおりに数字を入力します。',
    schedule: weekly(WEEKDAYS, '10:00', '15:00'),
    environment: quiet,
    pay: 'wage',
    support: ['online', 'flexible_attendance'],
  }),
  listing('salon', 'council', {
    title: '公民館のおしゃべりサロン',
    kind: 'ibasho',
    tags: ['居場所', '交流'],
    description: '地域の方とお茶を飲みながら話します。',
    schedule: weekly(['wed'], '14:00', '16:00'),
    support: ['trial_visit'],
    environment: { groupSize: 'large', conversation: 'much', customerFacing: false, phone: false },
  }),
  listing('tutoring', 'council', {
    title: '子どもの学習支援',
    tags: ['学習支援', '子ども'],
    description: '小学生の宿題を見守ります。',
    schedule: weekly(['thu'], '17:00', '19:00'),
    support: ['accompaniment'],
    environment: { groupSize: 'small', conversation: 'much', customerFacing: false, phone: false },
  }),
  listing('festival', 'council', {
    title: '夏祭りの運営ボランティア',
    tags: ['イベント'],
    description: '会場の設営と案内をします。',
    schedule: weekly(['sun'], '16:00', '20:00'),
    environment: { groupSize: 'large', conversation: 'much', customerFacing: true, phone: false },
  }),
  listing('bakery', 'cafe', {
    title: 'パン工房の見学と体験',
    kind: 'work_experience',
    tags: ['パン作り'],
    description: '生地を丸める作業を2時間だけ体験します。',
    schedule: weekly(['wed'], '10:00', '12:00'),
    support: ['trial_visit', 'short_hours'],
  }),
  listing('temple', 'temple', {
    title: '境内の掃き掃除',
    tags: ['清掃', '静か', 'お寺'],
    description: '朝の境内の落ち葉を掃き集めます。',
    schedule: weekly(['sun'], '07:00', '09:00'),
    environment: quiet,
    support: ['quiet_space'],
  }),
  listing('bicycle', 'bicycle', {
    title: '自転車の再生作業',
    kind: 'intermediate_work',
    tags: ['自転車', 'ものづくり'],
    description: '放置自転車を整備して再生します。',
    schedule: weekly(['mon', 'wed'], '13:00', '17:00'),
    pay: 'allowance',
    support: ['job_coach'],
  }),
  listing('warehouse', 'logistics', {
    title: '倉庫の夜間ピッキング',
    kind: 'employment',
    tags: ['倉庫'],
    description: '伝票を見て商品を棚から集めます。',
    schedule: weekly(WEEKDAYS, '18:00', '22:00'),
    pay: 'wage',
    environment: { groupSize: 'large', conversation: 'little', customerFacing: false, phone: false },
  }),
  listing('youthSpace', 'youth', {
    title: '若者のフリースペース',
    kind: 'ibasho',
    tags: ['ゲーム', '漫画'],
    description: '好きな時間に来て、好きなことをして過ごせます。',
    schedule: weekly(['fri'], '13:00', '18:00'),
    support: ['quiet_space', 'flexible_attendance'],
  }),
  listing('pausedCafe', 'cafe', {
    title: '駅前カフェでの接客体験（休止中）',
    kind: 'work_experience',
    tags: ['カフェ', '接客'],
    description: '土曜の朝、店頭で飲み物を渡します。',
    schedule: weekly(['sat'], '10:00', '12:00'),
    pay: 'allowance',
    status: 'paused',
    support: ['job_coach'],
    environment: { groupSize: 'small', conversation: 'much', customerFacing: true, phone: false },
  }),
  listing('closedLibrary', 'library', {
    title: '図書の修理（受付終了）',
    tags: ['図書', '静か'],
    description: '傷んだ本をひとりで補修します。',
    schedule: weekly(['thu'], '10:00', '12:00'),
    environment: quiet,
    status: 'closed',
    support: ['quiet_space', 'job_coach'],
  }),
];

/** `first`: the listings that must lead the results, in any order; `never`: what must not appear. */
type Expectation = { q: string; why: string; first: string[]; never: string[] };

const CUSTOMER_FACING = ['cafeFront', 'callCenter', 'greengrocer', 'festival', 'pausedCafe'];
const QUIET_SOLO = ['library', 'packing', 'cleaning', 'dataEntry', 'temple'];
const WAGED = ['cafeFront', 'packing', 'callCenter', 'cleaning', 'dataEntry', 'warehouse'];
const JOB_COACH = ['cafeBack', 'packing', 'callCenter', 'cleaning', 'bicycle'];
const WEEKEND = ['cafeFront', 'farmRest', 'greengrocer', 'festival', 'temple'];
const LARGE = ['salon', 'festival', 'warehouse'];
const notCustomerFacing = catalog.filter((d) => d.status === 'open' && !CUSTOMER_FACING.includes(d.id)).map((d) => d.id);

const EVERYDAY: Expectation[] = [
  // Quiet places and working alone
  {
    q: '静かな所',
    why: 'listings that say 静か first, then those quiet by their fields',
    first: ['library', 'temple'],
    never: ['cafeFront', 'callCenter', 'salon', 'festival'],
  },
  { q: '静かな場所がいい', why: 'the ending がいい is dropped', first: ['library', 'temple'], never: ['cafeFront', 'salon'] },
  {
    q: 'しずかなところ',
    why: 'typed in kana, the fields still answer',
    first: [...QUIET_SOLO, 'farmRest', 'youthSpace'],
    never: ['cafeFront', 'salon', 'festival'],
  },
  { q: '一人', why: 'working alone is a group size of one', first: QUIET_SOLO, never: ['salon', 'festival', 'cafeFront', 'farm'] },
  { q: 'ひとりでできる', why: 'particle and ending around ひとり', first: QUIET_SOLO, never: ['salon', 'festival'] },
  { q: '一人作業', why: 'a compound of the vocabulary', first: QUIET_SOLO, never: ['salon'] },
  {
    q: '少人数',
    why: 'solo and small groups',
    first: catalog.filter((d) => d.status === 'open' && !LARGE.includes(d.id)).map((d) => d.id),
    never: LARGE,
  },
  { q: '静かな所 一人', why: 'both met: the ones that say 静か lead', first: ['library', 'temple'], never: ['salon', 'festival'] },
  // Negations become filters
  { q: '接客なし', why: 'the negation removes every customer-facing listing', first: notCustomerFacing, never: CUSTOMER_FACING },
  { q: '接客 なし', why: 'the negation typed apart', first: notCustomerFacing, never: CUSTOMER_FACING },
  { q: '接客しない', why: 'a verb negation', first: notCustomerFacing, never: CUSTOMER_FACING },
  { q: 'レジなし', why: 'レジ stands for customer contact', first: notCustomerFacing, never: CUSTOMER_FACING },
  { q: 'カフェ 接客なし', why: 'a word and a filter: the kitchen, not the hall', first: ['cafeBack'], never: ['cafeFront', 'pausedCafe'] },
  { q: '人と話さない', why: 'no conversation at all', first: QUIET_SOLO, never: ['cafeFront', 'salon', 'farm', 'callCenter'] },
  { q: '人と話さなくていい', why: 'the same, with なくていい', first: QUIET_SOLO, never: ['salon', 'tutoring'] },
  {
    q: '会話少なめ',
    why: 'little or no conversation, as a preference',
    first: [...QUIET_SOLO, 'cafeBack', 'farm', 'farmRest', 'bakery', 'bicycle', 'warehouse', 'youthSpace'],
    never: ['cafeFront', 'callCenter', 'salon'],
  },
  { q: '電話が苦手', why: 'a particle before the negation', first: ['library'], never: ['callCenter'] },
  {
    q: '電話対応なし バイト',
    why: 'waged jobs without the phone',
    first: ['cafeFront', 'packing', 'cleaning', 'dataEntry', 'warehouse'],
    never: ['callCenter', 'farm'],
  },
  { q: '人混みが苦手', why: 'no large groups', first: ['library'], never: LARGE },
  { q: '土日以外', why: 'no weekend slot', first: ['library', 'cafeBack', 'farm'], never: [...WEEKEND, 'pausedCafe'] },
  { q: '接客なし 土日', why: 'weekends, never at a counter', first: ['farmRest', 'temple'], never: CUSTOMER_FACING },
  { q: 'パソコンなし', why: 'a negated plain word is not searched for, so it cannot return its opposite', first: [], never: ['dataEntry'] },
  // Days and times
  { q: '土日', why: 'a slot on Saturday or Sunday', first: WEEKEND, never: ['farm', 'packing', 'library'] },
  { q: '週末だけ', why: 'another word for the weekend', first: WEEKEND, never: ['farm', 'packing'] },
  {
    q: '平日の午後',
    why: 'one slot on a weekday afternoon',
    first: ['cafeBack', 'packing', 'callCenter', 'dataEntry', 'salon', 'tutoring', 'bicycle', 'youthSpace'],
    never: ['farm', 'library', 'cafeFront', 'greengrocer', 'festival'],
  },
  {
    q: '土曜の午前',
    why: 'one slot on a Saturday morning',
    first: ['cafeFront', 'farmRest', 'greengrocer'],
    never: ['festival', 'temple', 'library'],
  },
  {
    q: '午前中',
    why: 'slots that reach into the morning',
    first: [
      'library',
      'cafeFront',
      'cafeBack',
      'farm',
      'farmRest',
      'callCenter',
      'greengrocer',
      'cleaning',
      'dataEntry',
      'bakery',
      'temple',
    ],
    never: ['packing', 'salon', 'tutoring', 'festival', 'bicycle', 'warehouse', 'youthSpace'],
  },
  {
    q: '夕方',
    why: 'slots that reach into the early evening',
    first: ['callCenter', 'tutoring', 'festival', 'bicycle', 'warehouse', 'youthSpace'],
    never: ['library', 'farm', 'cleaning', 'packing'],
  },
  { q: '早朝', why: 'before eight', first: ['cleaning', 'temple'], never: ['salon', 'library'] },
  { q: '夜', why: 'from six in the evening', first: ['tutoring', 'festival', 'warehouse'], never: ['library', 'cleaning'] },
  { q: '午前だけ 畑', why: 'both words: the morning farm listings lead', first: ['farm', 'farmRest'], never: [] },
  // Support offered
  { q: 'ジョブコーチ', why: 'every open listing offering a job coach', first: JOB_COACH, never: ['farm', 'library', 'salon'] },
  { q: 'JC', why: 'the abbreviation', first: JOB_COACH, never: ['farm'] },
  {
    q: 'ジョブコーチ 接客なし',
    why: 'a job coach, and no customers',
    first: ['cafeBack', 'packing', 'cleaning', 'bicycle'],
    never: ['callCenter', 'pausedCafe'],
  },
  {
    q: '見学できる',
    why: 'a trial visit is offered',
    first: ['library', 'cafeFront', 'farm', 'greengrocer', 'salon', 'bakery'],
    never: ['packing', 'cleaning'],
  },
  { q: '付き添い', why: 'accompaniment', first: ['cafeBack', 'farm', 'tutoring'], never: ['packing'] },
  { q: '在宅', why: 'the tag first, and online support', first: ['dataEntry'], never: ['farm', 'cafeFront'] },
  { q: '短時間', why: 'short hours', first: ['packing', 'bakery'], never: ['cafeFront', 'warehouse'] },
  { q: '自分のペース', why: 'flexible attendance', first: ['farm', 'farmRest', 'dataEntry', 'youthSpace'], never: ['callCenter'] },
  // Pay
  { q: 'バイト', why: 'waged jobs', first: WAGED, never: ['farm', 'library', 'salon', 'cafeBack'] },
  { q: 'アルバイト', why: 'the long form', first: WAGED, never: ['farm', 'salon'] },
  { q: '給料がもらえる', why: 'a wage', first: WAGED, never: ['farm', 'temple'] },
  {
    q: '有償',
    why: 'any pay: a wage or an allowance',
    first: [...WAGED, 'cafeBack', 'greengrocer', 'bicycle'],
    never: ['farm', 'library', 'salon', 'festival'],
  },
  { q: 'パート', why: 'the title says パート, then the other waged jobs', first: ['packing'], never: ['farm', 'salon'] },
  // Kinds and abbreviations
  { q: 'ボラ', why: 'short for ボランティア', first: ['festival'], never: ['cafeFront', 'packing'] },
  { q: '中間就労', why: 'short for 中間的就労', first: ['dataEntry', 'bicycle'], never: ['farm', 'cafeFront'] },
  { q: '居場所', why: 'tagged ones first, then every 居場所', first: ['farmRest', 'salon'], never: ['packing', 'callCenter'] },
  { q: '裏方', why: 'the tag first, and no customer contact anywhere', first: ['cafeBack'], never: CUSTOMER_FACING },
  // The host: reading and understanding
  { q: 'はたけのかい', why: 'the host read as it is said', first: ['farm', 'farmRest'], never: ['cafeFront'] },
  { q: 'とうかつこーる', why: 'a reading found nowhere but in nameKana', first: ['callCenter'], never: ['cafeFront'] },
  {
    q: 'ひきこもり',
    why: 'hosts that understand hikikomori',
    first: ['cafeFront', 'cafeBack', 'farm', 'farmRest', 'bakery', 'dataEntry', 'youthSpace'],
    never: ['packing', 'salon', 'cleaning'],
  },
  {
    q: '発達障害',
    why: 'hosts that understand developmental disabilities',
    first: ['packing', 'dataEntry', 'warehouse'],
    never: ['farm', 'cafeFront'],
  },
  { q: '若者', why: 'hosts that welcome young people, the title first', first: ['youthSpace'], never: ['salon', 'cleaning'] },
  // Words with phrases
  { q: '畑 静か', why: 'the farm listing that is also quiet', first: ['farmRest'], never: [] },
  { q: '図書 静か', why: 'the open library listing before the closed one', first: ['library'], never: [] },
];

describe.each(SEARCH_INDEX_ORIGINS)('search: what support workers type, the index $origin', ({ make }) => {
  const search = make(catalog, loadSynonyms(synonymData.groups), loadQueryVocabulary(searchPhraseData));
  const ids = (q: string) => search.search(q).map((hit) => hit.id);

  it('has at least forty everyday queries, negations among them', () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(40);
    expect(EVERYDAY.filter(({ q }) => /なし|ない|苦手|以外|しない/.test(q)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(EVERYDAY)('$q: $why', ({ q, first, never }) => {
    const found = ids(q);
    expect(new Set(found.slice(0, first.length))).toEqual(new Set(first));
    for (const id of never) expect(found).not.toContain(id);
  });

  it('gives the same first page whether or not a limit is asked for', () => {
    for (const { q } of EVERYDAY) expect(search.search(q, 3)).toEqual(search.search(q).slice(0, 3));
  });

  it('never ranks a paused or closed listing above an open one', () => {
    for (const { q } of EVERYDAY) {
      const statuses = search.search(q).map((hit) => catalog.find((d) => d.id === hit.id)!.status === 'open');
      expect(statuses).toEqual([...statuses].sort((a, b) => Number(b) - Number(a)));
    }
    expect(ids('図書')).toEqual(['library', 'closedLibrary']);
    expect(ids('接客体験').indexOf('pausedCafe')).toBeGreaterThan(ids('接客体験').indexOf('cafeFront'));
  });
});
