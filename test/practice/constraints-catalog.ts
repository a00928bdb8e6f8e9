import synonymData from '../../src/config/synonyms.json';
import { matchProfile, prepareCatalog, type MatchOptions, type MatchResult } from '../../src/domain/matching/match';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile } from '../../src/domain/types';

/**
 * A small fixed catalog for the hard-constraint vignettes: places in Nagareyama (invented, with
 * plausible coordinates), each written so that one rule decides whether a person can go.
 */
function opening(
  id: string,
  fields: Partial<MatchableOpportunity> & Pick<MatchableOpportunity, 'title' | 'tags' | 'schedule' | 'location'>,
): MatchableOpportunity {
  return {
    id,
    hostId: `host-${id}`,
    hostName: `${fields.title}の受け入れ先`,
    kind: 'volunteer',
    description: '',
    capacity: 3,
    filled: 0,
    step: 2,
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    support: ['trial_visit'],
    eligibility: { minAge: null, maxAge: null, genders: [] },
    status: 'open',
    pay: 'none',
    attendance: 'any',
    months: [],
    hostUnderstanding: [],
    updatedAt: '2026-11-20T09:00:00+09:00',
    confirmedAt: null,
    ...fields,
  };
}

const at = (area: string, lat: number, lng: number) => ({ area, lat, lng, online: false });

export const CONSTRAINTS_CATALOG: MatchableOpportunity[] = [
  opening('c01', {
    title: '古本のクリーニングと値付け',
    tags: ['古本', '本', '軽作業'],
    schedule: [
      { day: 'tue', start: '10:00', end: '15:00' },
      { day: 'thu', start: '10:00', end: '15:00' },
    ],
    location: at('north', 35.899, 139.9105),
    environment: { groupSize: 'small', conversation: 'none', customerFacing: false, phone: false },
  }),
  opening('c02', {
    title: '図書館の配架ボランティア',
    tags: ['図書館', '本', '配架'],
    schedule: [
      { day: 'tue', start: '10:00', end: '12:00' },
      { day: 'fri', start: '10:00', end: '12:00' },
    ],
    location: at('south', 35.84, 139.905),
  }),
  opening('c03', {
    title: '学び直し教室',
    kind: 'learning',
    description: '中学の内容から、自分のペースで学び直します。初日は支援員が同行します。',
    tags: ['学び直し', '勉強'],
    schedule: [{ day: 'wed', start: '13:00', end: '15:00' }],
    location: at('central', 35.87, 139.924),
    support: ['trial_visit', 'quiet_space'],
  }),
  opening('c04', {
    title: 'パン工房の見学と体験',
    kind: 'work_experience',
    tags: ['パン', '製菓'],
    schedule: [{ day: 'thu', start: '10:00', end: '12:00' }],
    location: at('east', 35.866, 139.943),
    step: 3,
  }),
  opening('c05', {
    title: '公民館の清掃',
    tags: ['清掃', '掃除'],
    schedule: [{ day: 'mon', start: '09:00', end: '15:00' }],
    location: at('central', 35.873, 139.927),
    support: [],
  }),
  opening('c06', {
    title: '一週間の職場体験（物流センター）',
    kind: 'work_experience',
    tags: ['職場体験', '仕分け', '軽作業'],
    schedule: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '09:00', end: '16:00' })),
    location: at('east', 35.864, 139.946),
    step: 3,
    attendance: 'all',
  }),
  opening('c07', {
    title: '夏野菜の収穫手伝い',
    tags: ['農作業', '収穫', '屋外'],
    schedule: [
      { day: 'tue', start: '08:00', end: '11:00' },
      { day: 'thu', start: '08:00', end: '11:00' },
    ],
    location: at('north', 35.905, 139.908),
    months: [7, 8, 9],
  }),
  opening('c08', {
    title: '畑の冬じたく',
    tags: ['農作業', '畑'],
    schedule: [{ day: 'wed', start: '09:00', end: '12:00' }],
    location: at('central', 35.878, 139.92),
  }),
  opening('c09', {
    title: '電話受付の補助',
    tags: ['事務', '電話'],
    schedule: [
      { day: 'tue', start: '10:00', end: '15:00' },
      { day: 'fri', start: '10:00', end: '15:00' },
    ],
    location: at('central', 35.872, 139.926),
    environment: { groupSize: 'small', conversation: 'much', customerFacing: false, phone: true },
  }),
  opening('c10', {
    title: '事務補助（封入）',
    kind: 'work_experience',
    tags: ['事務', '封入'],
    schedule: [
      { day: 'tue', start: '09:00', end: '12:00' },
      { day: 'thu', start: '09:00', end: '12:00' },
    ],
    location: at('south', 35.839, 139.906),
  }),
  opening('c11', {
    title: 'オンラインの読書会',
    kind: 'ibasho',
    tags: ['読書', '本'],
    schedule: [{ day: 'wed', start: '19:00', end: '21:00' }],
    location: { area: 'central', online: true },
    step: 1,
    support: ['online'],
  }),
  opening('c12', {
    title: 'カフェの洗い場',
    kind: 'work_experience',
    tags: ['洗い場', '飲食'],
    schedule: [{ day: 'tue', start: '09:00', end: '12:00' }],
    location: at('central', 35.8725, 139.9255),
  }),
];

const synonyms = loadSynonyms(synonymData.groups);
const prepared = prepareCatalog(CONSTRAINTS_CATALOG, synonyms);

/** A Monday in December: the summer harvest is out of season. */
export const DECEMBER = new Date('2026-12-07T10:00:00+09:00');
export const AUGUST = new Date('2026-08-04T10:00:00+09:00');

/** A person who fits most of the catalog; each vignette says what is different about them. */
export function person(overrides: Partial<Profile>): Profile {
  return {
    age: 30,
    gender: 'unspecified',
    home: { area: 'central', lat: 35.8718, lng: 139.9252 },
    travel: { modes: ['walk', 'bicycle'], maxMinutes: 30 },
    availability: [],
    interests: [],
    step: 2,
    limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    needs: [],
    ...overrides,
  };
}

export function matchVignette(profile: Profile, options: Partial<MatchOptions> = {}): MatchResult {
  return matchProfile(profile, prepared, {
    now: DECEMBER,
    limit: 20,
    includeExcluded: true,
    retention: new Map<string, HostRetention>(),
    ...options,
  });
}

export function topTitles(result: MatchResult, count = 3): string[] {
  return result.items.slice(0, count).map((item) => item.title);
}
