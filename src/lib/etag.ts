import { problem } from './problem';

/** The `ETag` of a versioned object. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/**
 * `If-Match` is optional; when given it must name the current version (`*` matches anything).
 * A stale one means someone changed the object since the caller read it: 412, nothing changes.
 */
export function assertIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || namesTag(ifMatch, etagOf(version))) return;
  throw problem('stale', { detail: 'ほかの人が先に更新しました。最新の内容を読み直してから、もう一度変更してください' });
}

/** Whether an `If-Match` or `If-None-Match` header names `etag` or `*` (a weak tag counts too). */
export function namesTag(header: string, etag: string): boolean {
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag);
}

/** The answer when a write conditional on the version read lost to a concurrent change. */
export function lostRace() {
  return problem('stale', { detail: 'ほかの人が同時に更新しました。最新の内容を読み直してから、もう一度変更してください' });
}
