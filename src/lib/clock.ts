import { TOKYO_OFFSET_MS } from '../domain/dates';

/** An ISO 8601 timestamp with the Tokyo offset (`2026-11-27T12:34:56.789+09:00`): what staff read. */
export function isoTokyo(at: Date): string {
  return new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString().replace('Z', '+09:00');
}
