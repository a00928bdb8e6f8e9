import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { fieldErrors } from '../lib/openapi';
import { Problem, problem } from '../lib/problem';
import type { FieldMessages } from './components/field';
import type { AppEnv } from '../context';

/** Form fields by name; a repeated name (checkboxes) keeps every value; a multipart form's files by name. */
export type FormValues = { one: Record<string, string>; all: (name: string) => string[]; file: (name: string) => File | undefined };

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Reads a posted form, refusing it (403, nothing done) unless it carries this session's CSRF token. */
export async function readForm(c: Context<AppEnv>, csrf: string): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const token = body['_csrf'];
  if (!csrf || typeof token !== 'string' || !timingSafeEqual(token, csrf)) {
    throw problem('forbidden', { detail: 'このフォームは受け付けられません。ページを読み込み直してから、もう一度送ってください' });
  }
  const one: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') one[name] = first;
  }
  const all = (name: string) => {
    const value = body[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  };
  // A file input left empty still sends a part: a nameless, empty file, which is no file.
  const file = (name: string) => {
    const value = body[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first instanceof File && (first.name !== '' || first.size > 0) ? first : undefined;
  };
  return { one, all, file };
}

/** Validates with the API's own schema; its problems come out exactly as the API reports them. */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw problem('validation', { detail: `${errors.length}件の入力の誤りがあります`, errors });
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; problem: Problem; messages: FieldMessages };

/**
 * Runs a service verb for a form: a problem the person can fix (invalid input, a conflict with
 * the current state) comes back as messages for the page; anything else goes to the error page.
 */
export async function attempt<T>(work: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof Problem) || ![400, 409, 412].includes(error.status)) throw error;
    const messages: FieldMessages = {};
    for (const { path, message } of error.errors ?? []) messages[path] ??= message;
    // A refusal about the whole form (a conflict, a stale version) is shown above it.
    if (!error.errors?.length) messages[''] = error.detail;
    return { ok: false, problem: error, messages };
  }
}

/** Optional text: a blank field means "nothing", which the API spells null. */
export function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A number field: blank is "not given"; anything else goes to the schema as a number to judge. */
export function numberOrNull(value: string | undefined): number | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : Number(trimmed);
}
