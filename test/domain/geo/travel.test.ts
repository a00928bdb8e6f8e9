import { describe, expect, it } from 'vitest';
import { distanceKm, toGeoPoint, type GeoPoint } from '../../../src/domain/geo/great-circle';
import type { TravelMode } from '../../../src/domain/types';
import {
  estimateTravel,
  isWithinReach,
  toTravelEnd,
  homeTravelEnd,
  travelMinutesShown,
  travelModes,
  tripMinutes,
} from '../../../src/domain/geo/travel';
import { anArea, anotherArea, northOf, pointOf, stations } from '../../support/city';

const point = (lat: number, lng: number): GeoPoint => toGeoPoint({ lat, lng })!;

describe('geo: great-circle distance', () => {
  it('puts one degree of latitude at about 111.2 km (R = 6371 km)', () => {
    expect(distanceKm(point(35, 139.9), point(36, 139.9))).toBeCloseTo((6371 * Math.PI) / 180, 6);
  });

  it('is zero at the same place and the same both ways', () => {
    const a = point(35.8718, 139.9252);
    const b = point(35.8386, 139.9036);
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 12);
  });

  it('shrinks east–west distances away from the equator', () => {
    expect(distanceKm(point(0, 0), point(0, 1))).toBeGreaterThan(distanceKm(point(60, 0), point(60, 1)) * 1.99);
  });

  it('has no point for a place that lacks a coordinate', () => {
    expect(toGeoPoint({ lat: 35.8 })).toBeNull();
    expect(toGeoPoint({ lat: null, lng: 139.9 })).toBeNull();
    expect(toGeoPoint({})).toBeNull();
  });
});

describe('geo: travel time', () => {
  it('follows the published formula for every mode', () => {
    // 1 km as the crow flies is 1.3 km on the road.
    expect(tripMinutes(1, 'walk')).toBeCloseTo((1.3 / 4.8) * 60, 9);
    expect(tripMinutes(1, 'bicycle')).toBeCloseTo((1.3 / 12) * 60, 9);
    expect(tripMinutes(1, 'bus')).toBeCloseTo((1.3 / 15) * 60 + 10, 9);
    expect(tripMinutes(1, 'train')).toBeCloseTo((1.3 / 25) * 60 + 12, 9);
    expect(tripMinutes(1, 'car')).toBeCloseTo((1.3 / 25) * 60 + 5, 9);
  });

  it('counts the fastest mode the person can use', () => {
    const home = toTravelEnd({ area: anArea, lat: 35.8, lng: 139.9 });
    const at = (km: number) => ({ ...toTravelEnd({ area: anArea, lat: 35.8 + km / 111.19, lng: 139.9 }), online: false });
    const mode = (km: number, modes: TravelMode[]) => {
      const estimate = estimateTravel(home, at(km), travelModes(modes));
      return estimate.kind === 'measured' ? estimate.mode : null;
    };
    expect(mode(0.5, ['walk', 'train'])).toBe('walk');
    expect(mode(20, ['walk', 'bicycle', 'train'])).toBe('train');
    expect(mode(20, ['walk', 'bicycle'])).toBe('bicycle');
  });

  it('gives the same minutes as the formula, whichever mode wins', () => {
    const home = toTravelEnd({ area: anArea, lat: 35.8386, lng: 139.9036 });
    const place = { ...toTravelEnd({ area: anotherArea, lat: 35.8718, lng: 139.9252 }), online: false };
    for (const mode of ['walk', 'bicycle', 'bus', 'train', 'car'] as const) {
      const estimate = estimateTravel(home, place, travelModes([mode]));
      if (estimate.kind !== 'measured') throw new Error(estimate.kind);
      expect(estimate.minutes).toBeCloseTo(tripMinutes(estimate.distanceKm, mode), 9);
    }
  });

  it('measures the trip when both sides have coordinates', () => {
    const home = toTravelEnd({ area: anArea, lat: 35.8386, lng: 139.9036 });
    const place = { ...toTravelEnd({ area: anotherArea, lat: 35.8718, lng: 139.9252 }), online: false };
    const estimate = estimateTravel(home, place, travelModes(['walk', 'bicycle']));
    expect(estimate.kind).toBe('measured');
    if (estimate.kind !== 'measured') return;
    expect(estimate.mode).toBe('bicycle');
    expect(estimate.minutes).toBeCloseTo(tripMinutes(estimate.distanceKm, 'bicycle'), 9);
  });

  it("places a side without coordinates at its area's representative point, and says the trip is an estimate", () => {
    const home = toTravelEnd({ area: anArea });
    const near = { ...toTravelEnd({ area: anArea, ...pointOf(anArea) }), online: false };
    // 6 km away: about 98 minutes on foot.
    const far = { ...toTravelEnd({ area: anotherArea, ...northOf(anArea, 6) }), online: false };
    expect(estimateTravel(home, near, travelModes(['walk']))).toMatchObject({ kind: 'measured', minutes: 0, estimated: true });
    const across = estimateTravel(home, far, travelModes(['walk']));
    expect(across).toMatchObject({ kind: 'measured', estimated: true });
    expect(isWithinReach(across, 30)).toBe(false);
    expect(isWithinReach(across, 120)).toBe(true);
  });

  it('compares only areas when an area has no representative point configured', () => {
    const home = toTravelEnd({ area: 'elsewhere' });
    expect(
      estimateTravel(home, { ...toTravelEnd({ area: 'elsewhere', lat: 35.8, lng: 139.9 }), online: false }, travelModes(['walk'])).kind,
    ).toBe('same_area');
    expect(
      estimateTravel(home, { ...toTravelEnd({ area: anotherArea, lat: 35.9, lng: 139.9 }), online: false }, travelModes(['walk'])).kind,
    ).toBe('other_area');
  });

  it.runIf(stations.length > 0)('places a home given as its station at the station, not as an estimate (for a city with stations)', () => {
    expect(homeTravelEnd({ area: anArea, station: stations[0]?.name })).toMatchObject({ estimated: false });
    expect(homeTravelEnd({ area: anArea, station: '知らない駅' })).toMatchObject({ estimated: true });
  });

  it('treats an online opening as no trip at all, wherever it is', () => {
    const home = toTravelEnd({ area: anArea });
    const online = { ...toTravelEnd({ area: anotherArea }), online: true };
    const estimate = estimateTravel(home, online, travelModes([]));
    expect(estimate.kind).toBe('online');
    expect(isWithinReach(estimate, 0)).toBe(true);
    expect(travelMinutesShown(estimate)).toBe(0);
  });

  it('keeps a trip exactly at the limit within reach and one a moment longer out of it', () => {
    expect(isWithinReach({ kind: 'measured', minutes: 30, mode: 'walk', distanceKm: 1, estimated: false }, 30)).toBe(true);
    expect(isWithinReach({ kind: 'measured', minutes: 30.01, mode: 'walk', distanceKm: 1, estimated: false }, 30)).toBe(false);
  });

  it('shows whole minutes rounded up, and no number when nothing was measured', () => {
    expect(travelMinutesShown({ kind: 'measured', minutes: 14.2, mode: 'walk', distanceKm: 1, estimated: false })).toBe(15);
    expect(travelMinutesShown({ kind: 'same_area' })).toBeNull();
  });

  it('cannot reach anything in person when no way of travelling is registered', () => {
    const home = toTravelEnd({ area: anArea, lat: 35.8386, lng: 139.9036 });
    const place = { ...toTravelEnd({ area: anArea, lat: 35.8387, lng: 139.9036 }), online: false };
    expect(isWithinReach(estimateTravel(home, place, travelModes([])), 60)).toBe(false);
  });
});
