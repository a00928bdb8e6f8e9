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
  return { lat: lat * RAD, lng: lng * RAD, cosLat: Math.cos(lat * RAD) };
}

/** Great-circle distance in km by the haversine formula. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceKmOf(a.lat, a.lng, a.cosLat, b.lat, b.lng, b.cosLat);
}

/**
 * distanceKm on a point's numbers given one by one, for points kept in typed arrays. Both use
 * this one formula, so a check on the arrays and one on GeoPoints agree to the last bit.
 */
export function distanceKmOf(aLat: number, aLng: number, aCosLat: number, bLat: number, bLng: number, bCosLat: number): number {
  const sinLat = Math.sin((bLat - aLat) / 2);
  const sinLng = Math.sin((bLng - aLng) / 2);
  const h = sinLat * sinLat + aCosLat * bCosLat * sinLng * sinLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
