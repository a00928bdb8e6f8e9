/** A share rounded to three decimals (0.667), or null when nothing could be counted: 0 of 0 is no rate at all, not 0 %. */
export function rate(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 1000;
}
