import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { assertCan, assertMayIssueSignInLinkFor, notFound } from '../../auth/policy';
import type { Ctx } from '../../context';
import { SIGN_IN_LINK_DAYS } from '../../config';
import { hosts, signInLinks, users } from '../../db/schema';
import type { Role } from '../../domain/roles';
import { isoTokyo } from '../../lib/clock';
import { newId, newToken, sha256Hex } from '../../lib/ids';
import { afterIdCursor, pageAfter, type Page, type PageRequest } from '../../lib/pagination';
import { problem } from '../../lib/problem';
import { auditStatement, guardedAudit } from '../audit/rows';

export type NewUser = { name: string; role: Role; hostId?: string | null | undefined };
export type UserChanges = { name?: string | undefined; disabled?: boolean | undefined };

type UserRow = typeof users.$inferSelect;

/** What an admin sees of a user: never the token, nor its hash. */
export type UserView = { id: string; name: string; role: Role; hostId: string | null; disabled: boolean; createdAt: string };

function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hostId: row.hostId ?? null,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt,
  };
}

/** Creates a user and returns its token — the only time the token is ever visible. */
export async function createUser(ctx: Ctx, input: NewUser) {
  assertCan(ctx.actor, 'user.create');
  const hostId = input.role === 'host' ? (input.hostId ?? null) : null;
  if (input.role === 'host') {
    const host = hostId ? await ctx.db.query.hosts.findFirst({ where: eq(hosts.id, hostId), columns: { id: true } }) : undefined;
    if (!host) {
      throw problem('validation', {
        errors: [{ path: 'hostId', message: '受け入れ先の利用者には、登録済みの受け入れ先の id が必要です' }],
      });
    }
  } else if (input.hostId) {
    throw problem('validation', { errors: [{ path: 'hostId', message: 'hostId は受け入れ先（host）の利用者にだけ指定できます' }] });
  }
  const now = ctx.now();
  const token = newToken();
  const user = {
    id: newId('usr', now),
    name: input.name,
    role: input.role,
    hostId,
    tokenHash: await sha256Hex(token),
    createdAt: isoTokyo(now),
  };
  await ctx.db.batch([
    ctx.db.insert(users).values(user),
    auditStatement(ctx, { action: 'user.create', entity: 'user', entityId: user.id }),
  ]);
  return { id: user.id, name: user.name, role: user.role, hostId, token };
}

export async function listUsers(ctx: Ctx, query: PageRequest): Promise<Page<UserView>> {
  assertCan(ctx.actor, 'user.read');
  const after = afterIdCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(users)
    .where(after === null ? undefined : gt(users.id, after))
    .orderBy(asc(users.id))
    .limit(query.limit + 1);
  const page = pageAfter(rows, query.limit);
  return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
}

/** Renames, disables or re-enables a user. A disabled user's token is refused from the next request on. */
export async function updateUser(ctx: Ctx, id: string, patch: UserChanges): Promise<UserView> {
  assertCan(ctx.actor, 'user.update');
  // An admin who disabled themselves could leave the city with no way in but a restart.
  if (patch.disabled && id === ctx.actor.id)
    throw problem('validation', { errors: [{ path: 'disabled', message: '自分自身は無効にできません' }] });
  const guard = guardedAudit(
    ctx,
    {
      action: patch.disabled === undefined ? 'user.update' : patch.disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: id,
    },
    sql`exists (select 1 from ${users} where ${users.id} = ${id})`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(users)
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        // Disabling again keeps the first date.
        ...(patch.disabled !== undefined && {
          disabledAt: patch.disabled ? sql`coalesce(${users.disabledAt}, ${isoTokyo(ctx.now())})` : null,
        }),
      })
      .where(and(eq(users.id, id), guard.holds))
      .returning(),
  ]);
  if (!updated[0]) throw notFound('利用者');
  return toUserView(updated[0]);
}

/** Gives the user a new token, shown only in this response; the old one stops working at once. */
export async function rotateUserToken(ctx: Ctx, id: string): Promise<{ token: string }> {
  assertCan(ctx.actor, 'user.update');
  const token = newToken();
  const guard = guardedAudit(
    ctx,
    { action: 'user.token.rotate', entity: 'user', entityId: id },
    sql`exists (select 1 from ${users} where ${users.id} = ${id})`,
  );
  const [, updated] = await ctx.db.batch([
    guard.statement,
    ctx.db
      .update(users)
      .set({ tokenHash: await sha256Hex(token) })
      .where(and(eq(users.id, id), guard.holds))
      .returning({ id: users.id }),
  ]);
  if (!updated[0]) throw notFound('利用者');
  return { token };
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
    ctx.db
      .insert(signInLinks)
      .values({ tokenHash: await sha256Hex(token), userId, createdBy: ctx.actor.id, createdAt: isoTokyo(now), expiresAt }),
    auditStatement(ctx, { action: 'user.signInLink', entity: 'user', entityId: userId }),
  ]);
  return { url: `${origin}/sign-in/${token}`, expiresAt };
}
