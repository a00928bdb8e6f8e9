import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../domain/roles';
import { hosts } from './catalog';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  hostId: text('host_id').references(() => hosts.id),
  /** SHA-256 of the bearer token; the token itself is never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  /** Set when an admin disables the user: its token stops working at once. */
  disabledAt: text('disabled_at'),
  createdAt: text('created_at').notNull(),
});
