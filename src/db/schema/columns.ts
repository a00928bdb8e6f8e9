import { integer, text } from 'drizzle-orm/sqlite-core';

/** Times are stored as ISO 8601 strings with the Tokyo offset, so they sort as text and read as-is. */
export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** Optimistic-concurrency counter behind `ETag` / `If-Match`; bumped by every change. */
export const version = { version: integer('version').notNull().default(1) };
