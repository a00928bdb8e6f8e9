import { describe, expect, it } from 'vitest';
import { HOST_RETENTION_CHECKPOINT_DAY } from '../../../src/config';
import { matchProfile, prepareCatalog } from '../../../src/domain/matching/match';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile } from '../../../src/domain/types';
import { makeOpportunity, makeProfile } from './fixtures';
import { anArea } from '../../support/city';

const synonyms = loadSynonyms([
  ['農作業', '農業', '畑', '土いじり'],
  ['パソコン', 'PC', 'コンピュータ'],
]);
const now = new Date('2026-06-01T10:00:00+09:00');

function ranked(profile: Profile, opportunities: MatchableOpportunity[], retention = new Map<string, HostRetention>()) {
  return matchProfile(profile, prepareCatalog(opportunities, synonyms), { now, limit: 50, includeExcluded: false, retention }).items;
}

describe('matching: ranking', () => {
  it('puts the farm task first for someone who likes 土いじり, and says why', () => {
    const cafe = makeOpportunity({ id: 'a-cafe', title: 'カフェの仕込み', tags: ['調理', '屋内'] });
    const farm = makeOpportunity({ id: 'b-farm', title: '畑の手入れ', tags: ['農作業', '屋外'] });
    const items = ranked(makeProfile({ interests: ['土いじり'] }), [cafe, farm]);
    expect(items.map((i) => i.opportunityId)).toEqual(['b-farm', 'a-cafe']);
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
    expect(items[0]!.reasons.filter((r) => r.code === 'interest')).toHaveLength(1);
    expect(items[1]!.reasons.some((r) => r.code === 'interest')).toBe(false);
  });

  it('finds an interest written differently (ぱそこん, ＰＣ)', () => {
    const pc = makeOpportunity({ id: 'pc', title: 'データ入力', tags: ['パソコン'] });
    const other = makeOpportunity({ id: 'aa', title: '袋詰め', tags: ['軽作業'] });
    expect(ranked(makeProfile({ interests: ['ＰＣ'] }), [other, pc])[0]!.opportunityId).toBe('pc');
  });

  it('offers a step-2 person openings at step 2 or 3 before step-1 ones', () => {
    const opportunities = [
      makeOpportunity({ id: 'a-step1', step: 1 }),
      makeOpportunity({ id: 'b-step2', step: 2 }),
      makeOpportunity({ id: 'c-step3', step: 3 }),
      makeOpportunity({ id: 'd-step1', step: 1 }),
    ];
    const order = ranked(makeProfile({ step: 2 }), opportunities).map((i) => i.opportunityId);
    expect(order.slice(0, 2).sort()).toEqual(['b-step2', 'c-step3']);
    expect(order.slice(2).sort()).toEqual(['a-step1', 'd-step1']);
  });

  it('lets the shorter trip win when everything else is equal', () => {
    const home = { area: anArea, lat: 35.85, lng: 139.9 };
    const near = makeOpportunity({ id: 'z-near', location: { area: anArea, lat: 35.853, lng: 139.9, online: false } });
    const far = makeOpportunity({ id: 'a-far', location: { area: anArea, lat: 35.865, lng: 139.9, online: false } });
    const items = ranked(makeProfile({ home, travel: { modes: ['walk'], maxMinutes: 60 } }), [far, near]);
    expect(items.map((i) => i.opportunityId)).toEqual(['z-near', 'a-far']);
    expect(items[0]!.travelMinutes!).toBeLessThan(items[1]!.travelMinutes!);
  });

  it('breaks a full tie by shorter travel, then by id, so the order never wobbles', () => {
    const home = { area: anArea, lat: 35.85, lng: 139.9 };
    const at = (id: string, lat: number) => makeOpportunity({ id, location: { area: anArea, lat, lng: 139.9, online: false } });
    // A long limit keeps both trips' credit equal after rounding; only travel minutes differ.
    const person = makeProfile({ home, travel: { modes: ['walk'], maxMinutes: 100_000 } });
    const items = ranked(person, [at('b', 35.8501), at('a', 35.8501), at('c', 35.8515)]);
    expect(items.map((i) => i.score)).toEqual([items[0]!.score, items[0]!.score, items[0]!.score]);
    expect(items.map((i) => i.opportunityId)).toEqual(['a', 'b', 'c']);
  });

  it('prefers more support beyond what the person needs', () => {
    const bare = makeOpportunity({ id: 'a-bare', support: ['accompaniment'] });
    const generous = makeOpportunity({ id: 'b-generous', support: ['accompaniment', 'trial_visit', 'quiet_space'] });
    const items = ranked(makeProfile({ needs: ['accompaniment'] }), [bare, generous]);
    expect(items[0]!.opportunityId).toBe('b-generous');
    expect(items[0]!.reasons).toContainEqual({
      code: 'support',
      message: '必要な支援に加えて、「見学・お試し参加」「静かに休める場所」があります',
    });
  });

  it('prefers the opening that shares more hours with the person', () => {
    const person = makeProfile({ availability: [{ day: 'tue', start: '09:00', end: '17:00' }] });
    const short = makeOpportunity({ id: 'a-short', schedule: [{ day: 'tue', start: '09:00', end: '10:00' }] });
    const long = makeOpportunity({ id: 'b-long', schedule: [{ day: 'tue', start: '09:00', end: '13:00' }] });
    expect(ranked(person, [short, long]).map((i) => i.opportunityId)).toEqual(['b-long', 'a-short']);
  });

  it("trusts a host's long record of keeping people more than one lucky placement", () => {
    const lucky = makeOpportunity({ id: 'a-lucky', hostId: 'host-lucky' });
    const steady = makeOpportunity({ id: 'b-steady', hostId: 'host-steady' });
    const retention = new Map<string, HostRetention>([
      ['host-lucky', { eligible: 1, retained: 1 }],
      ['host-steady', { eligible: 40, retained: 36 }],
    ]);
    const items = ranked(makeProfile(), [lucky, steady], retention);
    expect(items.map((i) => i.opportunityId)).toEqual(['b-steady', 'a-lucky']);
    expect(items[0]!.reasons).toContainEqual({
      code: 'retention',
      message: `これまでにつないだ40人のうち36人が${HOST_RETENTION_CHECKPOINT_DAY}日以上続いています`,
    });
  });

  it('counts a slot the person can attend whole above one they would leave early', () => {
    const person = makeProfile({ availability: [{ day: 'tue', start: '09:00', end: '12:00' }] });
    const early = makeOpportunity({ id: 'a-early', schedule: [{ day: 'tue', start: '09:00', end: '13:00' }] });
    const whole = makeOpportunity({ id: 'b-whole', schedule: [{ day: 'tue', start: '10:00', end: '12:00' }] });
    const items = ranked(person, [early, whole]);
    expect(items.map((i) => i.opportunityId)).toEqual(['b-whole', 'a-early']);
    expect(items[1]!.reasons.find((r) => r.code === 'schedule')?.message).toContain('終わりの時刻までは参加できない');
  });

  it('weighs a one-hour window against a long trip there and back', () => {
    const home = { area: anArea, lat: 35.85, lng: 139.9 };
    const far = { area: anArea, lat: 35.88, lng: 139.9, online: false };
    const person = makeProfile({
      home,
      travel: { modes: ['walk'], maxMinutes: 60 },
      availability: [
        { day: 'tue', start: '09:00', end: '10:00' },
        { day: 'wed', start: '09:00', end: '10:00' },
      ],
    });
    const shortVisit = makeOpportunity({
      id: 'a-short',
      location: far,
      schedule: [
        { day: 'tue', start: '09:00', end: '10:00' },
        { day: 'wed', start: '09:00', end: '10:00' },
      ],
    });
    const [item] = ranked(person, [shortVisit]);
    expect(item!.reasons.find((r) => r.code === 'schedule')?.message).toContain('往復の移動のほうが長く');
  });

  it('ranks paid openings higher only for a person who wants income, and still lists unpaid ones', () => {
    const unpaid = makeOpportunity({ id: 'a-unpaid', pay: 'none' });
    const paid = makeOpportunity({ id: 'b-paid', pay: 'wage' });
    const wantsIncome = makeProfile({ preferences: { pay: 'paid' } });
    expect(ranked(wantsIncome, [unpaid, paid]).map((i) => i.opportunityId)).toEqual(['b-paid', 'a-unpaid']);
    const either = ranked(makeProfile(), [unpaid, paid]);
    expect(either[0]!.score).toBe(either[1]!.score);
  });

  it("ranks a host that understands the person's circumstances higher, without naming them", () => {
    const other = makeOpportunity({ id: 'a-other', hostUnderstanding: ['elderly'] });
    const understanding = makeOpportunity({ id: 'b-understanding', hostUnderstanding: ['care_leavers', 'youth'] });
    const items = ranked(makeProfile({ circumstances: ['care_leavers'] }), [other, understanding]);
    expect(items.map((i) => i.opportunityId)).toEqual(['b-understanding', 'a-other']);
    expect(items[0]!.reasons.find((r) => r.code === 'understanding')?.message).not.toMatch(/養護|care/);
  });

  it('offers the same step first, then one step up, then lighter steps', () => {
    const opportunities = [
      makeOpportunity({ id: 'a-up', step: 3 }),
      makeOpportunity({ id: 'b-below', step: 1 }),
      makeOpportunity({ id: 'c-same', step: 2 }),
    ];
    expect(ranked(makeProfile({ step: 2 }), opportunities).map((i) => i.opportunityId)).toEqual(['c-same', 'a-up', 'b-below']);
  });

  it('explains every part that adds to the score, biggest first', () => {
    const opportunity = makeOpportunity({ tags: ['農作業'], support: ['trial_visit'], location: { area: anArea, online: true } });
    const [item] = ranked(makeProfile({ interests: ['土いじり'], step: 2 }), [opportunity]);
    // No record of keeping people yet: nothing is said about it, and it adds nothing.
    expect(item!.reasons.map((r) => r.code)).toEqual(['step', 'interest', 'travel', 'schedule', 'support']);
    expect(item!.reasons).toContainEqual({ code: 'interest', message: '「土いじり」が「農作業」に合います' });
    expect(item!.reasons).toContainEqual({ code: 'travel', message: 'オンラインで参加できます' });
    expect(item!.score).toBeGreaterThan(0);
    expect(item!.score).toBeLessThanOrEqual(1);
  });
});
