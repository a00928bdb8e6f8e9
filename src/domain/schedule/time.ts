/**
 * Clock times as minutes after midnight. "24:00" is accepted so that an evening slot can end at
 * midnight ("21:00"–"24:00") without wrapping into the next day; it can never be a start, because
 * nothing is later than it. Slots never cross midnight: a night shift is two slots.
 */

export const MINUTES_PER_DAY = 24 * 60;

const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes after midnight for `HH:MM` (00:00–24:00, two digits each), or null for anything else. */
export function parseTime(text: string): number | null {
  const parts = TIME_PATTERN.exec(text);
  if (!parts) return null;
  if (parts[1] === undefined) return MINUTES_PER_DAY;
  return Number(parts[1]) * 60 + Number(parts[2]);
}

/** `HH:MM` for minutes after midnight (0–1440). */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
