/**
 * The one error type of the service. Every failure a caller can see is a `Problem` with a
 * machine-readable `code`; `app.onError` renders it as RFC 9457 problem details.
 */

type ProblemDefinition = { status: number; title: string };

/** Every code a client can receive, with its status and a short Japanese title. */
export const PROBLEMS = {
  /** A body, path, query or header fails its schema, or a service rejects a field; `errors` lists every problem. */
  validation: { status: 400, title: '入力内容に誤りがあります' },
  /** The body claims to be JSON and cannot be parsed. */
  malformed_json: { status: 400, title: 'JSON として読み取れません' },
  /** The `/v1` request has no bearer token, or one that matches no user. */
  unauthorized: { status: 401, title: '認証が必要です' },
  /** The caller's role may never do this, or this part of it (a host moving past a proposal, an unassigned supporter writing `private`). */
  forbidden: { status: 403, title: 'この操作は許可されていません' },
  /** The object is missing or outside the caller's scope, indistinguishably; also an unknown path. */
  not_found: { status: 404, title: '見つかりません' },
  /** The path exists but not with this method; the answer carries `Allow`. */
  method_not_allowed: { status: 405, title: 'このメソッドは使えません' },
  /** A PATCH would set an opportunity's capacity below the seats in use. */
  capacity_below_filled: { status: 409, title: '定員を利用中の人数より少なくはできません' },
  /** A placement is proposed or moved forward while the participant's consent is not `given`. */
  consent_required: { status: 409, title: '本人の同意が必要です' },
  /** A placement is proposed or accepted while the opportunity is not open or its host not active. */
  not_open: { status: 409, title: '受け入れメニューが募集中ではありません' },
  /** The participant's personal data was erased: they can no longer be edited, matched, proposed or erased again. */
  erased: { status: 409, title: 'この参加者の情報は消去済みです' },
  /** A participant is to be erased while one of their placements is still under way (proposed, accepted, trial or active). */
  case_open: { status: 409, title: '進行中のつなぎがあります' },
  /** A placement move the state machine does not allow from its current status (`domain/placement/transitions.ts`). */
  invalid_transition: { status: 409, title: 'その状態には進めません' },
  /** A placement enters `accepted` when the opportunity has no seat left. */
  no_seats: { status: 409, title: '空きがありません' },
  /** A placement already live for this participant and opportunity, a check-in on one not under way, or a concurrent write to the same placement or check-in. */
  conflict: { status: 409, title: '他の変更と重なりました' },
  /** `If-Match` names an old version, or a version-guarded write lost its race (`lib/etag.ts`). */
  stale: { status: 412, title: 'ほかの人が先に更新しました' },
  /** The body exceeds `MAX_BODY_BYTES` (an imported file, `MAX_IMPORT_BYTES`). */
  payload_too_large: { status: 413, title: 'リクエストが大きすぎます' },
  /** The request's path and query are longer than `MAX_URL_BYTES` (also raised by the Node server's parser hook). */
  uri_too_long: { status: 414, title: 'URL が長すぎます' },
  /** A route that takes a JSON body received another `Content-Type` (raised by the request validator). */
  unsupported_media_type: { status: 415, title: 'JSON で送ってください' },
  /** An `Idempotency-Key` is reused by the same caller with a different request. */
  idempotency_mismatch: { status: 422, title: '同じ Idempotency-Key で異なる内容が送られました' },
  /** A catalog spreadsheet cannot be read, or any of its rows is invalid; `errors` has every problem as `<line>.<column>`, and nothing was written. */
  import_invalid: { status: 422, title: 'ファイルに問題があるため取り込めません' },
  /** More requests than a limit allows: a caller's rate, failed sign-ins from one address, or a host's reports on one placement in a day (with `Retry-After`). */
  rate_limited: { status: 429, title: 'リクエストが多すぎます。しばらくしてからもう一度お試しください' },
  /** Anything unexpected; the log keeps the cause, the caller gets the request id. */
  internal: { status: 500, title: 'サーバーで問題が起きました' },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;

/** One problem with one input field; `path` is dotted (`schedule.0.start`), empty for the whole body. */
export type FieldError = { path: string; message: string };

export class Problem extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors?: FieldError[];

  constructor(code: ProblemCode, options: { detail?: string; errors?: FieldError[] } = {}) {
    const definition: ProblemDefinition = PROBLEMS[code];
    super(options.detail ?? definition.title);
    this.name = 'Problem';
    this.code = code;
    this.status = definition.status;
    this.title = definition.title;
    this.detail = options.detail ?? definition.title;
    if (options.errors) this.errors = options.errors;
  }
}

export function problem(code: ProblemCode, options?: { detail?: string; errors?: FieldError[] }): Problem {
  return new Problem(code, options);
}

/** Input errors found by hand (beyond the zod schema) are reported the same way as schema errors. */
export function assertNoFieldErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw problem('validation', { detail: `${errors.length}件の入力の誤りがあります`, errors });
}
