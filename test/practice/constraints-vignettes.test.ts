import { describe, expect, it } from 'vitest';
import { AUGUST, matchVignette, person, topTitles } from './constraints-catalog';
import { DEMO_CITY } from '../../seed/demo/city';
import { CITY } from '../../src/config';

/**
 * How an experienced 参加支援員 reads a person's list before a case conference: what they would
 * propose first, and what must never be among the first three. Each vignette is one person
 * against the fixed catalog in constraints-catalog.ts.
 */

const warningsOf = (result: ReturnType<typeof matchVignette>, title: string) =>
  result.items.find((item) => item.title === title)?.warnings.map((w) => w.code) ?? [];
const noticesOf = (result: ReturnType<typeof matchVignette>) => result.notices.map((n) => n.code);

/**
 * The practice catalog is drawn on Nagareyama's map, its area codes included. Homes with
 * coordinates work under any settings; a home known only by its area or station is placed by the
 * settings' representative points and stations, so those vignettes need Nagareyama's.
 */
const onTheCatalogsMap = CITY.code === DEMO_CITY.code;

describe.runIf(onTheCatalogsMap)(
  `住まいの位置が分からない・最寄り駅だけ分かる人（${DEMO_CITY.name}の設定のときだけ: 代表地点と駅で位置を見積もるため）`,
  () => {
    it('Mさん（中部・座標なし・バス40分・古本が好き）: 最初に「古本のクリーニングと値付け」を提案し、「電話受付の補助」は上位3件に入れない', () => {
      const result = matchVignette(
        person({
          home: { area: 'central' },
          travel: { modes: ['walk', 'bus'], maxMinutes: 40 },
          availability: [
            { day: 'tue', start: '10:00', end: '15:00' },
            { day: 'thu', start: '10:00', end: '15:00' },
          ],
          interests: ['古本'],
        }),
      );
      expect(topTitles(result)[0]).toBe('古本のクリーニングと値付け');
      expect(topTitles(result)).not.toContain('電話受付の補助');
      expect(warningsOf(result, '古本のクリーニングと値付け')).toContain('travel_estimated');
      expect(noticesOf(result)).toContain('home_location_missing');
    });

    it('Bさん（中部・座標なし・バス40分・図書館と本）: 最初に南部の「図書館の配架ボランティア」を提案し、「電話受付の補助」は上位3件に入れない', () => {
      const result = matchVignette(
        person({
          home: { area: 'central' },
          travel: { modes: ['bus'], maxMinutes: 40 },
          availability: [
            { day: 'tue', start: '09:00', end: '13:00' },
            { day: 'fri', start: '09:00', end: '13:00' },
          ],
          interests: ['図書館', '本'],
        }),
      );
      expect(topTitles(result)[0]).toBe('図書館の配架ボランティア');
      expect(topTitles(result)).not.toContain('電話受付の補助');
      expect(result.items.find((item) => item.title === '図書館の配架ボランティア')?.travelMinutes).toBeGreaterThan(0);
    });

    it('最寄り駅が南流山の人（自転車20分・事務）: 最初に駅前の「事務補助（封入）」を提案し、北部の「古本のクリーニングと値付け」は上位3件に入れない', () => {
      const result = matchVignette(
        person({
          home: { area: 'south', station: '南流山' },
          travel: { modes: ['walk', 'bicycle'], maxMinutes: 20 },
          availability: [
            { day: 'tue', start: '09:00', end: '15:00' },
            { day: 'thu', start: '09:00', end: '15:00' },
          ],
          interests: ['事務'],
        }),
      );
      expect(topTitles(result)[0]).toBe('事務補助（封入）');
      expect(topTitles(result)).not.toContain('古本のクリーニングと値付け');
      expect(noticesOf(result)).not.toContain('home_location_missing');
      expect(warningsOf(result, '事務補助（封入）')).not.toContain('travel_estimated');
    });

    it('座標のない人でもオンラインの場は移動の心配がない: 最初に「オンラインの読書会」を提案し、時間の合わない「古本のクリーニングと値付け」は上位3件に入れない', () => {
      const result = matchVignette(
        person({
          home: { area: 'east' },
          travel: { modes: ['walk'], maxMinutes: 15 },
          availability: [{ day: 'wed', start: '18:00', end: '22:00' }],
          interests: ['読書'],
          step: 1,
        }),
      );
      expect(topTitles(result)[0]).toBe('オンラインの読書会');
      expect(topTitles(result)).not.toContain('古本のクリーニングと値付け');
      expect(warningsOf(result, 'オンラインの読書会')).not.toContain('travel_estimated');
      expect(noticesOf(result)).toContain('home_location_missing');
    });
  },
);

