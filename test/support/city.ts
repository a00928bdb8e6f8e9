/**
 * The city the suite runs for: every area, label, station, cadence and checkpoint a test needs,
 * taken from the settings in force, so the same suite proves the service for any city's settings
 * (CI runs it for Nagareyama's and for test/cities/second-city.json).
 */
import { readFileSync } from 'node:fs';
import {
  AREA_LABELS,
  AREA_REPRESENTATIVE_POINTS,
  AREAS,
  FOLLOW_UP_DAYS,
  RETENTION_CHECKPOINT_DAYS,
  STALE_LISTING_DAYS,
  STATIONS,
} from '../../src/config';

export type Area = (typeof AREAS)[number];
export type Point = { lat: number; lng: number };

/** The city's area codes, in the settings' order. */
export const areas: readonly Area[] = AREAS;

/** The city's area at `index` (from 0); the suite needs four areas at most. */
export function areaAt(index: number): Area {
  const area = AREAS[index];
  if (area === undefined) throw new Error(`the suite needs at least ${index + 1} areas in the city settings`);
  return area;
}

/** Distinct areas, for tests that need one, another, or a third. */
export const anArea = areaAt(0);
export const anotherArea = areaAt(1);
export const aThirdArea = areaAt(2);

/** A code the settings do not have: the invalid example, whatever the city calls its areas. */
export const notAnArea = (() => {
  let code = 'nowhere';
  while ((AREAS as readonly string[]).includes(code)) code += '-x';
  return code;
})();

/** The Japanese name of an area, as reports, CSV and HSDS show it. */
export function labelOf(area: Area): string {
  const label = AREA_LABELS[area];
  if (label === undefined) throw new Error(`the city settings give no label for ${area}`);
  return label;
}

/** An area's representative point: the place homes and openings without coordinates are put. */
export function pointOf(area: Area): Point {
  const point = AREA_REPRESENTATIVE_POINTS[area];
  if (!point) throw new Error(`the city settings give no representative point for ${area}`);
  return point;
}

/**
 * A point `km` kilometres north of an area's representative point (south when negative; 1° of
 * latitude is about 111 km everywhere), so distances in a test are the same in every city.
 */
export function northOf(area: Area, km: number): Point {
  const { lat, lng } = pointOf(area);
  return { lat: Math.round((lat + km / 111) * 1e4) / 1e4, lng };
}

/** The stations a home may be given as, with their points; empty when the city names none. */
export const stations: readonly { name: string; lat: number; lng: number }[] = Object.entries(STATIONS).map(([name, p]) => ({
  name,
  ...p,
}));

/** Follow-up cadence: days after the start when a check-in is due. */
export const followUpDays: readonly number[] = FOLLOW_UP_DAYS;

/** The summary report's retention checkpoints (its keys are `day${n}`). */
export const retentionCheckpointDays: readonly number[] = RETENTION_CHECKPOINT_DAYS;

/** Days without an update or confirmation after which a listing is stale. */
export const staleListingDays: number = STALE_LISTING_DAYS;

/** Nagareyama's area names, in the order of its codes, as the spreadsheets in test/fixtures spell them. */
const FIXTURE_AREA_LABELS = ['北部', '中部', '南部', '東部'] as const;

/**
 * A spreadsheet from test/fixtures, with its area names (written for Nagareyama) turned into the
 * city's: labels in a UTF-8 file, codes in a Shift_JIS one (ASCII reads the same there, and the
 * import takes either). Unchanged under Nagareyama's settings.
 */
export function spreadsheetFixture(name: string): Buffer {
  const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
  const sjis = (() => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      return false;
    } catch {
      return true;
    }
  })();
  let out: Buffer = bytes;
  FIXTURE_AREA_LABELS.forEach((written, index) => {
    const area = areaAt(index);
    if (labelOf(area) === written) return;
    const from = sjis ? Buffer.from(SJIS_AREA_LABELS[written], 'hex') : Buffer.from(written);
    out = replaceBytes(out, from, Buffer.from(sjis ? area : labelOf(area)));
  });
  return out;
}

/** The same names in Shift_JIS, which Node can read but not write. */
const SJIS_AREA_LABELS: Record<(typeof FIXTURE_AREA_LABELS)[number], string> = {
  北部: '966b9594',
  中部: '92869594',
  南部: '93ec9594',
  東部: '938c9594',
};

function replaceBytes(bytes: Buffer, from: Buffer, to: Buffer): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, start)) {
    parts.push(bytes.subarray(start, at), to);
    start = at + from.length;
  }
  parts.push(bytes.subarray(start));
  return Buffer.concat(parts);
}
