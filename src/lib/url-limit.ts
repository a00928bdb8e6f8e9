import { createMiddleware } from 'hono/factory';
import { MAX_URL_BYTES } from '../config';
import type { AppEnv } from '../context';
import { problem } from './problem';

/** 414 for a path and query longer than MAX_URL_BYTES, before any route parses them. */
export const urlLimit = createMiddleware<AppEnv>(async (c, next) => {
  const url = new URL(c.req.url);
  if (url.pathname.length + url.search.length > MAX_URL_BYTES) {
    throw problem('uri_too_long', { detail: `URL は ${MAX_URL_BYTES / 1024} KiB までです。長い検索語は短くしてください` });
  }
  await next();
});
