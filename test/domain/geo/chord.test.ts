import { describe, expect, it } from 'vitest';
import { chordBounds, chordSquaredKm, toUnitVector } from '../../../src/domain/geo/chord';
import { distanceKm, toGeoPoint } from '../../../src/domain/geo/great-circle';

describe('geo: the quick reach verdict from the chord', () => {
  it('never disagrees with the great-circle distance, even right at the limit', () => {
    const home = toGeoPoint({ lat: 35.8718, lng: 139.9252 })!;
    const homeUnit = toUnitVector(home);
    for (let k = 0; k < 2000; k++) {
      const place = toGeoPoint({ lat: 35.8 + ((k * 7919) % 1000) / 5000, lng: 139.85 + ((k * 104729) % 1000) / 5000 })!;
      const unit = toUnitVector(place);
      const chord = chordSquaredKm(homeUnit, Float64Array.of(unit.x), Float64Array.of(unit.y), Float64Array.of(unit.z), 0);
      const km = distanceKm(home, place);
      for (const maxKm of [km, km * (1 - 1e-12), km * (1 + 1e-12), km / 2, km * 2, 0]) {
        const { outside, inside } = chordBounds(maxKm);
        if (chord > outside) expect(km > maxKm).toBe(true);
        if (chord <= inside) expect(km <= maxKm).toBe(true);
      }
    }
  });

  it('decides nothing for a person who cannot travel at all', () => {
    expect(chordBounds(-Infinity)).toEqual({ outside: -1, inside: -1 });
  });
});
