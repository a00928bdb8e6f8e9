/**
 * Settings a city may want to change, and the limits that stay in code. Each constant says what it
 * means; code elsewhere reads them from here and nowhere else. The city's values come from its
 * settings file (src/config/cities/nagareyama.json by default, TSUNAGU_CITY_SETTINGS on Node, the
 * bundled file on Workers), validated by src/config/settings-schema.ts before anything here runs.
 */
import { citySettings } from '#city-settings';

/** The city in force: its local government code (全国地方公共団体コード) and its Japanese name. */
export const CITY = citySettings.city;

/**
 * The city's area codes (hosts, opportunity locations, participant homes), in the file's order.
 * The schema refuses an empty list, so z.enum(AREAS) always has a first value.
 */
export const AREAS = citySettings.areas.map((area) => area.code) as [string, ...string[]];

/** Lists: items per page when `limit` is not given, and the most a caller may ask for. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Request bodies larger than this are refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The catalog import (`POST /v1/imports/catalog`) alone takes a whole spreadsheet, up to this size. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** A request line (path and query, as sent) longer than this is refused with 414. */
export const MAX_URL_BYTES = 8 * 1024;

/**
 * Rate limits, counted in fixed windows. A caller (one user's token) may make CALLER_RATE_LIMIT
 * requests a window; one client address may fail to sign in (send an unknown token)
 * FAILED_SIGN_IN_LIMIT times a window, after which it is refused until the window ends. On Workers
 * the ratelimits bindings in wrangler.toml carry the same numbers (their period must be 10 or 60).
 */
export const CALLER_RATE_LIMIT = citySettings.rateLimits.caller;
export const FAILED_SIGN_IN_LIMIT = citySettings.rateLimits.failedSignIn;

/* ── Matching ─────────────────────────────────────────────────────────────────────────────── */

/** Schedule: a person and an opening fit only when one shared window lasts at least this long. */
export const MIN_OVERLAP_MINUTES = citySettings.matching.minOverlapMinutes;

/**
 * Travel estimate: straight-line distance is multiplied by this to allow for real roads, then
 * each mode's speed and fixed minutes (walking to the stop, waiting, parking) give the time.
 * The fastest mode the person can use counts.
 */
export const TRAVEL_DETOUR_FACTOR = citySettings.matching.travel.detourFactor;
export const TRAVEL_SPEEDS = citySettings.matching.travel.speeds;

/**
 * How much each part of the match score counts. The score is the weighted mean of the parts
 * (each 0…1), so only the ratios matter; set a weight to 0 to ignore that part.
 * A part that says nothing about this person (pay for someone who did not ask for income, the
 * host's understanding for someone with no circumstances recorded, interests for someone with none)
 * is left out of their mean rather than counted as 0, so their best matches can still reach 1.
 * - interest: how many of the person's interests the title, tags or description name, and how closely.
 * - step: the opening is at the person's step (full), one above (a little less), or lighter (less still).
 * - schedule: hours a week the person can take part, less when the slots run past their free time
 *   or when the trip there and back takes longer than one visit.
 * - travel: a shorter trip, measured against the longest trip the person accepts: a few minutes
 *   more on a short trip cost little, the same minutes near the person's limit cost much more.
 * - pay: an allowance or a wage, for a person who wants some income (`preferences.pay: paid`).
 * - understanding: the host understands circumstances like the person's (`circumstances`).
 * - support: support offered beyond what the person needs; light, so plain jobs do not sink.
 * - retention: the host's record of people still taking part at HOST_RETENTION_CHECKPOINT_DAY, when it is good.
 */
export const MATCH_SCORE_WEIGHTS = citySettings.matching.scoreWeights;

/** Step part: credit lost for each step the opening sits below the person's step. */
export const STEP_BELOW_PENALTY = 0.5;

/** Schedule part: this many shared minutes a week earn full credit (less earns a share). */
export const SCHEDULE_FULL_CREDIT_MINUTES = 240;

/* ── Matching: where places are and what the hard constraints allow (hard constraints, issue 12) ── */

/**
 * Each area's representative point: a home or a place without coordinates is put here, so its
 * travel is still estimated (and marked as an estimate) instead of guessed from the area alone.
 * Each area of the settings file carries its own.
 */
export const AREA_REPRESENTATIVE_POINTS: Readonly<Record<string, { lat: number; lng: number }>> = Object.fromEntries(
  citySettings.areas.map((area) => [area.code, { lat: area.point.lat, lng: area.point.lng }]),
);

/**
 * Stations a home may be given as, instead of coordinates the person would rather not give
 * (approximate public coordinates of the station; they are not personal data).
 */
