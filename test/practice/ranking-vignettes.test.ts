import { describe, expect, it } from 'vitest';
import { HOST_RETENTION_CHECKPOINT_DAY } from '../../src/config';
import type { MatchItem } from '../../src/domain/matching/types';
import type { Profile } from '../../src/domain/types';
import { excludedFor, idsOf, matchesFor, person, weekly } from './catalog';

/**
 * How an experienced 参加支援員 would rank the fixed catalog for one person before a case
 * conference: what they would propose first, and what they would never put in the top 3 (it is
 * offered, because it breaks no hard constraint, but it is not what fits).
 */
function expectRanking(profile: Profile, expected: { first: string; notInTop3: string }): MatchItem[] {
  const items = matchesFor(profile);
  const ids = idsOf(items);
  expect(ids[0], ids.join(' > ')).toBe(expected.first);
  expect(ids, 'the one kept out of the top 3 is still offered').toContain(expected.notInTop3);
  expect(ids.slice(0, 3), ids.join(' > ')).not.toContain(expected.notInTop3);
  return items;
}

function rankOf(items: readonly MatchItem[], id: string): number {
  const at = idsOf(items).indexOf(id);
  expect(at, `${id} is offered`).toBeGreaterThanOrEqual(0);
  return at;
}

function item(items: readonly MatchItem[], id: string): MatchItem {
  return items[rankOf(items, id)]!;
}

const messages = (entry: MatchItem) => entry.reasons.map((reason) => reason.message);

const D = person({
  home: { area: 'east', lat: 35.8688, lng: 139.9372 },
  travel: { modes: ['walk', 'bicycle', 'bus'], maxMinutes: 30 },
  availability: weekly(['mon', 'wed', 'fri'], '09:00', '16:00'),
  interests: ['自転車', 'ものづくり', '軽作業'],
  step: 3,
  limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: false, avoidPhone: true },
  needs: ['job_coach'],
});

const K = person({
  home: { area: 'east', lat: 35.8521, lng: 139.9437 },
  travel: { modes: ['walk', 'bicycle', 'bus'], maxMinutes: 35 },
  availability: weekly(['mon', 'tue', 'wed', 'thu', 'fri'], '06:00', '10:00'),
  interests: ['清掃', '早朝', '掃除'],
  step: 4,
  needs: ['short_hours'],
  preferences: { pay: 'paid' },
});

