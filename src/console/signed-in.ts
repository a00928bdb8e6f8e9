/** What every signed-in page runs through: the session, the same host-status rule as the API, and small helpers. */
import type { Context } from 'hono';
import { assertHostMayAct } from '../auth/policy';
import type { AppEnv, Ctx } from '../context';
import { Problem } from '../lib/problem';
import type { FieldMessages } from './components/field';
import type { Viewer } from './components/layout';
import { currentSession, type ConsoleSession } from './session';

export type C = Context<AppEnv>;
export type SignedIn = { ctx: Ctx; viewer: Viewer; session: ConsoleSession };

/**
 * Pages only for someone signed in; anyone else is sent to the sign-in page and nothing runs.
 * A wrapper rather than middleware: the console is mounted at `/`, and middleware there would
 * also run for every `/v1` request, which must never look at the cookie.
 */
export function signedIn(handler: (c: C, who: SignedIn) => Promise<Response>) {
  return async (c: C) => {
    const session = await currentSession(c);
    if (!session) return c.redirect('/', 303);
    const ctx: Ctx = { ...c.get('deps'), actor: session.actor, requestId: c.get('requestId') };
    c.set('ctx', ctx);
    // The same rule as the API: an ended host's people are refused everywhere, a paused host's may only read.
    assertHostMayAct(session.actor, session.hostStatus, c.req.method !== 'GET');
    return handler(c, { ctx, session, viewer: { actor: session.actor, csrf: session.csrf } });
  };
}

export function validMessages(error: unknown): FieldMessages {
  if (!(error instanceof Problem) || error.code !== 'validation') throw error;
  return Object.fromEntries((error.errors ?? []).map((e) => [e.path, e.message]));
}

/** Every route that calls this has `:id` in its path. */
export function idParam(c: C): string {
  return c.req.param('id') ?? '';
}

/** A list page's filters as query parameters for its next-page link, without the empty ones. */
export function stripEmpty(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