export const STATIONS: Readonly<Record<string, { lat: number; lng: number }>> = Object.fromEntries(
  citySettings.stations.map((station) => [station.name, { lat: station.point.lat, lng: station.point.lng }]),
);

/** A need for short hours is also met when no slot of the opening lasts longer than this. */
export const SHORT_HOURS_MAX_SLOT_MINUTES = 180;

/** Travel part: credit when coordinates are missing and sharing an area is all we know. */
export const TRAVEL_UNKNOWN_CREDIT = 0.5;

/** Support part: this many kinds of support beyond the person's needs earn full credit. */
export const SUPPORT_FULL_CREDIT_COUNT = 3;

/**
 * Retention part: a host's retention rate (at HOST_RETENTION_CHECKPOINT_DAY) is blended with a neutral prior, as if it had
 * RETENTION_PRIOR_PLACEMENTS extra placements retained at RETENTION_PRIOR_RATE, and only the part
 * above that prior earns credit. A host with a short record therefore stays near the prior
 * instead of jumping to 100 % after one lucky placement.
 */
export const RETENTION_PRIOR_RATE = 0.5;
export const RETENTION_PRIOR_PLACEMENTS = 5;

/* ── Match ranking: the score parts beyond the hard constraints, and the words that explain them ── */

/** Step part: credit for an opening one step above the person's (the same step earns 1). */
export const STEP_UP_CREDIT = 0.85;

/**
 * Interest part. Each of the person's interests earns the strength of its best match
 * (TERM_MATCH_STRENGTH); interests of one synonym group (料理, 調理) are one interest. The best
 * matched interest counts fully, each further one INTEREST_NEXT_MATCH_SHARE of the one before, and
 * the sum is measured against what the person's first INTEREST_FULL_CREDIT_MATCHES interests
 * could earn.
 */
export const INTEREST_NEXT_MATCH_SHARE = 0.5;
export const INTEREST_FULL_CREDIT_MATCHES = 3;
/** Interest part: a word found only in the description (the word itself or a synonym) earns this share. */
export const INTEREST_DESCRIPTION_CREDIT = 0.5;
/** Interest part: an interest this broad (a whole family of tasks) earns this share of its match. */
export const INTEREST_BROAD_CREDIT = 0.5;
export const INTEREST_BROAD_WORDS = ['軽作業', '作業', '手作業', '仕事', '手伝い', 'お手伝い', 'ボランティア', '屋内', '屋外'] as const;
/**
 * Interest part: words for a time of day or week (早朝, 土日) say when the person is free, not what
 * they like, so they never count as an interest; the schedule already weighs the hours.
 */
export const INTEREST_TIME_WORDS = [
  '早朝',
  '朝',
  '午前',
  '午前中',
  '昼',
  '午後',
  '夕方',
  '夜',
  '夜間',
  '深夜',
  '平日',
  '週末',
  '土日',
  '土曜',
  '日曜',
  '短時間',
] as const;

/** Schedule part: the share kept when every shared slot runs past the person's free time (they would leave early). */
export const PARTIAL_ATTENDANCE_CREDIT = 0.35;

/** Pay part (only for a person who wants income): credit for each kind of pay. */
export const PAY_CREDIT = { none: 0, allowance: 0.8, wage: 1 } as const;

/** Retention part and its reason: a host's record counts and is shown only from this many placements. */
export const RETENTION_MIN_PLACEMENTS = 3;

/** A listing neither updated nor confirmed by its host for this many days is stale. */
export const STALE_LISTING_DAYS = citySettings.catalog.staleListingDays;

/** Warn that an opening is nearly full when this many seats or fewer are left. */
export const NEARLY_FULL_SEATS = citySettings.catalog.nearlyFullSeats;

/** Follow-up (定着支援): days after a placement starts (enters trial or active) when a check-in is due. */
export const FOLLOW_UP_DAYS: readonly number[] = citySettings.followUp.days;

/**
 * A check-in completes a follow-up due up to this many days after it, so a visit made a little
 * early still counts and the follow-up does not linger as open.
 */
export const FOLLOW_UP_EARLY_GRACE_DAYS = citySettings.followUp.earlyGraceDays;

/** Follow-ups due from today up to this many days ahead are listed as `due` (this week's work). */
export const FOLLOW_UP_DUE_WINDOW_DAYS = citySettings.followUp.dueWindowDays;

/** How far ahead the follow-up list looks when the caller gives no `until` date. */
export const FOLLOW_UP_DEFAULT_HORIZON_DAYS = citySettings.followUp.defaultHorizonDays;

/**
 * A host may send this many reports (host_report check-ins) a day about one placement; more is
 * refused with 429 until the next day (Tokyo), so no host can flood the follow-up list.
 */
export const HOST_REPORTS_PER_PLACEMENT_PER_DAY = citySettings.rateLimits.hostReportsPerPlacementPerDay;

