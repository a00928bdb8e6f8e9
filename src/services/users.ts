import { eq } from 'drizzle-orm';
import { assertCan, assertMayIssueSignInLinkFor, notFound } from '../auth/policy';
import type { Ctx } from '../context';
import { SIGN_IN_LINK_DAYS } from '../config';
import { hosts, signInLinks, users, type Role } from '../db/schema';
import { isoTokyo } from '../lib/clock';
import { newId, newToken, sha256Hex } from '../lib/ids';
import { problem } from '../lib/problem';
import { auditStatement } from './audit';

export type NewUser = { name: string; role: Role; hostId?: string | null | undefined };

/** Creates a user and returns its token — the only time the token is ever visible. */
export async function createUser(ctx: Ctx, input: NewUser) {
  assertCan(ctx.actor, 'user.create');
  const hostId = input.role === 'host' ? (input.hostId ?? null) : null;
  if (input.role === 'host') {
    const host = hostId ? await ctx.db.query.hosts.findFirst({ where: eq(hosts.id, hostId), columns: { id: true } }) : undefined;
    if (!host) {
      throw problem('validation', { errors: [{ path: 'hostId', message: '受け入れ先の利用者には、登録済みの受け入れ先の id が必要です' }] });
    }
  } else if (input.hostId) {
    throw problem('validation', { errors: [{ path: 'hostId', message: 'hostId は受け入れ先（host）の利用者にだけ指定できます' }] });
  }
  const now = ctx.now();
  const token = newToken();
  const user = { id: newId('usr', now), name: input.name, role: input.role, hostId, tokenHash: await sha256Hex(token), createdAt: isoTokyo(now) };
  await ctx.db.batch([
    ctx.db.insert(users).values(user),
    auditStatement(ctx, { action: 'user.create', entity: 'user', entityId: user.id }),
  ]);
  return { id: user.id, name: user.name, role: user.role, hostId, token };
}

/**
 * A one-time link into the web console for someone who will never handle a token. Only its hash
 * is stored; the link itself appears only in this response.
 */
export async function createSignInLink(ctx: Ctx, userId: string, origin: string) {
  assertCan(ctx.actor, 'user.signInLink');
  const user = await ctx.db.query.users.findFirst({ where: eq(users.id, userId), columns: { id: true, role: true } });
  if (!user) throw notFound('利用者');
  assertMayIssueSignInLinkFor(ctx.actor, user.role);
  const now = ctx.now();
  const token = newToken();
  const expiresAt = isoTokyo(new Date(now.getTime() + SIGN_IN_LINK_DAYS * 24 * 60 * 60 * 1000));
  await ctx.db.batch([
    ctx.db.insert(signInLinks).values({ tokenHash: await sha256Hex(token), userId, createdBy: ctx.actor.id, createdAt: isoTokyo(now), expiresAt }),
    auditStatement(ctx, { action: 'user.signInLink', entity: 'user', entityId: userId }),
  ]);
  return { url: `${origin}/sign-in/${token}`, expiresAt };
}
