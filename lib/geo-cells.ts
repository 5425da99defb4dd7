// Geohash cells (precision 5: about 4.9 × 4.9 km at the equator, 4.5 km wide in northern Vietnam).
// A job's search document names its cell (`geoCell`), so matching can ask Meilisearch for "jobs
// in these cells" — a cheap set lookup — instead of distance filters, which cost ~2–5 ms each on
// 50,000 jobs. Each cell also gets a lower bound on its distance from a person, for score bounds.

const base32 = '0123456789bcdefghjkmnpqrstuvwxyz';
export const cellPrecision = 5;
/** A precision-5 cell spans 2^-13 of the longitudes and 2^-12 of the latitudes. */
const cellLng = 360 / 2 ** 13;
const cellLat = 180 / 2 ** 12;

/** The geohash of a point. */
export function geohash(latitude: number, longitude: number, precision = cellPrecision): string {
  let latMin = -90;
  let latMax = 90;
  let lngMin = -180;
  let lngMax = 180;
  let hash = '';
  let bits = 0;
  let value = 0;
  let evenBit = true;
  while (hash.length < precision) {
    if (evenBit) {
      const mid = (lngMin + lngMax) / 2;
      if (longitude >= mid) {
        value = value * 2 + 1;
        lngMin = mid;
      } else {
        value *= 2;
        lngMax = mid;
      }
    } else {
      const mid = (latMin + latMax) / 2;
      if (latitude >= mid) {
        value = value * 2 + 1;
        latMin = mid;
      } else {
        value *= 2;
        latMax = mid;
      }
    }
    evenBit = !evenBit;
    if (++bits === 5) {
      hash += base32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}

const earthRadiusKm = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;
function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number) {
  const h =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lng2 - lng1) / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type Cell = { hash: string; minKm: number };

/**
 * Every precision-5 cell that may hold a point within `radiusKm` of (lat, lng), each with a lower
 * bound on the distance from (lat, lng) to any point in it: the distance to the nearest point of
 * the cell's latitude/longitude box, less 1 % and 50 m for the curvature the box ignores.
 */
export function cellsWithin(lat: number, lng: number, radiusKm: number): Cell[] {
  const dLat = radiusKm / 110.5 + cellLat;
  const dLng = radiusKm / (110.5 * Math.max(0.05, Math.cos(radians(Math.min(89, Math.abs(lat) + dLat))))) + cellLng;
  const cells: Cell[] = [];
  const firstLat = Math.floor((lat - dLat + 90) / cellLat);
  const lastLat = Math.floor((lat + dLat + 90) / cellLat);
  const firstLng = Math.floor((lng - dLng + 180) / cellLng);
  const lastLng = Math.floor((lng + dLng + 180) / cellLng);
  for (let i = firstLat; i <= lastLat; i++) {
    const south = i * cellLat - 90;
    const north = south + cellLat;
    for (let j = firstLng; j <= lastLng; j++) {
      const west = j * cellLng - 180;
      const east = west + cellLng;
      const nearestLat = Math.min(Math.max(lat, south), north);
      const nearestLng = Math.min(Math.max(lng, west), east);
      const minKm = Math.max(0, haversineKm(lat, lng, nearestLat, nearestLng) * 0.99 - 0.05);
      if (minKm <= radiusKm) cells.push({ hash: geohash(south + cellLat / 2, west + cellLng / 2), minKm });
    }
  }
  return cells;
}
