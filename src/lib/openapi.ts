import { OpenAPIHono, z, type Hook } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { problem, PROBLEMS, type FieldError, type ProblemCode } from './problem';

z.config(z.locales.ja());

/** Every zod issue becomes one `{ path, message }`; unknown keys are reported one by one. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: `「${key}」という項目はありません` }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) {
    const errors = fieldErrors(result.error);
    throw problem('validation', { detail: `${errors.length}件の入力の誤りがあります`, errors });
  }
};

/** A router whose routes all validate through the one hook above. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** Codes listed in the OpenAPI description so clients can see every machine code in one place. */
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/**
 * A required JSON body with a full example. The example is typed by the schema's input, and the
 * contract test parses it with the schema, so the documented request is one the route accepts.
 */
export function jsonBody<T extends z.ZodType>(schema: T, example: z.input<T>) {
  return { content: { 'application/json': { schema, example } }, required: true, description: 'JSON' };
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A status some code in the one table is thrown with; only these can be documented as problems. */
export type ProblemStatus = (typeof PROBLEMS)[ProblemCode]['status'];

const STATUS_DESCRIPTIONS: Partial<Record<ProblemStatus, string>> = {
  400: '入力の誤り（すべての誤りを errors に列挙）',
  401: '認証が必要',
  403: 'この役割では許可されていない操作',
  404: '存在しない、または見る権限のない対象',
  409: '現在の状態と両立しない操作',
  412: 'If-Match が現在の版と一致しない',
  413: '本文が大きすぎる',
  422: 'Idempotency-Key の再利用で本文が異なる、または取り込むファイルに問題がある',
};

/**
 * The problem schema of one status, its `code` narrowed to the codes the table gives that status,
 * so the contract lists every code a client may meet and cannot drift from what is thrown.
 */
function problemSchemaOf(status: ProblemStatus) {
  const codes = PROBLEM_CODES.filter((code) => PROBLEMS[code].status === status);
  const description = codes.map((code) => `${code}: ${PROBLEMS[code].title}`).join(' / ');
  return ProblemSchema.extend({ code: z.enum(codes).openapi({ description }) }).openapi(`Problem${status}`);
}

const problemSchemas = new Map<ProblemStatus, ReturnType<typeof problemSchemaOf>>();

/** Problem responses for the given statuses (401 always), documented once. */
export function problems(...statuses: ProblemStatus[]) {
  return Object.fromEntries(
    [...new Set<ProblemStatus>([401, ...statuses])].map((status) => {
      const schema = problemSchemas.get(status) ?? problemSchemaOf(status);
      problemSchemas.set(status, schema);
      return [status, { content: { 'application/problem+json': { schema } }, description: STATUS_DESCRIPTIONS[status] ?? 'エラー' }];
    }),
  );
}

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export { z };
