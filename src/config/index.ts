/**
 * Settings a city may want to change. Each constant says what it means; code elsewhere reads
 * them from here and nowhere else.
 */

/** The city's area codes (hosts, opportunity locations, participant homes). Nagareyama's default. */
export const AREAS = ['north', 'central', 'south', 'east'] as const;

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
export const CALLER_RATE_LIMIT = { limit: 600, windowSeconds: 60 } as const;
export const FAILED_SIGN_IN_LIMIT = { limit: 20, windowSeconds: 60 } as const;

/* ── Matching ─────────────────────────────────────────────────────────────────────────────── */

/** Schedule: a person and an opening fit only when one shared window lasts at least this long. */
export const MIN_OVERLAP_MINUTES = 60;

/**
 * Travel estimate: straight-line distance is multiplied by this to allow for real roads, then
 * each mode's speed and fixed minutes (walking to the stop, waiting, parking) give the time.
 * The fastest mode the person can use counts.
 */
export const TRAVEL_DETOUR_FACTOR = 1.3;
export const TRAVEL_SPEEDS = {
  walk: { kmPerHour: 4.8, fixedMinutes: 0 },
  bicycle: { kmPerHour: 12, fixedMinutes: 0 },
  bus: { kmPerHour: 15, fixedMinutes: 10 },
  train: { kmPerHour: 25, fixedMinutes: 12 },
  car: { kmPerHour: 25, fixedMinutes: 5 },
} as const;

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
 * - retention: the host's record of people still taking part after 90 days, when it is good.
 */
export const MATCH_SCORE_WEIGHTS = {
  interest: 0.3,
  step: 0.3,
  schedule: 0.15,
  travel: 0.12,
  pay: 0.15,
  understanding: 0.1,
  support: 0.03,
  retention: 0.05,
} as const;

/** Step part: credit lost for each step the opening sits below the person's step. */
export const STEP_BELOW_PENALTY = 0.5;

/** Schedule part: this many shared minutes a week earn full credit (less earns a share). */
export const SCHEDULE_FULL_CREDIT_MINUTES = 240;

/* ── Matching: where places are and what the hard constraints allow (hard constraints, issue 12) ── */

/**
 * Each area's representative point: a home or a place without coordinates is put here, so its
 * travel is still estimated (and marked as an estimate) instead of guessed from the area alone.
 * Nagareyama's defaults; a city changes them with AREAS.
 */
export const AREA_REPRESENTATIVE_POINTS: Readonly<Record<string, { lat: number; lng: number }>> = {
  north: { lat: 35.8975, lng: 139.912 },
  central: { lat: 35.8718, lng: 139.9252 },
  south: { lat: 35.8378, lng: 139.9048 },
  east: { lat: 35.865, lng: 139.945 },
};

/**
 * Stations a home may be given as, instead of coordinates the person would rather not give
 * (approximate public coordinates of the station; they are not personal data). Nagareyama's.
 */
export const STATIONS: Readonly<Record<string, { lat: number; lng: number }>> = {
  流山おおたかの森: { lat: 35.8719, lng: 139.925 },
  南流山: { lat: 35.8381, lng: 139.9036 },
  流山セントラルパーク: { lat: 35.8548, lng: 139.9176 },
  江戸川台: { lat: 35.8979, lng: 139.9109 },
  初石: { lat: 35.8826, lng: 139.9273 },
  運河: { lat: 35.9139, lng: 139.9056 },
  平和台: { lat: 35.8648, lng: 139.8993 },
  鰭ヶ崎: { lat: 35.8452, lng: 139.9108 },
  流山: { lat: 35.8566, lng: 139.8976 },
  豊四季: { lat: 35.8738, lng: 139.9469 },
  柏の葉キャンパス: { lat: 35.8932, lng: 139.9524 },
};

/** A need for short hours is also met when no slot of the opening lasts longer than this. */
export const SHORT_HOURS_MAX_SLOT_MINUTES = 180;

/** Travel part: credit when coordinates are missing and sharing an area is all we know. */
export const TRAVEL_UNKNOWN_CREDIT = 0.5;

/** Support part: this many kinds of support beyond the person's needs earn full credit. */
export const SUPPORT_FULL_CREDIT_COUNT = 3;

/**
 * Retention part: a host's 90-day retention rate is blended with a neutral prior, as if it had
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
export const STALE_LISTING_DAYS = 90;

/** Warn that an opening is nearly full when this many seats or fewer are left. */
export const NEARLY_FULL_SEATS = 1;

/** Follow-up (定着支援): days after a placement starts (enters trial or active) when a check-in is due. */
export const FOLLOW_UP_DAYS = [7, 14, 30, 90, 180] as const;

/**
 * A check-in completes a follow-up due up to this many days after it, so a visit made a little
 * early still counts and the follow-up does not linger as open.
 */
export const FOLLOW_UP_EARLY_GRACE_DAYS = 3;

/** Follow-ups due from today up to this many days ahead are listed as `due` (this week's work). */
export const FOLLOW_UP_DUE_WINDOW_DAYS = 7;

/** How far ahead the follow-up list looks when the caller gives no `until` date. */
export const FOLLOW_UP_DEFAULT_HORIZON_DAYS = 60;

/**
 * A host may send this many reports (host_report check-ins) a day about one placement; more is
 * refused with 429 until the next day (Tokyo), so no host can flood the follow-up list.
 */
export const HOST_REPORTS_PER_PLACEMENT_PER_DAY = 10;

/** Warning sign: this many check-ins in a row that recorded attendance below the ratio below. */
export const LOW_ATTENDANCE_STREAK = 2;
/** Warning sign: attended / planned below this share counts as low attendance. */
export const LOW_ATTENDANCE_RATIO = 0.5;

/** Warning sign: wellbeing (1…5) at least this much below its recent best. */
export const WELLBEING_DROP = 2;
/** How many wellbeing readings (the latest included) make up "recent" for the drop above. */
export const WELLBEING_LOOKBACK_READINGS = 3;

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

/** Japanese names of the area codes in AREAS, used in reports (CSV) and the HSDS export. Change the two together. */
export const AREA_LABELS: Record<(typeof AREAS)[number], string> = { north: '北部', central: '中部', south: '南部', east: '東部' };

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
export const RETENTION_YEARS_AFTER_END = 5;

/**
 * Retention (定着) checkpoints: days after a placement starts at which the summary report counts
 * whether it was still going, one `day${n}` figure each. Nagareyama reports at 30, 90 and 180 days.
 */
export const RETENTION_CHECKPOINT_DAYS: readonly number[] = [30, 90, 180];

/** The checkpoint behind a host's record of keeping people (the retention part of a match); one of the above. */
export const HOST_RETENTION_CHECKPOINT_DAY = 90;
