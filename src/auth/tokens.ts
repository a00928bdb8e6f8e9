import { eq } from 'drizzle-orm';
import type { Db } from '../db/db';
import { users } from '../db/schema';
import { isoTokyo } from '../lib/clock';
import { newId, sha256Hex } from '../lib/ids';
import type { Actor } from '../context';

/** Finds the user holding this bearer token. Only the SHA-256 of a token is ever stored or compared. */
export async function actorForToken(db: Db, token: string): Promise<Actor | null> {
  const tokenHash = await sha256Hex(token);
  return actorOf(await db.query.users.findFirst({ where: eq(users.tokenHash, tokenHash) }));
}

/** The user behind a console session: the same rules as a bearer token, so both stop working together. */
export async function actorForUserId(db: Db, userId: string): Promise<Actor | null> {
  return actorOf(await db.query.users.findFirst({ where: eq(users.id, userId) }));
}

/** The one row → actor mapping; a user that may no longer authenticate has no actor. */
function actorOf(row: typeof users.$inferSelect | undefined): Actor | null {
  return row ? { id: row.id, name: row.name, role: row.role, hostId: row.hostId ?? null } : null;
}

/** `ADMIN_TOKEN` bootstrap: an admin holding this token exists after the call (created if missing). */
export async function ensureAdmin(db: Db, token: string, now: Date): Promise<void> {
  const tokenHash = await sha256Hex(token);
  await db
    .insert(users)
    .values({ id: newId('usr', now), name: '管理者', role: 'admin', tokenHash, createdAt: isoTokyo(now) })
    .onConflictDoNothing({ target: users.tokenHash });
}
