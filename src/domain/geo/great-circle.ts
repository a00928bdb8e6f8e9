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
  const sinLat = Math.sin((b.lat - a.lat) / 2);
  const sinLng = Math.sin((b.lng - a.lng) / 2);
  const h = sinLat * sinLat + a.cosLat * b.cosLat * sinLng * sinLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
