import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/db';
import { hosts, users } from '../db/schema';
import type { HostStatus } from '../domain/types';
import { isoTokyo } from '../lib/clock';
import { sha256Hex } from '../lib/ids';
import type { Actor } from '../context';

/** The bootstrap admin has one fixed id, so a new ADMIN_TOKEN replaces its token instead of adding an admin. */
export const BOOTSTRAP_ADMIN_ID = 'usr_bootstrap_admin';

/** Shorter bootstrap tokens can be guessed; the process refuses to start with one. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

export type TokenHolder = { actor: Actor; hostStatus: HostStatus | null };

/**
 * Finds the enabled user holding this bearer token, with the status of its host (for host users).
 * Only the SHA-256 of a token is ever stored or compared.
 */
export async function holderOfToken(db: Db, token: string): Promise<TokenHolder | null> {
  const tokenHash = await sha256Hex(token);
  return holderWhere(db, eq(users.tokenHash, tokenHash));
}

/** The user behind a console session: the same rules as a bearer token, so both stop working together. */
export function holderOfUser(db: Db, userId: string): Promise<TokenHolder | null> {
  return holderWhere(db, eq(users.id, userId));
}

/** The one user → holder read; a disabled user holds nothing. */
async function holderWhere(db: Db, which: SQL): Promise<TokenHolder | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, hostId: users.hostId, hostStatus: hosts.status })
    .from(users)
    .leftJoin(hosts, eq(hosts.id, users.hostId))
    .where(and(which, isNull(users.disabledAt)));
  if (!row) return null;
  return { actor: { id: row.id, name: row.name, role: row.role, hostId: row.hostId ?? null }, hostStatus: row.hostStatus ?? null };
}

export function adminTokenProblem(token: string): string | null {
  return token.length < MIN_ADMIN_TOKEN_LENGTH ? `ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long` : null;
}

/**
 * `ADMIN_TOKEN` bootstrap: afterwards the one bootstrap admin holds exactly this token, enabled,
 * and a previous bootstrap token no longer works. Anyone else holding the same token loses it.
 */
export async function ensureAdmin(db: Db, token: string, now: Date): Promise<void> {
  const weakness = adminTokenProblem(token);
  if (weakness) throw new Error(weakness);
  const tokenHash = await sha256Hex(token);
  await db.batch([
    // A token hash can never start with "revoked:", so the row keeps a unique value that no token matches.
    db
      .update(users)
      .set({ tokenHash: sql`'revoked:' || ${users.id}`, disabledAt: isoTokyo(now) })
      .where(and(eq(users.tokenHash, tokenHash), ne(users.id, BOOTSTRAP_ADMIN_ID))),
    db
      .insert(users)
      .values({ id: BOOTSTRAP_ADMIN_ID, name: '管理者', role: 'admin', tokenHash, createdAt: isoTokyo(now) })
      .onConflictDoUpdate({ target: users.id, set: { tokenHash, role: 'admin', disabledAt: null } }),
  ]);
}
