import synonymData from '../../src/config/synonyms.json';
import { matchProfile, prepareCatalog } from '../../src/domain/matching/match';
import type { ExcludedItem, MatchItem } from '../../src/domain/matching/types';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile, Slot, Understanding } from '../../src/domain/types';

/**
 * A small Nagareyama-like catalog (invented) that the ranking vignettes are judged against. Every
 * opening is literal and fixed: a vignette's expectation was written against exactly these.
 */

type Host = { id: string; name: string; understanding: Understanding[] };

const HOSTS = {
  meguru: { id: 'host-meguru', name: 'めぐる工房', understanding: ['hikikomori', 'long_term_unemployed'] },
  sagyosho: { id: 'host-sagyosho', name: '就労継続支援B型 ひばり作業所', understanding: ['intellectual', 'developmental'] },
  himawari: { id: 'host-himawari', name: 'ひまわり木工舎', understanding: ['elderly'] },
  minimart: { id: 'host-minimart', name: 'ミニマート豊四季店', understanding: ['long_term_unemployed'] },
  buildingCare: { id: 'host-building', name: '東部ビルメンテナンス', understanding: ['long_term_unemployed', 'mental_health'] },
  hanairo: { id: 'host-hanairo', name: 'はないろ農園', understanding: ['developmental'] },
  hidamari: { id: 'host-hidamari', name: 'ひだまりカフェ', understanding: ['hikikomori', 'youth', 'care_leavers'] },
  komorebi: { id: 'host-komorebi', name: 'こもれびベーカリー', understanding: ['intellectual', 'mental_health'] },
  kodomo: { id: 'host-kodomo', name: '南流山こども食堂', understanding: ['care_leavers', 'youth'] },
  data: { id: 'host-data', name: 'ながれデータサービス', understanding: ['developmental', 'mental_health'] },
  library: { id: 'host-library', name: '西初石地域図書室', understanding: ['hikikomori'] },
  salon: { id: 'host-salon', name: '初石ふらっとサロン', understanding: ['elderly'] },
  hatake: { id: 'host-hatake', name: '市野谷はたけの会', understanding: ['hikikomori', 'mental_health', 'long_term_unemployed'] },
  jichikai: { id: 'host-jichikai', name: '東部自治会', understanding: [] },
} satisfies Record<string, Host>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export function weekly(days: readonly Slot['day'][], start: string, end: string): Slot[] {
  return days.map((day) => ({ day, start, end }));
}

type Listing = Omit<
  MatchableOpportunity,
  | 'hostId'
  | 'hostName'
  | 'hostUnderstanding'
  | 'location'
  | 'capacity'
  | 'filled'
  | 'eligibility'
  | 'status'
  | 'updatedAt'
  | 'confirmedAt'
  | 'attendance'
  | 'months'
  | 'environment'
> & {
  host: Host;
  at: { area: string; lat: number; lng: number } | 'online';
  environment?: Partial<MatchableOpportunity['environment']>;
};

function listing({ host, at, environment, ...rest }: Listing): MatchableOpportunity {
  return {
    ...rest,
    hostId: host.id,
    hostName: host.name,
    hostUnderstanding: host.understanding,
    location: at === 'online' ? { area: 'central', online: true } : { ...at, online: false },
    capacity: 3,
    filled: 0,
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false, ...environment },
    eligibility: { minAge: 15, maxAge: null, genders: [] },
    status: 'open',
    attendance: 'any',
    months: [],
    updatedAt: '2026-05-10T09:00:00+09:00',
    confirmedAt: null,
  };
}

const EAST_WORKSHOP = { area: 'east', lat: 35.856, lng: 139.953 };
const EAST_OFFICE = { area: 'east', lat: 35.87, lng: 139.939 };
const EAST_SHOP = { area: 'east', lat: 35.854, lng: 139.942 };
const EAST_BUILDING = { area: 'east', lat: 35.86, lng: 139.95 };
const EAST_PARK = { area: 'east', lat: 35.8535, lng: 139.9445 };
const NURSERY = { area: 'east', lat: 35.847, lng: 139.95 };
const SOUTH_CAFE = { area: 'south', lat: 35.839, lng: 139.906 };
const SOUTH_BAKERY = { area: 'south', lat: 35.851, lng: 139.91 };
const SOUTH_KITCHEN = { area: 'south', lat: 35.855, lng: 139.905 };
const CENTRAL_OFFICE = { area: 'central', lat: 35.8735, lng: 139.9262 };
const CENTRAL_LIBRARY = { area: 'central', lat: 35.862, lng: 139.912 };
const CENTRAL_SALON = { area: 'central', lat: 35.864, lng: 139.915 };
const CENTRAL_FARM = { area: 'central', lat: 35.876, lng: 139.933 };
const CENTRAL_WOODSHOP = { area: 'central', lat: 35.8745, lng: 139.936 };

