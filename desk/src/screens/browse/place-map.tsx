import { href } from '../../router.ts';

export interface MappedPlace {
  id: string;
  name: string;
  slug: string;
  kind: string;
  lon: number;
  lat: number;
}

const WIDTH = 600;
const LABEL_SIZE = 15;

/** A step for the graticule that draws a handful of lines across the span shown. */
function gridStep(span: number): number {
  for (const step of [1, 2, 5, 10, 20, 30]) if (span / step <= 8) return step;
  return 45;
}

/**
 * Places as points on a plain equirectangular projection, scaled by the cosine of the middle
 * latitude so distances look right at the latitudes shown. No tiles: a graticule, dots and names.
 * Each dot is a link to the quotes naming the place.
 */
export function PlaceMap({ points }: { points: MappedPlace[] }) {
  if (points.length === 0) return <p class="empty">No place has coordinates yet.</p>;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const pad = (min: number, max: number) => Math.max(2, (max - min) * 0.12);
  const minLon = Math.min(...lons) - pad(Math.min(...lons), Math.max(...lons));
  const maxLon = Math.max(...lons) + pad(Math.min(...lons), Math.max(...lons));
  const minLat = Math.max(-85, Math.min(...lats) - pad(Math.min(...lats), Math.max(...lats)));
  const maxLat = Math.min(85, Math.max(...lats) + pad(Math.min(...lats), Math.max(...lats)));
  const squash = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((maxLon - minLon) * squash);
  const height = Math.max(200, Math.min(WIDTH, (maxLat - minLat) * scale));
  const x = (lon: number) => (lon - minLon) * squash * scale;
  const y = (lat: number) => ((maxLat - lat) / (maxLat - minLat)) * height;

  const step = gridStep(Math.max(maxLon - minLon, maxLat - minLat));
  const meridians: number[] = [];
  for (let lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) meridians.push(lon);
  const parallels: number[] = [];
  for (let lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) parallels.push(lat);

  // Names that would overlap one already placed are left to the dot's own title.
  const placed: { x: number; y: number; w: number }[] = [];
  const labelled = new Set<string>();
  for (const point of [...points].sort((a, b) => a.name.length - b.name.length)) {
    const px = x(point.lon) + 8;
    const py = y(point.lat) + 5;
    const w = point.name.length * LABEL_SIZE * 0.56;
    const clash = placed.some(
      (other) => Math.abs(other.y - py) < LABEL_SIZE && px < other.x + other.w && other.x < px + w,
    );
    if (!clash && px + w < WIDTH + 40) {
      placed.push({ x: px, y: py, w });
      labelled.add(point.id);
    }
  }

  return (
    <svg
      class="place-map"
      viewBox={`-10 -10 ${WIDTH + 60} ${height + 20}`}
      role="group"
      aria-label={`Map of ${points.length} places with known coordinates`}
    >
      <rect x="-10" y="-10" width={WIDTH + 60} height={height + 20} class="map-sea" />
      {meridians.map((lon) => (
        <g key={`m${lon}`} class="graticule">
          <line x1={x(lon)} x2={x(lon)} y1={0} y2={height} />
          <text x={x(lon) + 3} y={height - 4} class="grid-label" aria-hidden="true">
            {lon}°
          </text>
        </g>
      ))}
      {parallels.map((lat) => (
        <g key={`p${lat}`} class="graticule">
          <line x1={0} x2={WIDTH} y1={y(lat)} y2={y(lat)} />
          <text x={3} y={y(lat) - 3} class="grid-label" aria-hidden="true">
            {lat}°
          </text>
        </g>
      ))}
      {points.map((point) => (
        <a key={point.id} href={href('/browse/quotes', { place: point.slug })} class="map-point">
          <title>
            {point.name} ({point.kind}), {point.lat.toFixed(2)}°, {point.lon.toFixed(2)}°
          </title>
          <circle cx={x(point.lon)} cy={y(point.lat)} r={point.kind === 'country' ? 7 : 5} />
          {labelled.has(point.id) && (
            <text
              // Near the right edge the name goes left of its dot (measured at the phone size, the larger).
              {...(x(point.lon) + point.name.length * 30 * 0.56 > WIDTH + 40
                ? { x: x(point.lon) - 9, 'text-anchor': 'end' }
                : { x: x(point.lon) + 9 })}
              y={y(point.lat) + 5}
              class="map-label"
            >
              {point.name}
            </text>
          )}
        </a>
      ))}
    </svg>
  );
}