/** Warning sign: this many check-ins in a row that recorded attendance below the ratio below. */
export const LOW_ATTENDANCE_STREAK = citySettings.followUp.warningSigns.lowAttendanceStreak;
/** Warning sign: attended / planned below this share counts as low attendance. */
export const LOW_ATTENDANCE_RATIO = citySettings.followUp.warningSigns.lowAttendanceRatio;

/** Warning sign: wellbeing (1…5) at least this much below its recent best. */
export const WELLBEING_DROP = citySettings.followUp.warningSigns.wellbeingDrop;
/** How many wellbeing readings (the latest included) make up "recent" for the drop above. */
export const WELLBEING_LOOKBACK_READINGS = citySettings.followUp.warningSigns.wellbeingLookbackReadings;

/**
 * Interest matching: how strongly each kind of word match counts (0…1). `exact` is the interest
 * itself in the listing; `synonym` a word of its synonym group (土いじり ↔ 農作業); `partial` a part of
 * it (パソコン作業 ↔ パソコン); `fuzzy` a word one typo away, or for a longer interest a close word
 * (see FUZZY_THRESHOLD).
 */
export const TERM_MATCH_STRENGTH = { exact: 1, synonym: 0.8, partial: 0.6, fuzzy: 0.5 } as const;

/**
 * Catalog search (`q`): how much a hit counts in each field of a listing, and how much a word counts
 * when found through a synonym, or only through a fallback (a known word inside it, パソコン作業 →
 * パソコン, a correction of one typo, or for a longer word a close word, see FUZZY_THRESHOLD)
 * against the word as typed (1).
 */
export const SEARCH_FIELD_WEIGHTS = { title: 1, tags: 0.8, hostName: 0.6, description: 0.4 } as const;
export const SEARCH_SYNONYM_STRENGTH = 0.8;
export const SEARCH_FALLBACK_STRENGTH = 0.6;
/**
 * Catalog search: how much a phrase of src/config/search-phrases.json counts for a listing whose
 * fields meet its condition without naming it (ジョブコーチ for one offering job_coach). Below a tag
 * (0.8) so a listing that says 静か itself ranks above one that is only quiet by its fields; above a
 * synonym in the title (0.8 × 0.8), since the fields are the host's own answer.
 */
export const SEARCH_CONDITION_STRENGTH = 0.7;

/** Japanese names of the area codes in AREAS, used in reports (CSV), the console and the HSDS export. */
export const AREA_LABELS: Readonly<Record<string, string>> = Object.fromEntries(citySettings.areas.map((area) => [area.code, area.label]));

/**
 * Fuzzy fallback, for search words and interests that nothing else found, not even one typo away:
 * a word of at least FUZZY_MIN_WORD_LENGTH characters also finds catalog words that differ in up to
 * FUZZY_THRESHOLD of its characters (0.34: two in a word of six to eight, one in a word of five),
 * trying the FUZZY_MAX_SUGGESTIONS closest. Shorter words are never guessed at this way: two slips
 * in a word of four usually make another word.
 */
export const FUZZY_MIN_WORD_LENGTH = 5;
export const FUZZY_THRESHOLD = 0.34;
export const FUZZY_MAX_SUGGESTIONS = 5;

/** How long a write's Idempotency-Key (and the response stored with it) is kept for replays. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** A console session ends after this many hours without a request. */
export const SESSION_IDLE_HOURS = 12;

/** How long a one-time sign-in link stays usable. */
export const SIGN_IN_LINK_DAYS = 7;

/**
 * Retention (保存期間): a case whose last change (the person's record or any placement of theirs)
 * is this many years old, with no placement still under way, is listed for erasure
 * (`GET /v1/participants?erasable=true`). Nothing is erased without an admin's request.
 */
export const RETENTION_YEARS_AFTER_END = citySettings.retention.yearsAfterEnd;

/**
 * Retention checkpoints (定着): days after a placement starts at which the summary report counts
 * who is still taking part (its keys are `day${n}`), ascending. The host's own retention record
 * (and the retention part of the match score) is counted at HOST_RETENTION_CHECKPOINT_DAY, one of
 * them, so the host's record and the report never disagree about what "retained" means.
 */
export const RETENTION_CHECKPOINT_DAYS: readonly number[] = citySettings.retention.checkpointDays;
export const HOST_RETENTION_CHECKPOINT_DAY = citySettings.retention.hostCheckpointDay;

/** Synonym groups for search and interest matching (the settings file's, else src/config/synonyms.json). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = citySettings.synonyms.groups;

/** The everyday phrases `q` reads as conditions (the settings file's, else src/config/search-phrases.json). */
export const SEARCH_PHRASES = citySettings.searchPhrases;