export const CATALOG: MatchableOpportunity[] = [
  listing({
    id: 'bike-repair',
    host: HOSTS.meguru,
    at: EAST_WORKSHOP,
    title: '自転車の再生作業（職場体験）',
    kind: 'work_experience',
    step: 3,
    description: '放置自転車を分解して磨き、ブレーキやチェーンを整えて再生します。工具の使い方は工房長が教えます。',
    tags: ['自転車', '修理', '工具', 'ものづくり'],
    schedule: weekly(['mon', 'wed'], '10:00', '15:00'),
    support: ['trial_visit', 'job_coach'],
    pay: 'none',
  }),
  listing({
    id: 'clothes-sorting',
    host: HOSTS.meguru,
    at: EAST_WORKSHOP,
    title: '寄付衣類の仕分けと値札付け（中間的就労）',
    kind: 'intermediate_work',
    step: 4,
    description: '寄付された衣類を種類とサイズで分け、値札を付けます。ひとりで黙々とできる作業で、作業時間に応じた工賃があります。',
    tags: ['仕分け', '衣類', '軽作業', 'リサイクル'],
    schedule: weekly(['tue', 'thu', 'fri'], '10:00', '14:00'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['job_coach', 'short_hours', 'flexible_attendance'],
    pay: 'allowance',
  }),
  listing({
    id: 'envelope',
    host: HOSTS.sagyosho,
    at: EAST_OFFICE,
    title: '封入・検品の軽作業',
    kind: 'work_experience',
    step: 3,
    description: 'ダイレクトメールの封入と、部品の数をかぞえる検品をします。座ってできる作業です。',
    tags: ['軽作業', '封入', '検品'],
    schedule: weekly(WEEKDAYS, '09:00', '16:00'),
    support: ['trial_visit', 'job_coach', 'quiet_space', 'flexible_attendance', 'short_hours'],
    pay: 'none',
  }),
  listing({
    id: 'furniture',
    host: HOSTS.himawari,
    at: CENTRAL_WOODSHOP,
    title: '家具のやすりがけと塗装',
    kind: 'volunteer',
    step: 3,
    description: '古い椅子やたんすにやすりをかけ、ペンキを塗り直します。汚れてもよい服で参加してください。',
    tags: ['ものづくり', '木工', 'DIY'],
    schedule: [
      { day: 'wed', start: '10:00', end: '15:00' },
      { day: 'sat', start: '13:00', end: '16:00' },
    ],
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['trial_visit'],
    pay: 'none',
  }),
  listing({
    id: 'early-shelf',
    host: HOSTS.minimart,
    at: EAST_SHOP,
    title: '開店前の品出し（パート）',
    kind: 'employment',
    step: 5,
    description: '朝の納品を棚に並べるパートです。開店前の作業なので、お客さんと話すことはありません。',
    tags: ['品出し', '早朝', 'パート'],
    schedule: weekly(WEEKDAYS, '06:00', '09:00'),
    support: ['trial_visit', 'short_hours'],
    pay: 'wage',
  }),
  listing({
    id: 'building-cleaning',
    host: HOSTS.buildingCare,
    at: EAST_BUILDING,
    title: '駅前ビルの朝の清掃（パート）',
    kind: 'employment',
    step: 5,
    description: 'ビルの共用部を、開店前に掃除機とモップで掃除します。ひとりで担当のフロアを受け持ちます。',
    tags: ['清掃', 'ビル清掃', 'パート'],
    schedule: weekly(WEEKDAYS, '06:30', '08:30'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['short_hours'],
    pay: 'wage',
  }),
  listing({
    id: 'nursery-water',
    host: HOSTS.hanairo,
    at: NURSERY,
    title: 'ハウスの水やり（朝の短時間）',
    kind: 'intermediate_work',
    step: 4,
    description: '朝いちばんにハウスの苗へ水をやる、1時間半の仕事です。決めた曜日に来てもらえれば大丈夫です。',
    tags: ['園芸', '水やり', '早朝', '花'],
    schedule: weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '07:30', '09:00'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['short_hours', 'flexible_attendance'],
    pay: 'allowance',
  }),
  listing({
    id: 'nursery-pots',
    host: HOSTS.hanairo,
    at: NURSERY,
    title: '花苗のポット詰め',
    kind: 'work_experience',
    step: 3,
    description: 'ビニールハウスの中で、土をポットに詰めて花の苗を植え替えます。手順が決まっていて、覚えやすい作業です。',
    tags: ['園芸', '花', '軽作業'],
    schedule: weekly(['mon', 'tue'], '09:00', '12:00'),
    environment: { conversation: 'none' },
    support: ['trial_visit', 'job_coach'],
    pay: 'none',
  }),
  listing({
    id: 'park-cleanup',
    host: HOSTS.jichikai,
    at: EAST_PARK,
    title: '公園の朝のごみ拾い',
    kind: 'volunteer',
    step: 2,
    description: '自治会の仲間と、公園のごみを拾って歩きます。来られる日だけで大丈夫です。',
    tags: ['ごみ拾い', '屋外', '地域活動'],
    schedule: weekly(['mon', 'thu'], '07:00', '08:30'),
    support: ['trial_visit', 'short_hours', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'harvest-job',
    host: HOSTS.hanairo,
    at: NURSERY,
    title: '農園アルバイト（収穫・出荷）',
    kind: 'employment',
    step: 5,
    description: '収穫、洗浄、箱詰め、出荷までを担当するアルバイトです。時給制で、週2日から相談できます。',
    tags: ['農作業', '出荷', 'アルバイト'],
    schedule: weekly(['tue', 'wed', 'thu', 'fri'], '08:00', '12:00'),
    support: ['trial_visit', 'short_hours'],
    pay: 'wage',
  }),
  listing({
    id: 'cafe-dishes',
    host: HOSTS.hidamari,
    at: SOUTH_CAFE,
    title: 'カフェの洗い場と仕込み（裏方）',
    kind: 'work_experience',
    step: 3,
    description: 'お客さんと顔を合わせない厨房で、洗い物や野菜の下ごしらえをします。スタッフが横について手順を一つずつ伝えます。',
    tags: ['調理', '洗い物', '裏方', 'カフェ'],
    schedule: weekly(['tue', 'thu'], '10:00', '13:00'),
    support: ['trial_visit', 'job_coach', 'short_hours'],
    pay: 'none',
  }),
  listing({
    id: 'cafe-service',
    host: HOSTS.hidamari,
    at: SOUTH_CAFE,
    title: 'カフェの接客体験（午後）',
    kind: 'work_experience',
    step: 3,
    description: '注文を聞いて飲み物を運び、テーブルを片付けます。常連さんが多い落ち着いた店です。交通費程度の謝礼があります。',
    tags: ['接客', 'カフェ', '配膳'],
    schedule: weekly(['wed', 'sat'], '14:00', '16:00'),
    environment: { conversation: 'much', customerFacing: true },
    support: ['trial_visit', 'accompaniment', 'short_hours'],
    pay: 'allowance',
  }),
  listing({
    id: 'cafe-staff',
    host: HOSTS.hidamari,
    at: SOUTH_CAFE,
    title: 'カフェのホールスタッフ（パート）',
    kind: 'employment',
    step: 5,
    description: 'ランチタイムのホールで、注文とりと配膳をします。時給制のパートです。',
    tags: ['接客', 'カフェ', 'パート'],
    schedule: weekly(['wed', 'sat'], '11:00', '15:00'),
    environment: { groupSize: 'large', conversation: 'much', customerFacing: true },
    support: ['trial_visit'],
    pay: 'wage',
  }),
  listing({
    id: 'cafe-ibasho',
    host: HOSTS.hidamari,
    at: SOUTH_CAFE,
    title: 'ひだまりカフェの居場所タイム',
    kind: 'ibasho',
    step: 1,
    description: 'カフェの奥の席を、居場所として開けています。本や漫画、ボードゲームもあります。',
    tags: ['居場所', 'カフェ', 'ボードゲーム'],
    schedule: weekly(['mon', 'wed', 'fri'], '13:00', '17:00'),
    support: ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'bakery-trial',
    host: HOSTS.komorebi,
    at: SOUTH_BAKERY,
    title: 'パン工房の見学と体験（半日）',
    kind: 'work_experience',
    step: 3,
    description: 'パン工房の一日を見学し、できそうな作業を少しだけ体験します。支援員と一緒に来ても大丈夫です。',
    tags: ['パン', '製パン', '見学'],
    schedule: weekly(['tue'], '10:00', '12:00'),
    support: ['trial_visit', 'accompaniment', 'short_hours'],
    pay: 'none',
  }),
  listing({
    id: 'kids-kitchen',
    host: HOSTS.kodomo,
    at: SOUTH_KITCHEN,
    title: 'こども食堂の調理補助',
    kind: 'volunteer',
    step: 2,
    description: '夕方の食堂に向けて、野菜を切ったりご飯を炊いたりします。料理が好きな人を歓迎します。',
    tags: ['調理', '子ども食堂', '調理補助'],
    schedule: weekly(['wed'], '09:00', '11:30'),
    support: ['trial_visit', 'short_hours'],
    pay: 'none',
  }),
  listing({
    id: 'sewing-circle',
    host: HOSTS.salon,
    at: CENTRAL_SALON,
    title: '手芸サロン（編み物・刺しゅう）',
    kind: 'ibasho',
    step: 1,
    description: '編み物や刺しゅうをしながら、ゆっくり過ごす会です。話さずに手を動かしているだけでもかまいません。',
    tags: ['手芸', '編み物', '居場所'],
    schedule: weekly(['wed', 'fri'], '10:00', '12:00'),
    support: ['trial_visit', 'quiet_space', 'short_hours'],
    pay: 'none',
  }),
  listing({
    id: 'data-entry',
    host: HOSTS.data,
    at: CENTRAL_OFFICE,
    title: 'データ入力の職場体験（オフィス）',
    kind: 'work_experience',
    step: 3,
    description: 'アンケート用紙の内容をパソコンに入力します。仕切りのある静かな席で、電話に出ることはありません。',
    tags: ['パソコン', 'データ入力', '事務'],
    schedule: weekly(['mon', 'wed', 'fri'], '10:00', '15:00'),
    environment: { groupSize: 'solo' },
    support: ['trial_visit', 'job_coach', 'quiet_space'],
    pay: 'none',
  }),
  listing({
    id: 'scan-job',
    host: HOSTS.data,
    at: CENTRAL_OFFICE,
    title: '書類スキャン・PDF整理（パート）',
    kind: 'employment',
    step: 5,
    description: '紙の書類をスキャンして、決まったルールで名前を付けて保存します。障害者雇用枠での採用も相談できます。',
    tags: ['パソコン', 'スキャン', '事務', 'パート'],
    schedule: weekly(WEEKDAYS, '09:30', '15:30'),
    support: ['job_coach', 'trial_visit', 'quiet_space'],
    pay: 'wage',
  }),
  listing({
    id: 'shredding',
    host: HOSTS.sagyosho,
    at: EAST_OFFICE,
    title: '古紙の回収とシュレッダー作業',
    kind: 'intermediate_work',
    step: 4,
    description: '事業所から出た古紙を回収し、シュレッダーにかけて袋にまとめます。作業量に応じた工賃があります。',
    tags: ['軽作業', '古紙', 'リサイクル'],
    schedule: weekly(WEEKDAYS, '10:00', '15:00'),
    support: ['job_coach', 'quiet_space', 'short_hours'],
    pay: 'allowance',
  }),
  listing({
    id: 'library-shelving',
    host: HOSTS.library,
    at: CENTRAL_LIBRARY,
    title: '図書室の本の配架ボランティア',
    kind: 'volunteer',
    step: 2,
    description: '返却された本を、背表紙の番号どおりに棚へ戻します。ひとりで静かにできる作業です。',
    tags: ['図書', '本', '静か'],
    schedule: weekly(['tue', 'thu'], '10:00', '12:00'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['trial_visit', 'quiet_space', 'short_hours', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'picture-book-repair',
    host: HOSTS.library,
    at: CENTRAL_LIBRARY,
    title: '絵本の修理ボランティア',
    kind: 'volunteer',
    step: 3,
    description: '破れたページや外れた表紙を、専用のテープとのりで直します。やり方は司書が最初に教えます。',
    tags: ['図書', '絵本', '修理'],
    schedule: weekly(['tue', 'thu'], '13:00', '15:00'),
    environment: { conversation: 'none' },
    support: ['trial_visit', 'quiet_space', 'short_hours', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'reading-seat',
    host: HOSTS.library,
    at: CENTRAL_LIBRARY,
    title: '図書室の静かな読書席（午前）',
    kind: 'ibasho',
    step: 1,
    description: '窓ぎわの読書席を、家の外で過ごす最初の場所として使えます。受付で名前を言う必要はありません。',
    tags: ['居場所', '図書', '読書', '静か'],
    schedule: weekly(['tue', 'thu'], '10:00', '12:00'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['quiet_space', 'short_hours', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'farm-care',
    host: HOSTS.hatake,
    at: CENTRAL_FARM,
    title: '畑の手入れ（午前のみ）',
    kind: 'work_experience',
    step: 3,
    description: '畑で草取り、水やり、収穫をします。少人数で、黙々と進められる作業が中心です。',
    tags: ['農作業', '屋外', '野菜'],
    schedule: weekly(['tue'], '09:00', '12:00'),
    support: ['trial_visit', 'accompaniment', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'farm-staff',
    host: HOSTS.hatake,
    at: CENTRAL_FARM,
    title: '畑の担当スタッフ（中間的就労・週2日）',
    kind: 'intermediate_work',
    step: 4,
    description: '種まきから出荷まで、畝ひとつ分の畑を担当として受け持ちます。作業時間に応じて謝礼をお支払いします。',
    tags: ['農作業', '屋外', '野菜', '有償'],
    schedule: weekly(['tue', 'thu'], '09:00', '15:00'),
    support: ['flexible_attendance', 'short_hours', 'job_coach'],
    pay: 'allowance',
  }),
  listing({
    id: 'farm-rest',
    host: HOSTS.hatake,
    at: CENTRAL_FARM,
    title: '畑でひと休み（見学・お茶だけでも）',
    kind: 'ibasho',
    step: 1,
    description: '作業小屋でお茶を飲みながら、畑を眺めて過ごす時間です。作業に加わらなくてもかまいません。',
    tags: ['居場所', '屋外', '畑'],
    schedule: weekly(['sat'], '10:00', '12:00'),
    support: ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance'],
    pay: 'none',
  }),
  listing({
    id: 'online-data',
    host: HOSTS.data,
    at: 'online',
    title: '在宅データ入力（中間的就労）',
    kind: 'intermediate_work',
    step: 4,
    description: '自宅のパソコンで、名簿や伝票のデータを入力します。作業量に応じて工賃が出ます。',
    tags: ['パソコン', 'データ入力', '在宅'],
    schedule: weekly(['tue', 'thu'], '10:00', '16:00'),
    environment: { groupSize: 'solo', conversation: 'none' },
    support: ['online', 'flexible_attendance', 'short_hours'],
    pay: 'allowance',
  }),
];

const synonyms = loadSynonyms(synonymData.groups);
const prepared = prepareCatalog(CATALOG, synonyms);
const NOW = new Date('2026-06-01T10:00:00+09:00');

/** Hosts' 90-day records: one host with a long record, one with a single placement. */
export const RETENTION = new Map<string, HostRetention>([
  [HOSTS.hatake.id, { eligible: 4, retained: 3 }],
  [HOSTS.hidamari.id, { eligible: 1, retained: 1 }],
]);

/** A person who fits most of the catalog; each vignette says what is different about them. */
export function person(overrides: Partial<Profile>): Profile {
  return {
    age: 40,
    gender: 'unspecified',
    home: { area: 'central', lat: 35.8718, lng: 139.9252 },
    travel: { modes: ['walk', 'bicycle'], maxMinutes: 30 },
    availability: weekly(WEEKDAYS, '09:00', '16:00'),
    interests: [],
    step: 3,
    limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    needs: [],
    ...overrides,
  };
}

/** What the person would be offered, best first, as the matching engine ranks the fixed catalog. */
export function matchesFor(profile: Profile): MatchItem[] {
  return matchProfile(profile, prepared, { now: NOW, limit: 50, includeExcluded: false, retention: RETENTION }).items;
}

/** What is left out for the person, with its reasons. */
export function excludedFor(profile: Profile): ExcludedItem[] {
  return matchProfile(profile, prepared, { now: NOW, limit: 50, includeExcluded: true, retention: RETENTION }).excluded;
}

export function idsOf(items: readonly MatchItem[]): string[] {
  return items.map((item) => item.opportunityId);
}
