import { eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { hosts, users } from '../../db/schema';
import type { Role } from '../../domain/roles';
import { isoTokyo } from '../../lib/clock';
import { newId, newToken, sha256Hex } from '../../lib/ids';
import { problem } from '../../lib/problem';
import { auditStatement } from '../audit/rows';

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
