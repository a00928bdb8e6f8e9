/**
 * The columns of the catalog spreadsheet: one row per opening, with its host. Each column has the
 * header people see, the field of the API's input it fills (the host's or the opening's), and how
 * its cell is read and written. The template, the export and the import all use this one list.
 */
import { AREA_LABELS, AREA_REPRESENTATIVE_POINTS, AREAS, CITY, STATIONS } from '../../config';
import {
  ATTENDANCE_LABELS,
  HOST_STATUS_LABELS,
  HOST_TYPE_LABELS,
  MONTH_LABELS,
  OPPORTUNITY_KIND_LABELS,
  PAY_LABELS,
  UNDERSTANDING_LABELS,
} from '../catalog/labels';
import { CONVERSATION_LABELS, GENDER_LABELS, GROUP_SIZE_LABELS, STEP_LABELS, SUPPORT_LABELS } from '../matching/labels';
import { choice, choices, numeric, schedule, text, textList, vocabularyOf, yesNo, type CellKind } from './cells';

/** `key`: the row's ids, which say which records the row is; `host`, `opportunity`: a field of one. */
export type ColumnTarget = 'key' | 'host' | 'opportunity';

export type Column = {
  /** English name, used in error paths (`<line>.<name>`). */
  name: string;
  header: string;
  target: ColumnTarget;
  /** Dotted path of the field in the API's input (and view) of the target. */
  field: string;
  /** A file without this header cannot be imported. */
  required?: true;
  cell: CellKind;
  /** The template's example value. */
  example: string;
};

const OPPORTUNITY_STATUS_LABELS = { open: '募集中', paused: '休止中', closed: '終了' } as const;

const areas = choice(vocabularyOf(AREA_LABELS));

// The template's example row is a place of the city in force (its first area and station), so the
// template imports as it stands in every city.
const example = {
  area: AREA_LABELS[AREAS[0]]!,
  point: AREA_REPRESENTATIVE_POINTS[AREAS[0]]!,
  station: Object.keys(STATIONS)[0] ?? '',
  address: `${CITY.name}〇〇 1-2-3`,
};

