import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { places, type PlaceKind } from '../../core/db/schema.ts';
import type { Place } from './schema.ts';
import type { PlaceInput } from '../inputs.ts';
import { bodyField, resolveReference, type EntityStore } from '../entity/store.ts';
import { byIdOrSlug, countEntities, pageOfEntities, suggestedIs } from '../../core/db/lookup.ts';
import { readPage, type Page, type PageRequest, type SortOrder } from '../../core/db/pagination.ts';
import { matchesSearch } from '../search/terms.ts';
import { showPlaces, type Audience } from '../../core/db/visibility.ts';

const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude on the same sphere the distances use. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

export interface Point {
  lat: number;
  lon: number;
}

export interface PlaceFilters {
  /** Who is reading: the public sees no reference to a hidden parent. */
  audience: Audience;
  suggested?: boolean | undefined;
  kind?: PlaceKind[] | undefined;
  /** Children of this place, or with `descendants` every place inside it. */
  parent?: { id: string; descendants: boolean } | undefined;
  /** [minLon, minLat, maxLon, maxLat]; a box across the antimeridian has minLon > maxLon. */
  bbox?: [number, number, number, number] | undefined;
  near?: { point: Point; radiusKm: number } | undefined;
  q?: string | undefined;
}

/** A subquery of the place's id and the ids of every place inside it, at any depth. */
export function placeAndDescendantIds(placeId: string): SQL {
  return sql`(WITH RECURSIVE inside(id) AS (
      SELECT ${placeId}
      UNION
      SELECT ${places.id} FROM ${places} JOIN inside ON ${places.parentId} = inside.id
    ) SELECT id FROM inside)`;
}

/** Great-circle distance in km from `point` (haversine, with SQLite's math functions). */
function distanceKm(point: Point): SQL<number> {
  return sql<number>`(${EARTH_RADIUS_KM} * 2 * asin(sqrt(
    pow(sin(radians(${places.latitude} - ${point.lat}) / 2), 2) +
    cos(radians(${point.lat})) * cos(radians(${places.latitude})) * pow(sin(radians(${places.longitude} - ${point.lon}) / 2), 2)
  )))`;
}

/** A box around the circle, so the coordinates index narrows the rows before distances are computed. */
function aroundCircle({ point, radiusKm }: { point: Point; radiusKm: number }): SQL {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const dLat = radiusKm / KM_PER_DEGREE;
  const latitude = sql`${places.latitude} BETWEEN ${point.lat - dLat} AND ${point.lat + dLat}`;
  const lat = (point.lat * Math.PI) / 180;
  // A circle that reaches a pole spans every longitude; otherwise the widest point of the circle
  // is asin(sin r / cos lat) east and west of the centre (not r / cos lat, which is too narrow).
  if (angular >= Math.PI / 2 - Math.abs(lat)) return latitude;
  const dLon = (Math.asin(Math.min(1, Math.sin(angular) / Math.cos(lat))) * 180) / Math.PI;
  if (dLon >= 180) return latitude;
  const west = point.lon - dLon;
  const east = point.lon + dLon;
  const longitude =
    west < -180
      ? sql`(${places.longitude} >= ${west + 360} OR ${places.longitude} <= ${east})`
      : east > 180
        ? sql`(${places.longitude} >= ${west} OR ${places.longitude} <= ${east - 360})`
        : sql`${places.longitude} BETWEEN ${west} AND ${east}`;
  return and(latitude, longitude) as SQL;
}

