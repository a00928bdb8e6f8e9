import { TOKYO_OFFSET_MS } from '../domain/dates';

/**
 * A stored timestamp as staff in Nagareyama read it (`2026年11月27日 12:34`), whatever offset it
 * was written with: the city works in Tokyo time.
 */
export function tokyoDateTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const [date = '', time = ''] = new Date(at + TOKYO_OFFSET_MS).toISOString().split('T');
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日 ${time.slice(0, 5)}`;
}