export const CATALOG_COLUMNS: readonly Column[] = [
  { name: 'id', header: 'メニューID', target: 'key', field: 'id', cell: text(), example: '' },
  { name: 'externalId', header: '独自ID', target: 'opportunity', field: 'externalId', cell: text(null), example: 'M-001' },
  { name: 'hostId', header: '受け入れ先ID', target: 'key', field: 'hostId', cell: text(), example: '' },
  { name: 'hostExternalId', header: '受け入れ先の独自ID', target: 'host', field: 'externalId', cell: text(null), example: 'H-001' },
  {
    name: 'hostName',
    header: '受け入れ先名',
    target: 'host',
    field: 'name',
    required: true,
    cell: text(),
    example: 'NPO法人ながれやま畑の会',
  },
  {
    name: 'hostNameKana',
    header: '受け入れ先名（ふりがな）',
    target: 'host',
    field: 'nameKana',
    cell: text(null),
    example: 'ながれやまはたけのかい',
  },
  {
    name: 'hostType',
    header: '種別',
    target: 'host',
    field: 'type',
    required: true,
    cell: choice(vocabularyOf(HOST_TYPE_LABELS, { npo: ['NPO'], farm: ['農園', '農家'], shop: ['商店', '飲食店'] })),
    example: 'NPO法人',
  },
  { name: 'hostArea', header: '受け入れ先の地域', target: 'host', field: 'area', cell: areas, example: example.area },
  { name: 'hostAddress', header: '住所', target: 'host', field: 'address', cell: text(null), example: example.address },
  { name: 'hostContactPerson', header: '担当者', target: 'host', field: 'contact.person', cell: text(null), example: '山田' },
  { name: 'hostPhone', header: '電話番号', target: 'host', field: 'contact.phone', cell: text(null), example: '04-0000-0000' },
  { name: 'hostEmail', header: 'メール', target: 'host', field: 'contact.email', cell: text(null), example: 'info@example.jp' },
  {
    name: 'hostUnderstanding',
    header: '理解のある分野',
    target: 'host',
    field: 'understanding',
    cell: choices(vocabularyOf(UNDERSTANDING_LABELS)),
    example: 'ひきこもり、こころの不調',
  },
  {
    name: 'hostStatus',
    header: '受け入れ先の状態',
    target: 'host',
    field: 'status',
    cell: choice(vocabularyOf(HOST_STATUS_LABELS)),
    example: '受け入れ中',
  },
  {
    name: 'title',
    header: 'メニュー名',
    target: 'opportunity',
    field: 'title',
    required: true,
    cell: text(),
    example: '畑の手入れと野菜の収穫',
  },
  {
    name: 'kind',
    header: '種類',
    target: 'opportunity',
    field: 'kind',
    required: true,
    cell: choice(vocabularyOf(OPPORTUNITY_KIND_LABELS)),
    example: '就労体験',
  },
  {
    name: 'description',
    header: '内容',
    target: 'opportunity',
    field: 'description',
    cell: text(),
    example: '少人数で草取りや水やり、収穫をします。話すのが苦手でも大丈夫です',
  },
  { name: 'tags', header: 'タグ', target: 'opportunity', field: 'tags', cell: textList, example: '農作業、屋外' },
  {
    name: 'schedule',
    header: '曜日・時間',
    target: 'opportunity',
    field: 'schedule',
    cell: schedule,
    example: '火 9:00-12:00; 木 13:00-16:00',
  },
  {
    name: 'attendance',
    header: '参加のしかた',
    target: 'opportunity',
    field: 'attendance',
    cell: choice(vocabularyOf(ATTENDANCE_LABELS, { all: ['すべての回', '全回'] })),
    example: '都合のよい回に',
  },
  { name: 'months', header: '実施月', target: 'opportunity', field: 'months', cell: choices(vocabularyOf(MONTH_LABELS)), example: '' },
  { name: 'area', header: '地域', target: 'opportunity', field: 'location.area', required: true, cell: areas, example: example.area },
  {
    name: 'station',
    header: '最寄り駅',
    target: 'opportunity',
    field: 'location.station',
    cell: text(null),
    example: example.station,
  },
  {
    name: 'lat',
    header: '緯度',
    target: 'opportunity',
    field: 'location.lat',
    cell: numeric(null),
    example: String(example.point.lat),
  },
  {
    name: 'lng',
    header: '経度',
    target: 'opportunity',
    field: 'location.lng',
    cell: numeric(null),
    example: String(example.point.lng),
  },
  { name: 'online', header: 'オンライン', target: 'opportunity', field: 'location.online', cell: yesNo, example: 'いいえ' },
  { name: 'capacity', header: '定員', target: 'opportunity', field: 'capacity', required: true, cell: numeric(), example: '3' },
  {
    name: 'step',
    header: '段階',
    target: 'opportunity',
    field: 'step',
    required: true,
    cell: choice(vocabularyOf(STEP_LABELS)),
    example: 'ボランティア・就労体験',
  },
  {
    name: 'groupSize',
    header: '人数の規模',
    target: 'opportunity',
    field: 'environment.groupSize',
    required: true,
    cell: choice(vocabularyOf(GROUP_SIZE_LABELS)),
    example: '少人数',
  },
  {
    name: 'conversation',
    header: '会話',
    target: 'opportunity',
    field: 'environment.conversation',
    required: true,
    cell: choice(vocabularyOf(CONVERSATION_LABELS)),
    example: '少なめ',
  },
  {
    name: 'customerFacing',
    header: '接客',
    target: 'opportunity',
    field: 'environment.customerFacing',
    required: true,
    cell: yesNo,
    example: 'いいえ',
  },
  { name: 'phone', header: '電話応対', target: 'opportunity', field: 'environment.phone', required: true, cell: yesNo, example: 'いいえ' },
  {
    name: 'support',
    header: '支援',
    target: 'opportunity',
    field: 'support',
    example: '見学、同行',
    cell: choices(
      vocabularyOf(SUPPORT_LABELS, {
        trial_visit: ['見学', 'お試し', '体験'],
        accompaniment: ['同行'],
        quiet_space: ['休憩場所', '静かな場所'],
        online: ['オンライン'],
        flexible_attendance: ['柔軟な出席', '休みやすい'],
        short_hours: ['短時間'],
      }),
    ),
  },
  { name: 'minAge', header: '対象年齢（下限）', target: 'opportunity', field: 'eligibility.minAge', cell: numeric(null), example: '18' },
  { name: 'maxAge', header: '対象年齢（上限）', target: 'opportunity', field: 'eligibility.maxAge', cell: numeric(null), example: '' },
  {
    name: 'genders',
    header: '対象の性別',
    target: 'opportunity',
    field: 'eligibility.genders',
    cell: choices(vocabularyOf(GENDER_LABELS, { female: ['女'], male: ['男'] })),
    example: '',
  },
  {
    name: 'pay',
    header: '謝礼・賃金',
    target: 'opportunity',
    field: 'pay',
    cell: choice(vocabularyOf(PAY_LABELS, { allowance: ['謝礼', '手当'] })),
    example: '謝礼・手当',
  },
  { name: 'costYen', header: '参加費（円）', target: 'opportunity', field: 'costYen', cell: numeric(), example: '0' },
  {
    name: 'status',
    header: '募集状況',
    target: 'opportunity',
    field: 'status',
    cell: choice(vocabularyOf(OPPORTUNITY_STATUS_LABELS)),
    example: '募集中',
  },
];

/** Headers compare as people mean them: full or half width, with or without spaces. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '');
}

/** The value at a dotted path of a record shaped like the API's input or view. */
export function valueAt(record: object, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], record);
}

/** Sets (or, for `undefined`, removes) the value at a dotted path, creating the objects on the way. */
export function setValueAt(record: Record<string, unknown>, field: string, value: unknown): void {
  const keys = field.split('.');
  const last = keys.pop()!;
  let target = record;
  for (const key of keys) {
    target[key] = { ...(target[key] as Record<string, unknown> | undefined) };
    target = target[key] as Record<string, unknown>;
  }
  if (value === undefined) delete target[last];
  else target[last] = value;
}