function inBox([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): SQL {
  const longitude =
    minLon <= maxLon
      ? sql`${places.longitude} BETWEEN ${minLon} AND ${maxLon}`
      : sql`(${places.longitude} >= ${minLon} OR ${places.longitude} <= ${maxLon})`;
  return and(sql`${places.latitude} BETWEEN ${minLat} AND ${maxLat}`, longitude) as SQL;
}

function placeConditions(db: Db, filters: PlaceFilters): SQL | undefined {
  const { parent, near } = filters;
  return and(
    suggestedIs(places, filters.suggested),
    filters.kind?.length ? inArray(places.kind, filters.kind) : undefined,
    parent === undefined
      ? undefined
      : parent.descendants
        ? and(sql`${places.id} IN ${placeAndDescendantIds(parent.id)}`, sql`${places.id} != ${parent.id}`)
        : eq(places.parentId, parent.id),
    filters.bbox ? inBox(filters.bbox) : undefined,
    near ? and(aroundCircle(near), sql`${distanceKm(near.point)} <= ${near.radiusKm}`) : undefined,
    filters.q === undefined ? undefined : matchesSearch(db, 'places', filters.q, { prefix: true }),
  );
}

export function listPlaces(db: Db, request: PageRequest, filters: PlaceFilters, sort?: string): Page<Place> {
  const page = pageOfPlaces(db, request, filters, sort);
  return { ...page, items: showPlaces(db, filters.audience, page.items) };
}

function pageOfPlaces(db: Db, request: PageRequest, filters: PlaceFilters, sort: string | undefined): Page<Place> {
  const where = placeConditions(db, filters);
  const { near } = filters;
  if (!near || sort !== undefined) return pageOfEntities(db, places, request, where, sort ?? 'name');
  // Nearest first: the distance is a sort key and part of every item.
  const distance = distanceKm(near.point);
  const order: SortOrder = {
    name: 'places:distance',
    keys: [
      { column: distance, direction: 'asc' },
      { column: places.id, direction: 'asc' },
    ],
  };
  return readPage({
    order,
    request,
    rows: (page) =>
      db
        .select({ ...getTableColumns(places), distanceKm: distance })
        .from(places)
        .where(and(where, page.condition))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .all(),
    keyValues: (row) => [row.distanceKm, row.id],
    toItem: (row) => ({ ...row, distanceKm: Math.round(row.distanceKm * 1000) / 1000 }),
  });
}

export function countPlaces(db: Db, filters: PlaceFilters): number {
  return countEntities(db, places, placeConditions(db, filters));
}

export function findPlace(db: Db, idOrSlug: string, audience: Audience): Place | undefined {
  const row = db.select().from(places).where(byIdOrSlug(places, idOrSlug)).get();
  return row && showPlaces(db, audience, [row])[0];
}

export function placesByIds(db: Db, ids: string[], audience: Audience): Place[] {
  if (ids.length === 0) return [];
  return showPlaces(db, audience, db.select().from(places).where(inArray(places.id, ids)).all());
}

/** Whether `placeId` is `ancestorId` or lies inside it. */
export function isWithin(db: Db, placeId: string, ancestorId: string): boolean {
  const row = db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.id, placeId), inArray(places.id, placeAndDescendantIds(ancestorId))))
    .get();
  return row !== undefined;
}

/** How places are written: coordinates come in pairs with their source, and no place lies inside itself. */
export const placeStore: EntityStore<typeof places, PlaceInput, Place> = {
  type: 'place',
  table: places,
  find: findPlace,
  toRow: (db, input, selfId, problems) => {
    const latitude = input.latitude ?? null;
    const longitude = input.longitude ?? null;
    if ((latitude === null) !== (longitude === null)) {
      problems.push(bodyField(latitude === null ? 'latitude' : 'longitude', 'must be given together with the other'));
    }
    if (latitude !== null && !input.coordinatesSource) {
      problems.push(bodyField('coordinatesSource', 'is required with coordinates: say where they come from'));
    }
    const parentId = resolveReference(db, places, input.parentId, 'parentId', 'place', problems);
    if (parentId !== null && selfId !== undefined && isWithin(db, parentId, selfId)) {
      problems.push(bodyField('parentId', 'would put the place inside itself'));
    }
    return {
      row: (base) => ({
        ...base,
        kind: input.kind,
        parentId,
        isoCode: input.isoCode ?? null,
        latitude,
        longitude,
        coordinatesSource: input.coordinatesSource ?? null,
      }),
    };
  },
  common: (input) => input,
  asInput: ({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, parent: _parent, distanceKm: _d, ...input }) =>
    input,
};
