/**
 * The period a summary report covers: inclusive dates (`YYYY-MM-DD`, Asia/Tokyo). Cities report
 * by Japanese fiscal year, April 1 to March 31, so that is the default.
 */

export type Period = { from: string; to: string };

/** The fiscal year (April 1 – March 31) that contains `date`. */
export function fiscalYearOf(date: string): Period {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return { from: `${yearText(start)}-04-01`, to: `${yearText(start + 1)}-03-31` };
}

/**
 * The period asked for. A missing end is taken from the fiscal year of the end that was given, so
 * `from=2026-10-01` alone means the second half of fiscal 2026; with neither, the fiscal year
 * containing today.
 */
export function reportPeriod(query: { from?: string | undefined; to?: string | undefined }, today: string): Period {
  if (query.from && query.to) return { from: query.from, to: query.to };
  if (query.from) return { from: query.from, to: fiscalYearOf(query.from).to };
  if (query.to) return { from: fiscalYearOf(query.to).from, to: query.to };
  return fiscalYearOf(today);
}

/** Figures that need days to have passed (retention, follow-ups due) count up to here: the period's end, or today if that is earlier. */
export function countedThrough(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}
