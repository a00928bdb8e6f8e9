import { EARTH_RADIUS_KM, type GeoPoint } from './great-circle';

/*
 * A quick verdict on "at most `maxKm` apart along the great circle" from the straight chord
 * between two points on the unit sphere: a few multiplications instead of the haversine's
 * trigonometry, for the reach test run on every opportunity. The great-circle distance d and the
 * chord c satisfy c ≤ d ≤ c·(1 + (c/2R)²/5) while c/2R < 0.01 (asin x ≤ x + x³/5 there), so a
 * chord clearly past the limit is out of reach and one clearly inside it is within; only the
 * thin band between is left to the exact formula. The margins dwarf any rounding.
 */

export type UnitVector = { x: number; y: number; z: number };

export function toUnitVector(point: GeoPoint): UnitVector {
  return { x: point.cosLat * Math.cos(point.lng), y: point.cosLat * Math.sin(point.lng), z: Math.sin(point.lat) };
}

/** Squared chords (km²): beyond `outside` the points are surely more than maxKm apart; up to `inside`, surely not. */
export type ChordBounds = { outside: number; inside: number };

/** Read for every opportunity, so worked out once rather than read through the import each time. */
const EARTH_RADIUS_SQUARED_KM2 = EARTH_RADIUS_KM * EARTH_RADIUS_KM;
const RELATIVE_MARGIN = 1e-9;
const ABSOLUTE_MARGIN_KM = 1e-9;
/** Where the bound on asin stops being used (c/2R = 0.01). */
const LARGEST_BOUNDED_KM = 0.02 * EARTH_RADIUS_KM;

export function chordBounds(maxKm: number): ChordBounds {
  if (!(maxKm >= 0)) return { outside: -1, inside: -1 };
  const outsideKm = maxKm * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN_KM;
  const safeKm = maxKm * (1 - RELATIVE_MARGIN) - ABSOLUTE_MARGIN_KM;
  if (safeKm <= 0 || safeKm >= LARGEST_BOUNDED_KM) return { outside: outsideKm * outsideKm, inside: -1 };
  const half = safeKm / (2 * EARTH_RADIUS_KM);
  const insideKm = safeKm / (1 + (half * half) / 5);
  return { outside: outsideKm * outsideKm, inside: insideKm * insideKm };
}

/** The squared chord (km²) between two unit vectors, the second read from parallel arrays at `i`. */
export function chordSquaredKm(a: UnitVector, xs: Float64Array, ys: Float64Array, zs: Float64Array, i: number): number {
  const dx = xs[i]! - a.x;
  const dy = ys[i]! - a.y;
  const dz = zs[i]! - a.z;
  return (dx * dx + dy * dy + dz * dz) * EARTH_RADIUS_SQUARED_KM2;
}