describe('必要な支援は受け入れ先だけが用意するものではない', () => {
  it('Jさん（同行支援が必要・学び直し）: 支援員が同行する前提で最初に「学び直し教室」を提案し、時間の合わない「畑の冬じたく」は上位3件に入れない', () => {
    const result = matchVignette(
      person({
        availability: [{ day: 'wed', start: '13:00', end: '16:00' }],
        interests: ['学び直し', '勉強'],
        needs: ['accompaniment'],
        step: 1,
      }),
    );
    expect(topTitles(result)[0]).toBe('学び直し教室');
    expect(topTitles(result)).not.toContain('畑の冬じたく');
    expect(warningsOf(result, '学び直し教室')).toContain('supporter_accompanies');
  });

  it('Eさん（短時間が必要・パン）: 2時間の「パン工房の見学と体験」を最初に提案し、6時間続く「公民館の清掃」は上位3件に入れない', () => {
    const result = matchVignette(
      person({
        home: { area: 'east', lat: 35.8655, lng: 139.944 },
        availability: [
          { day: 'mon', start: '09:00', end: '15:00' },
          { day: 'thu', start: '09:00', end: '13:00' },
        ],
        interests: ['パン'],
        needs: ['short_hours'],
      }),
    );
    expect(topTitles(result)[0]).toBe('パン工房の見学と体験');
    expect(topTitles(result)).not.toContain('公民館の清掃');
    expect(result.excluded.find((item) => item.title === '公民館の清掃')?.reasons.map((r) => r.code)).toEqual(['needs']);
  });
});

describe('日程の決まった研修と季節のある受け入れ', () => {
  it('火・木の午前だけ空いている人: 毎日通う「一週間の職場体験（物流センター）」は上位3件に入れず、最初に「カフェの洗い場」を提案する', () => {
    const result = matchVignette(
      person({
        home: { area: 'east', lat: 35.865, lng: 139.945 },
        availability: [
          { day: 'tue', start: '09:00', end: '12:00' },
          { day: 'thu', start: '09:00', end: '12:00' },
        ],
        interests: ['洗い場', '職場体験'],
      }),
    );
    expect(topTitles(result)[0]).toBe('カフェの洗い場');
    expect(topTitles(result)).not.toContain('一週間の職場体験（物流センター）');
    expect(result.excluded.find((item) => item.title === '一週間の職場体験（物流センター）')?.reasons.map((r) => r.code)).toEqual([
      'schedule',
    ]);
  });

  it('平日は毎日空いている人（段階2・職場体験に関心）: 最初に「一週間の職場体験（物流センター）」を一段上の挑戦として提案し、12月の「夏野菜の収穫手伝い」は上位3件に入れない', () => {
    const result = matchVignette(
      person({
        home: { area: 'east', lat: 35.865, lng: 139.945 },
        availability: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '08:00', end: '17:00' })),
        interests: ['職場体験', '仕分け'],
      }),
    );
    expect(topTitles(result)[0]).toBe('一週間の職場体験（物流センター）');
    expect(topTitles(result)).not.toContain('夏野菜の収穫手伝い');
    expect(warningsOf(result, '一週間の職場体験（物流センター）')).toContain('step_up');
  });

  it('12月に畑仕事を探す人: 最初に「畑の冬じたく」を提案し、夏だけの「夏野菜の収穫手伝い」は上位3件に入れない', () => {
    const result = matchVignette(
      person({
        home: { area: 'north', lat: 35.9, lng: 139.91 },
        availability: (['tue', 'wed', 'thu'] as const).map((day) => ({ day, start: '08:00', end: '12:00' })),
        interests: ['農作業', '収穫'],
      }),
    );
    expect(topTitles(result)[0]).toBe('畑の冬じたく');
    expect(topTitles(result)).not.toContain('夏野菜の収穫手伝い');
    expect(result.excluded.find((item) => item.title === '夏野菜の収穫手伝い')?.reasons.map((r) => r.code)).toEqual(['not_open']);
  });

  it('8月に畑仕事を探す同じ人: 最初に「夏野菜の収穫手伝い」を提案し、「電話受付の補助」は上位3件に入れない', () => {
    const result = matchVignette(
      person({
        home: { area: 'north', lat: 35.9, lng: 139.91 },
        availability: (['tue', 'wed', 'thu'] as const).map((day) => ({ day, start: '08:00', end: '12:00' })),
        interests: ['農作業', '収穫'],
      }),
      { now: AUGUST },
    );
    expect(topTitles(result)[0]).toBe('夏野菜の収穫手伝い');
    expect(topTitles(result)).not.toContain('電話受付の補助');
  });
});

describe('合う所がないときの手がかり', () => {
  it('ジョブコーチが必要な人に合う所がない: 何も提案せず、「必要な支援」を見直せば開く件数をいちばん大きな手がかりとして示す', () => {
    const result = matchVignette(
      person({
        availability: [{ day: 'tue', start: '09:00', end: '15:00' }],
        needs: ['job_coach'],
      }),
    );
    expect(result.items).toEqual([]);
    const [first] = [...result.relaxations].sort((a, b) => b.wouldAdd - a.wouldAdd);
    expect(first).toEqual({ code: 'needs', wouldAdd: 4 });
    expect(result.excludedByCode.needs).toBe(12);
  });

  it('住まいの位置も移動時間も狭い人: 近所に何もないとき、提案は空のまま、移動時間を広げれば開く件数と、位置が未登録であることを示す', () => {
    const result = matchVignette(
      person({
        home: { area: 'east' },
        travel: { modes: ['walk'], maxMinutes: 10 },
        availability: [
          { day: 'tue', start: '09:00', end: '15:00' },
          { day: 'fri', start: '09:00', end: '15:00' },
        ],
      }),
    );
    expect(result.items).toEqual([]);
    expect(result.relaxations).toContainEqual({ code: 'travel', wouldAdd: 4 });
    expect(noticesOf(result)).toEqual(['home_location_missing']);
  });
});
