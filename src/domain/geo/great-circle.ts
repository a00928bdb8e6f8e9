/** Mean Earth radius used for great-circle distances. */
export const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

/** A point prepared for repeated distance checks: radians, with the cosine of the latitude kept. */
export type GeoPoint = { lat: number; lng: number; cosLat: number };

/** The prepared point of a place, or null when it lacks either coordinate. */
export function toGeoPoint(place: { lat?: number | null; lng?: number | null }): GeoPoint | null {
  const { lat, lng } = place;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
    return null;
  }
  return inRadians(lat * RAD, lng * RAD);
}

/** The prepared point at this latitude and longitude, in radians. */
export function inRadians(lat: number, lng: number): GeoPoint {
  return { lat, lng, cosLat: Math.cos(lat) };
}

/** Great-circle distance in km by the haversine formula. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(b.lat - a.lat, b.lng - a.lng, a.cosLat * b.cosLat);
}

/** Prepared points kept as parallel arrays (point i is `lat[i]`, `lng[i]`, `cosLat[i]`). */
export type GeoColumns = { readonly lat: Float64Array; readonly lng: Float64Array; readonly cosLat: Float64Array };

/**
 * distanceKm to point `i` of `points`, read in place. Both use one formula on the same numbers, so
 * a check on the arrays and one on GeoPoints agree to the last bit.
 */
export function distanceKmTo(a: GeoPoint, points: GeoColumns, i: number): number {
  return haversineKm(points.lat[i]! - a.lat, points.lng[i]! - a.lng, a.cosLat * points.cosLat[i]!);
}

/** From the differences in latitude and longitude (radians) and the product of the latitudes' cosines. */
function haversineKm(latDelta: number, lngDelta: number, cosLats: number): number {
  const sinLat = Math.sin(latDelta / 2);
  const sinLng = Math.sin(lngDelta / 2);
  const h = sinLat * sinLat + cosLats * sinLng * sinLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
