import { describe, expect, it } from 'vitest';
import nagareyama from '../../src/config/cities/nagareyama.json';
import shippedSynonyms from '../../src/config/synonyms.json';
import { InvalidCitySettings, parseCitySettings } from '../../src/config/settings-schema';

type Settings = any;

/** Nagareyama's file with `change` applied to a copy: one slip at a time. */
function nagareyamaWith(change: (settings: Settings) => void): Settings {
  const settings = structuredClone(nagareyama) as Settings;
  change(settings);
  return settings;
}

/** The problems a file is refused for, one line each (path: message); none when it is valid. */
function problemsOf(data: unknown): readonly string[] {
  try {
    parseCitySettings(data, 'city.json');
    return [];
  } catch (error) {
    if (error instanceof InvalidCitySettings) return error.problems;
    throw error;
  }
}

const pathsOf = (problems: readonly string[]) => problems.map((problem) => problem.slice(0, problem.indexOf(': ')));

describe('city settings: the file', () => {
  it('accepts the shipped Nagareyama file', () => {
    expect(problemsOf(nagareyama)).toEqual([]);
  });

  it('names every problem of a file with several, each with its path, in one message', () => {
    const broken = nagareyamaWith((s) => {
      s.areas[1].code = 'north';
      delete s.stations[0].point.lat;
      s.followUp.days = [7, 30, 14];
      s.retention.hostCheckpointDay = 60;
      s.rateLimits.caller.windowSeconds = 30;
      s.folowUp = {};
    });
    let refusal: unknown;
    try {
      parseCitySettings(broken, 'city/settings.json');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidCitySettings);
    const { message, problems } = refusal as InvalidCitySettings;
    expect(message.split('\n')[0]).toBe('市の設定（city/settings.json）に 6 件の問題があるため起動できません:');
    expect(pathsOf(problems).toSorted()).toEqual(
      [
        'areas[1].code',
        'stations[0].point.lat',
        'followUp.days',
        'retention.hostCheckpointDay',
        'rateLimits.caller.windowSeconds',
        '(ファイル全体)',
      ].toSorted(),
    );
    for (const problem of problems) expect(message).toContain(`  - ${problem}`);
    expect(problems).toContain('stations[0].point.lat: 必須の項目がありません');
    expect(problems).toContain('(ファイル全体): 認識されていないキー: "folowUp"');
  });

  it.each<[string, (s: Settings) => void, string]>([
    ['two areas with one code', (s) => (s.areas[2].code = 'north'), 'areas[2].code: 「north」が重複しています'],
    [
      'two areas with one label (the import reads labels back to codes)',
      (s) => (s.areas[3].label = '北部'),
      'areas[3].label: 「北部」が重複しています',
    ],
    ['an area without its representative point', (s) => delete s.areas[0].point, 'areas[0].point: 必須の項目がありません'],
    ['an area code that is not a plain code', (s) => (s.areas[0].code = '北'), 'areas[0].code'],
    ['no areas at all', (s) => (s.areas = []), 'areas'],
    ['two stations with one name', (s) => (s.stations[1].name = s.stations[0].name), 'stations[1].name'],
    ['a follow-up cadence out of order', (s) => (s.followUp.days = [7, 30, 14]), 'followUp.days'],
    ['a follow-up on day 0', (s) => (s.followUp.days = [0, 7]), 'followUp.days[0]'],
    [
      'an early grace as long as the shortest gap between follow-ups',
      (s) => (s.followUp.earlyGraceDays = 7),
      'followUp.earlyGraceDays: フォローアップの間隔（最短 7 日）より短くしてください',
    ],
    ['a default horizon shorter than the due window', (s) => (s.followUp.defaultHorizonDays = 5), 'followUp.defaultHorizonDays'],
    [
      'a host checkpoint that is not one of the checkpoints',
      (s) => (s.retention.hostCheckpointDay = 60),
      'retention.hostCheckpointDay: checkpointDays（30, 90, 180）のどれかにしてください',
    ],
    ['retention checkpoints out of order', (s) => (s.retention.checkpointDays = [90, 30]), 'retention.checkpointDays'],
    ['a negative score weight', (s) => (s.matching.scoreWeights.pay = -0.1), 'matching.scoreWeights.pay'],
    [
      'score weights that are all zero',
      (s) => {
        for (const part of Object.keys(s.matching.scoreWeights)) s.matching.scoreWeights[part] = 0;
      },
      'matching.scoreWeights: 重みがすべて 0 です。少なくとも1つを 0 より大きくしてください',
    ],
    [
      'a rate-limit window Workers cannot count',
      (s) => (s.rateLimits.failedSignIn.windowSeconds = 30),
      'rateLimits.failedSignIn.windowSeconds',
    ],
    ['a synonym group of one word', (s) => (s.synonyms = { groups: [['パソコン']] }), 'synonyms.groups[0]'],
    [
      'a search phrase meaning an unknown condition',
      (s) =>
        (s.searchPhrases = {
          negations: [],
          particles: [],
          endings: [],
          fillers: [],
          phrases: [{ words: ['静か'], means: { quiet: true } }],
        }),
      'searchPhrases.phrases[0].means: means.quiet: unknown condition',
    ],
  ])('refuses %s, naming where', (_, change, expected) => {
    const problems = problemsOf(nagareyamaWith(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(expected)).toBe(true);
  });

  it('keeps the shipped vocabulary unless the file brings its own', () => {
    expect(parseCitySettings(nagareyama, 'city.json').synonyms.groups).toEqual(shippedSynonyms.groups);
    const own = parseCitySettings(
      nagareyamaWith((s) => (s.synonyms = { groups: [['畑', '菜園']] })),
      'city.json',
    );
    expect(own.synonyms.groups).toEqual([['畑', '菜園']]);
  });

  it('reads a `_comment` anywhere and keeps it out of the values', () => {
    const settings = parseCitySettings(
      nagareyamaWith((s) => (s.matching.scoreWeights._comment = '興味を重く見る')),
      'city.json',
    );
    expect(Object.keys(settings.matching.scoreWeights).toSorted()).toEqual(
      ['interest', 'step', 'schedule', 'travel', 'pay', 'understanding', 'support', 'retention'].toSorted(),
    );
    expect('_comment' in settings).toBe(false);
  });

  it('refuses a file that is not an object', () => {
    expect(problemsOf([])).toHaveLength(1);
    expect(pathsOf(problemsOf([]))).toEqual(['(ファイル全体)']);
  });
});
