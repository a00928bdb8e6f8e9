import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Web console sessions. Only the SHA-256 of the cookie's value is stored, like bearer tokens. */
export const consoleSessions = sqliteTable(
  'console_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
  },
  (t) => [index('console_sessions_user_idx').on(t.userId)],
);

/** One-time sign-in links for people who will never handle a token; `usedAt` is set on first use. */
export const signInLinks = sqliteTable('sign_in_links', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
});