const E = person({
  home: { area: 'south', lat: 35.8571, lng: 139.9041 },
  travel: { modes: ['walk', 'bicycle'], maxMinutes: 25 },
  availability: weekly(['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '12:00'),
  interests: ['料理', 'パン', '調理'],
  step: 2,
  needs: ['short_hours'],
});

const G = person({
  home: { area: 'south', lat: 35.8371, lng: 139.9012 },
  travel: { modes: ['walk', 'bicycle', 'train'], maxMinutes: 40 },
  availability: weekly(['wed', 'sat'], '10:00', '17:00'),
  interests: ['カフェ', '接客'],
  step: 3,
  limits: { maxGroupSize: 'large', maxConversation: 'much', avoidCustomerFacing: false, avoidPhone: false },
  preferences: { pay: 'paid' },
});

const I = person({
  home: { area: 'central', lat: 35.8702, lng: 139.923 },
  travel: { modes: ['walk', 'train'], maxMinutes: 30 },
  availability: weekly(['mon', 'tue', 'wed', 'thu', 'fri'], '09:30', '15:30'),
  interests: ['データ入力', 'パソコン', '事務'],
  step: 4,
  needs: ['job_coach', 'quiet_space'],
  preferences: { pay: 'paid' },
});

const H = person({
  home: { area: 'central', lat: 35.88, lng: 139.93 },
  travel: { modes: ['walk', 'bicycle', 'car'], maxMinutes: 30 },
  availability: weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '07:00', '12:00'),
  interests: ['農作業', '園芸', '野菜'],
  step: 3,
  limits: { maxGroupSize: 'large', maxConversation: 'much', avoidCustomerFacing: false, avoidPhone: false },
});

const reader = person({
  availability: weekly(['tue', 'thu'], '09:00', '16:00'),
  interests: ['本', '読書'],
  step: 2,
});

const maker = person({
  availability: weekly(['wed'], '10:00', '15:00'),
  travel: { modes: ['walk', 'bicycle', 'bus'], maxMinutes: 30 },
  interests: ['ものづくり'],
  step: 3,
});

const knitter = person({
  home: { area: 'east', lat: 35.8688, lng: 139.9372 },
  travel: { modes: ['walk', 'bicycle', 'bus'], maxMinutes: 30 },
  availability: weekly(['mon', 'wed', 'fri'], '10:00', '15:00'),
  interests: ['手芸', '編み物'],
  step: 2,
});

const EVERYONE = [D, K, E, G, I, H, reader, maker, knitter];

describe('ranking vignettes: what a support worker would propose', () => {
  it('Dさん（自転車・ものづくり・軽作業）には自転車の再生作業を最初に、関心に触れないデータ入力は3番以内に入れない', () => {
    const items = expectRanking(D, { first: 'bike-repair', notInTop3: 'data-entry' });
    expect(rankOf(items, 'bike-repair')).toBeLessThan(rankOf(items, 'envelope'));
  });

  it('工賃を望むDさんにも自転車の再生作業を最初に、工賃のある衣類の仕分けは無償の封入・検品より上、データ入力は3番以内に入れない', () => {
    const items = expectRanking({ ...D, preferences: { pay: 'paid' } }, { first: 'bike-repair', notInTop3: 'data-entry' });
    expect(rankOf(items, 'clothes-sorting')).toBeLessThan(rankOf(items, 'envelope'));
  });

  it('Kさん（清掃・掃除、早朝、収入を得たい）には駅前ビルの朝の清掃を最初に、時間が合いきらない農園アルバイトは3番以内に入れない', () => {
    const items = expectRanking(K, { first: 'building-cleaning', notInTop3: 'harvest-job' });
    expect(rankOf(items, 'building-cleaning')).toBeLessThan(rankOf(items, 'early-shelf'));
  });

  it('Kさんの「早朝」は時間帯の言葉なので、開店前の品出しに関心が合うとは言わない', () => {
    const shelf = item(matchesFor(K), 'early-shelf');
    expect(shelf.reasons.filter((reason) => reason.code === 'interest')).toEqual([]);
  });

  it('Gさん（カフェ・接客、生活費を得たい）には謝礼のあるカフェの接客体験を最初に、無償の居場所タイムは3番以内に入れない', () => {
    const items = expectRanking(G, { first: 'cafe-service', notInTop3: 'cafe-ibasho' });
    expect(messages(item(items, 'cafe-service')).some((message) => message.includes('謝礼'))).toBe(true);
  });

  it('Iさん（事務・パソコン、障害者雇用枠を目指す）には書類スキャンのパートを最初に、関心に触れない封入・検品は3番以内に入れない', () => {
    const items = expectRanking(I, { first: 'scan-job', notInTop3: 'envelope' });
    expect(rankOf(items, 'shredding')).toBeLessThan(rankOf(items, 'envelope'));
  });

  it('収入を望む人にも、無償の受け入れメニューは外さずに並べる', () => {
    const ids = idsOf(matchesFor(I));
    expect(ids).toContain('data-entry');
    expect(ids).toContain('envelope');
  });

  it('Eさん（料理・パン、午前中だけ）にはこども食堂の調理補助を最初に、13時まで続くカフェの洗い場は12時で終わるパン工房より下、手芸サロンは3番以内に入れない', () => {
    const items = expectRanking(E, { first: 'kids-kitchen', notInTop3: 'sewing-circle' });
    expect(rankOf(items, 'bakery-trial')).toBeLessThan(rankOf(items, 'cafe-dishes'));
  });

  it('12時までのOさん（調理・パン）には、すぐ近くでも途中で抜けることになるカフェの洗い場より、終わりまでいられるパン工房の体験を先に、読書席は3番以内に入れない', () => {
    const nearTheCafe = person({
      home: { area: 'south', lat: 35.84, lng: 139.905 },
      availability: weekly(['tue', 'thu'], '09:00', '12:00'),
      interests: ['調理', 'パン'],
    });
    expectRanking(nearTheCafe, { first: 'bakery-trial', notInTop3: 'reading-seat' });
  });

  it('段階2で本が好きな人には、同じ段階の配架を最初に、一段上の絵本の修理をその次に、軽い読書席はそれより下、畑の手入れは3番以内に入れない', () => {
    const items = expectRanking(reader, { first: 'library-shelving', notInTop3: 'farm-care' });
    expect(idsOf(items).slice(0, 3)).toEqual(['library-shelving', 'picture-book-repair', 'reading-seat']);
  });

  it('Hさん（農作業・園芸・野菜、段階3）には同じ段階の畑の手入れを最初に、二段軽い畑でひと休みは3番以内に入れない', () => {
    expectRanking(H, { first: 'farm-care', notInTop3: 'farm-rest' });
  });

  it('ひきこもりの経験がある、ものづくりの好きな人には、理解のある工房の自転車の再生作業を最初に、手芸サロンは3番以内に入れない', () => {
    const items = expectRanking({ ...maker, circumstances: ['hikikomori'] }, { first: 'bike-repair', notInTop3: 'sewing-circle' });
    const understanding = item(items, 'bike-repair').reasons.filter((reason) => reason.code === 'understanding');
    expect(understanding).toHaveLength(1);
    expect(understanding[0]!.message).not.toContain('ひきこもり');
  });

  it('同じ人でも事情が登録されていなければ、近い家具の工房を最初に、手芸サロンは3番以内に入れない', () => {
    const items = expectRanking(maker, { first: 'furniture', notInTop3: 'sewing-circle' });
    expect(items.flatMap((entry) => entry.reasons).some((reason) => reason.code === 'understanding')).toBe(false);
  });

  it('手芸と編み物が好きな人には手芸サロンを最初に、「ものづくり」とあるだけの自転車の再生作業は3番以内に入れない', () => {
    const items = expectRanking(knitter, { first: 'sewing-circle', notInTop3: 'bike-repair' });
    expect(item(items, 'bike-repair').reasons.filter((reason) => reason.code === 'interest')).toEqual([]);
  });

  it('「黙々」と作業したい人には、説明に「黙々と進められる」とある畑の手入れを最初に、軽い読書席は3番以内に入れない', () => {
    const quiet = person({
      availability: [
        { day: 'tue', start: '09:00', end: '12:00' },
        { day: 'thu', start: '10:00', end: '14:00' },
      ],
      interests: ['黙々'],
    });
    const items = expectRanking(quiet, { first: 'farm-care', notInTop3: 'reading-seat' });
    expect(messages(item(items, 'farm-care')).some((message) => message.includes('黙々'))).toBe(true);
  });
});

describe('ranking vignettes: reasons a person may hear read aloud', () => {
  const everyReason = () => EVERYONE.flatMap((profile) => matchesFor(profile).flatMap((entry) => entry.reasons));

  it('never fills the list with 「まだ定着の実績がない」 or grades anyone', () => {
    for (const reason of everyReason()) {
      expect(reason.message).not.toContain('定着の実績がない');
      expect(reason.message).not.toContain('評価');
    }
  });

  it("speaks of a host's record only when it covers at least 3 placements", () => {
    const farm = item(matchesFor(H), 'farm-care');
    expect(farm.reasons).toContainEqual({
      code: 'retention',
      message: `これまでにつないだ4人のうち3人が${HOST_RETENTION_CHECKPOINT_DAY}日以上続いています`,
    });
    const cafe = item(matchesFor(G), 'cafe-service');
    expect(cafe.reasons.some((reason) => reason.code === 'retention')).toBe(false);
  });

  it('names the way of travelling and says the minutes are an estimate', () => {
    const bike = item(matchesFor(D), 'bike-repair');
    const travel = bike.reasons.filter((reason) => reason.code === 'travel');
    expect(travel).toHaveLength(1);
    expect(travel[0]!.message).toMatch(/^自転車で片道およそ\d+分（目安）$/);
    const walk = item(matchesFor(I), 'data-entry').reasons.find((reason) => reason.code === 'travel');
    expect(walk?.message).toMatch(/^歩いて片道およそ\d+分（目安）$/);
  });

  it('says one thing once: 「料理」 and 「調理」 on the same kitchen are one reason', () => {
    const kitchen = item(matchesFor(E), 'kids-kitchen');
    expect(kitchen.reasons.filter((reason) => reason.code === 'interest')).toHaveLength(1);
    for (const profile of EVERYONE) {
      for (const entry of matchesFor(profile)) expect(new Set(messages(entry)).size).toBe(entry.reasons.length);
    }
  });

  it('says plainly why a lively place was left out for someone who wants quiet', () => {
    const quiet = person({ limits: { maxGroupSize: 'small', maxConversation: 'none', avoidCustomerFacing: false, avoidPhone: false } });
    const cafe = excludedFor(quiet).find((entry) => entry.opportunityId === 'cafe-service');
    expect(cafe?.reasons).toContainEqual({ code: 'environment', message: '会話の多い場で、本人は会話のない場を希望しています' });
  });

  it('does not stretch 「事務」 to 「封入」', () => {
    const envelope = item(matchesFor(I), 'envelope');
    expect(messages(envelope).some((message) => message.includes('封入'))).toBe(false);
  });

  it('explains the pay only to the person who asked for income', () => {
    const paid = (profile: Profile) => item(matchesFor(profile), 'clothes-sorting').reasons.some((reason) => reason.code === 'pay');
    expect(paid({ ...D, preferences: { pay: 'paid' } })).toBe(true);
    expect(paid(D)).toBe(false);
  });
});
