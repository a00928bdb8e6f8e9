/**
 * The one error type of the service. Every failure a caller can see is a `Problem` with a
 * machine-readable `code`; `app.onError` renders it as RFC 9457 problem details.
 */

type ProblemDefinition = { status: number; title: string };

/** Every code a client can receive, with its status and a short Japanese title. */
export const PROBLEMS = {
  validation: { status: 400, title: '入力内容に誤りがあります' },
  malformed_json: { status: 400, title: 'JSON として読み取れません' },
  unauthorized: { status: 401, title: '認証が必要です' },
  forbidden: { status: 403, title: 'この操作は許可されていません' },
  not_found: { status: 404, title: '見つかりません' },
  method_not_allowed: { status: 405, title: 'このメソッドは使えません' },
  capacity_below_filled: { status: 409, title: '定員を利用中の人数より少なくはできません' },
  consent_required: { status: 409, title: '本人の同意が必要です' },
  not_open: { status: 409, title: '受け入れメニューが募集中ではありません' },
  invalid_transition: { status: 409, title: 'その状態には進めません' },
  no_seats: { status: 409, title: '空きがありません' },
  conflict: { status: 409, title: '他の変更と重なりました' },
  stale: { status: 412, title: 'ほかの人が先に更新しました' },
  payload_too_large: { status: 413, title: 'リクエストが大きすぎます' },
  // thrown when the path and query of a request are longer than MAX_URL_BYTES
  uri_too_long: { status: 414, title: 'URL が長すぎます' },
  unsupported_media_type: { status: 415, title: 'JSON で送ってください' },
  idempotency_mismatch: { status: 422, title: '同じ Idempotency-Key で異なる内容が送られました' },
  // thrown when a caller, or an address failing to sign in, exceeds its rate limit (with Retry-After)
  rate_limited: { status: 429, title: 'リクエストが多すぎます' },
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
