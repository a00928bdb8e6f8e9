import { z } from 'zod';
import { readCondition } from '../domain/search/conditions';
import shippedSearchPhrases from './search-phrases.json';
import shippedSynonyms from './synonyms.json';

const positiveDays = z.number().int().positive();
const point = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
const ascendingDays = z
  .array(positiveDays)
  .nonempty()
  .refine((days) => days.every((day, i) => i === 0 || day > days[i - 1]!), '日数は小さい順に、重ならないように並べてください');

// Workers' rate-limit bindings count only in windows of 10 or 60 seconds; one file serves both platforms.
const rateLimit = z.strictObject({ limit: z.number().int().positive(), windowSeconds: z.literal([10, 60]) });
const travelMode = z.strictObject({ kmPerHour: z.number().positive(), fixedMinutes: z.number().min(0) });
const weight = z.number().min(0);

const searchPhrases = z.strictObject({
  negations: z.array(z.string().min(1)),
  particles: z.array(z.string().min(1)),
  endings: z.array(z.string().min(1)),
  fillers: z.array(z.string().min(1)),
  phrases: z.array(
    z.strictObject({
      words: z.array(z.string().min(1)).nonempty(),
      // readCondition is the one reader of a condition; its refusal names the key, and the problem the path.
      means: z.unknown().superRefine((means, ctx) => {
        try {
          readCondition(means, 'means');
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        }
      }),
    }),
  ),
});

/** Refuses a list where two entries share a value of `key` (two areas with one code), naming the second. */
function unique<Entry>(list: readonly Entry[], ctx: z.RefinementCtx, key: keyof Entry & string) {
  const seen = new Set<unknown>();
  list.forEach((entry, i) => {
    if (seen.has(entry[key])) ctx.addIssue({ code: 'custom', path: [i, key], message: `「${String(entry[key])}」が重複しています` });
    seen.add(entry[key]);
  });
}

const area = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_-]*$/, '英小文字で始め、英小文字・数字・_・- で書いてください'),
  label: z.string().min(1),
  point,
});

const followUp = z
  .strictObject({
    days: ascendingDays,
    earlyGraceDays: z.number().int().min(0),
    dueWindowDays: positiveDays,
    defaultHorizonDays: positiveDays,
    warningSigns: z.strictObject({
      lowAttendanceStreak: z.number().int().positive(),
      lowAttendanceRatio: z.number().gt(0).max(1),
      wellbeingDrop: z.number().int().min(1).max(4),
      wellbeingLookbackReadings: z.number().int().min(2),
    }),
  })
  .superRefine(({ days, earlyGraceDays, dueWindowDays, defaultHorizonDays }, ctx) => {
    // A check-in completes every follow-up due within the grace: a grace as long as a gap would close two at once.
    const shortestGap = Math.min(...days.map((day, i) => day - (days[i - 1] ?? 0)));
    if (shortestGap > 0 && earlyGraceDays >= shortestGap) {
      ctx.addIssue({
        code: 'custom',
        path: ['earlyGraceDays'],
        message: `フォローアップの間隔（最短 ${shortestGap} 日）より短くしてください`,
      });
    }
    if (defaultHorizonDays < dueWindowDays) {
      ctx.addIssue({ code: 'custom', path: ['defaultHorizonDays'], message: `dueWindowDays（${dueWindowDays}）以上にしてください` });
    }
  });

const retention = z
  .strictObject({
    checkpointDays: ascendingDays,
    hostCheckpointDay: positiveDays,
    yearsAfterEnd: z.number().int().positive(),
  })
  .superRefine(({ checkpointDays, hostCheckpointDay }, ctx) => {
    if (!checkpointDays.includes(hostCheckpointDay)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hostCheckpointDay'],
        message: `checkpointDays（${checkpointDays.join(', ')}）のどれかにしてください`,
      });
    }
  });

const scoreWeights = z
  .strictObject({
    interest: weight,
    step: weight,
    schedule: weight,
    travel: weight,
    pay: weight,
    understanding: weight,
    support: weight,
    retention: weight,
  })
  .refine((weights) => Object.values(weights).some((w) => w > 0), '重みがすべて 0 です。少なくとも1つを 0 より大きくしてください');

/**
 * The shape of a city's settings file (src/config/cities/nagareyama.json is the shipped one). Every
 * object is strict: an unknown key is refused, so a misspelt one is named at start instead of
 * silently leaving a setting at nothing. Only `_comment`, for the people who edit the file, may stand
 * anywhere (withoutComments).
 */
const citySettingsSchema = z.strictObject({
  city: z.strictObject({
    code: z.string().regex(/^\d{6}$/, '全国地方公共団体コード（6桁の数字）を書いてください'),
    name: z.string().min(1),
  }),
  areas: z
    .array(area)
    .nonempty()
    .superRefine((areas, ctx) => {
      unique(areas, ctx, 'code');
      // The catalog import reads a label back to its code, so two areas may not share one.
      unique(areas, ctx, 'label');
    }),
  stations: z.array(z.strictObject({ name: z.string().min(1), point })).superRefine((stations, ctx) => unique(stations, ctx, 'name')),
  followUp,
  retention,
  catalog: z.strictObject({ staleListingDays: positiveDays, nearlyFullSeats: z.number().int().min(0) }),
  matching: z.strictObject({
    scoreWeights,
    minOverlapMinutes: z.number().int().positive(),
    travel: z.strictObject({
      detourFactor: z.number().min(1),
      speeds: z.strictObject({ walk: travelMode, bicycle: travelMode, bus: travelMode, train: travelMode, car: travelMode }),
    }),
  }),
  rateLimits: z.strictObject({ caller: rateLimit, failedSignIn: rateLimit, hostReportsPerPlacementPerDay: z.number().int().positive() }),
  synonyms: z.strictObject({ groups: z.array(z.array(z.string().min(1)).min(2, '同じ意味の言葉を2つ以上並べてください')) }),
  searchPhrases,
});

export type CitySettings = z.output<typeof citySettingsSchema>;

/** A settings file that cannot be used; the message names every problem, one a line. */
export class InvalidCitySettings extends Error {
  override name = 'InvalidCitySettings';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`市の設定（${source}）に ${problems.length} 件の問題があるため起動できません:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const { localeError } = z.locales.ja();
/** zod's Japanese messages, except that a missing key says so plainly instead of "undefined was given". */
const japanese: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? '必須の項目がありません' : localeError(issue);

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(ファイル全体)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** The data with every `_comment` key left out, so no comment ever reaches a value (a weight, a list of areas). */
function withoutComments(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutComments);
  if (!isObject(data)) return data;
  return Object.fromEntries(Object.entries(data).flatMap(([key, value]) => (key === '_comment' ? [] : [[key, withoutComments(value)]])));
}

/**
 * Validates a city's settings, with the shipped vocabulary (src/config/synonyms.json,
 * src/config/search-phrases.json) for `synonyms` and `searchPhrases` when the file leaves them out.
 * `source` says where the data came from, for the message.
 */
export function parseCitySettings(data: unknown, source: string): CitySettings {
  const withVocabulary = isObject(data) ? { synonyms: shippedSynonyms, searchPhrases: shippedSearchPhrases, ...data } : data;
  const result = citySettingsSchema.safeParse(withoutComments(withVocabulary), { error: japanese });
  if (result.success) return result.data;
  throw new InvalidCitySettings(
    source,
    result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`),
  );
}
