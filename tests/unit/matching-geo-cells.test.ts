// Geohash cells for matching by distance: the standard encoding, and every cell near a person
// listed with a distance that never exceeds the real one from any point in it.
import { expect, test } from 'vitest';
import { cellsWithin, geohash } from '#lib/geo-cells.ts';
import { distanceKm } from '#app/services/matching/score.ts';

test('geohash encodes as the standard does', () => {
  expect(geohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
  expect(geohash(21.0285, 105.8542)).toHaveLength(5);
  expect(geohash(21.0285, 105.8542)).toBe(geohash(21.0286, 105.8543));
});

test('every point within the radius lies in a listed cell whose distance bound it respects', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const [lat, lng, radius] of [
    [21.03, 105.85, 30],
    [10.78, 106.7, 60],
    [15.12, 108.8, 5],
    [22.8, 104.9, 45],
  ]) {
    const cells = new Map(cellsWithin(lat, lng, radius).map((c) => [c.hash, c.minKm]));
    for (let i = 0; i < 2000; i++) {
      const point = {
        latitude: lat + ((random() - 0.5) * radius) / 50,
        longitude: lng + ((random() - 0.5) * radius) / 50,
        provinceCode: '',
        communeCode: null,
      };
      const km = distanceKm({ latitude: lat, longitude: lng, provinceCode: '', communeCode: null }, point)!;
      const minKm = cells.get(geohash(point.latitude, point.longitude));
      if (km <= radius) expect(minKm, `${point.latitude},${point.longitude}`).toBeDefined();
      if (minKm !== undefined) expect(minKm).toBeLessThanOrEqual(km);
    }
  }
});
