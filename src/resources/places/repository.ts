import { and, eq, getTableColumns, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { oneOf, type EntityRef } from '../../core/db/filters.ts';
import { first } from '../../core/db/queries.ts';
import { mentions, organisations, personRoles, places, type PlaceKind } from '../../core/db/schema.ts';
import { ConflictError } from '../../core/http/errors.ts';
import type { Place } from './schema.ts';
import type { PlaceInput } from '../inputs.ts';
import { mentionsOf, placedIn, rolesIn } from '../entity/references.ts';
import { bodyField, resolveReference, type EntityStore } from '../entity/store.ts';
import { pageOfEntities } from '../../core/db/lookup.ts';
import { readPage, type Page, type PageRequest, type SortOrder } from '../../core/db/pagination.ts';
import { entityReader, type EntityFilters } from '../entity/reader.ts';
import { showPlaces } from '../../core/db/visibility.ts';

const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude on the same sphere the distances use. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

export interface Point {
  lat: number;
  lon: number;
}

/** The public sees no reference to a hidden parent (visibility.ts). */
export interface PlaceFilters extends EntityFilters {
  kind?: PlaceKind[] | undefined;
  /** Children of this place, or with `descendants` every place inside it. */
  parent?: { id: string; descendants: boolean } | undefined;
  /** [minLon, minLat, maxLon, maxLat]; a box across the antimeridian has minLon > maxLon. */
  bbox?: [number, number, number, number] | undefined;
  near?: { point: Point; radiusKm: number } | undefined;
}

/** A subquery of the place's id and the ids of every place inside it, at any depth. */
export function placeAndDescendantIds(placeId: EntityRef, table = places): SQL {
  return sql`(WITH RECURSIVE inside(id) AS (
      SELECT ${placeId}
      UNION
      SELECT ${table.id} FROM ${table} JOIN inside ON ${table.parentId} = inside.id
    ) SELECT id FROM inside)`;
}

/**
 * `column` names the place or one inside it. PostgreSQL guesses the rows of a recursive query from
 * the average place's children (hundreds, where a town has none), and so scans a million mentions
 * to find one town's thirty: 450 ms at 100k articles. An array's length it guesses at ten, and
 * looks the few up in the index instead: 5 ms. SQLite plans both the same way. (Article lists keep
 * the subquery: there the guess decides between walking the date index and sorting, see
 * aboutPlacesOrInside, and the array's guess walks for a town too.)
 */
export function isPlaceOrInside(db: Db, column: SQL | Column, placeId: EntityRef): SQL {
  const inside = placeAndDescendantIds(placeId);
  return dialectOf(db) ? sql`${column} = ANY(ARRAY${inside})` : sql`${column} IN ${inside}`;
}

/** Great-circle distance in km from `point` (haversine, with SQLite's math functions). */
function distanceKm(point: Point): SQL<number> {
  // The radius written into the SQL: as a bound value PostgreSQL would take it for an integer.
  return sql<number>`(${sql.raw(String(EARTH_RADIUS_KM))} * 2 * asin(sqrt(
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
  return sql`(${latitude} and ${longitude})`;
}

function inBox([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): SQL {
  const longitude =
    minLon <= maxLon
      ? sql`${places.longitude} BETWEEN ${minLon} AND ${maxLon}`
      : sql`(${places.longitude} >= ${minLon} OR ${places.longitude} <= ${maxLon})`;
  return sql`(${places.latitude} BETWEEN ${minLat} AND ${maxLat} and ${longitude})`;
}

function placeConditions(db: Db, filters: PlaceFilters): SQL | undefined {
  const { parent, near } = filters;
  return and(
    filters.kind?.length ? oneOf(places.kind, filters.kind) : undefined,
    parent === undefined
      ? undefined
      : parent.descendants
        ? and(isPlaceOrInside(db, places.id, parent.id), sql`${places.id} != ${parent.id}`)
        : eq(places.parentId, parent.id),
    filters.bbox ? inBox(filters.bbox) : undefined,
    near ? and(aroundCircle(near), sql`${distanceKm(near.point)} <= ${near.radiusKm}`) : undefined,
  );
}

const reader = entityReader({
  table: places,
  rows: (db) => db.select().from(db.tables.places),
  references: [places.parentId],
  search: 'places',
  show: showPlaces,
  where: placeConditions,
});
export const placesByIds = reader.byIds;

/** Like every entity list, except that with `near` (and no `sort`) the nearest come first, each with its distance. */
async function listPlaces(db: Db, request: PageRequest, filters: PlaceFilters, sort?: string): Promise<Page<Place>> {
  const page = await pageOfPlaces(db, request, filters, sort);
  return { ...page, items: await showPlaces(db, filters.audience, page.items, page.hidden) };
}

function pageOfPlaces(
  db: Db,
  request: PageRequest,
  filters: PlaceFilters,
  sort: string | undefined,
): Promise<Page<Place>> {
  const where = reader.conditions(db, filters);
  const { near } = filters;
  if (!near || sort !== undefined) {
    return pageOfEntities<Place>(db, reader.entity(filters.audience), request, where, sort ?? 'name');
  }
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
        .select({ ...getTableColumns(db.tables.places), distanceKm: distance })
        .from(db.tables.places)
        .where(and(where, page.condition))
        .orderBy(...page.orderBy)
        .limit(page.limit),
    keyValues: (row) => [row.distanceKm, row.id],
    toItem: (row) => ({ ...row, distanceKm: Math.round(row.distanceKm * 1000) / 1000 }),
  });
}

/** Whether `placeId` is `ancestorId` or lies inside it (on either store). */
export async function isWithin(db: Db, placeId: string, ancestorId: string): Promise<boolean> {
  const { places } = db.tables;
  const row = await first(
    db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.id, placeId), inArray(places.id, placeAndDescendantIds(ancestorId, places))))
      .limit(1),
  );
  return row !== undefined;
}

/** How places are written: coordinates come in pairs with their source, and no place lies inside itself. */
type PlaceRow = typeof places.$inferSelect;

/** The columns the target of a merge lacks and the duplicate has, except a parent that would put the target inside itself. */
async function filledByDuplicate(db: Db, target: PlaceRow, duplicate: PlaceRow): Promise<Partial<PlaceRow>> {
  const fill: Partial<PlaceRow> = {};
  if (target.latitude === null && duplicate.latitude !== null) {
    fill.latitude = duplicate.latitude;
    fill.longitude = duplicate.longitude;
    fill.coordinatesSource = duplicate.coordinatesSource;
  }
  if (target.isoCode === null && duplicate.isoCode !== null) fill.isoCode = duplicate.isoCode;
  const parent = duplicate.parentId;
  if (target.parentId === null && parent !== null && !(await isWithin(db, parent, target.id))) fill.parentId = parent;
  return fill;
}

/** Places read like every entity, except their list (nearest first with `near`). */
const reads = { ...reader, list: listPlaces };

export const placeStore = {
  type: 'place',
  ...reads,
  toRow: async (db, input, selfId, problems) => {
    const latitude = input.latitude ?? null;
    const longitude = input.longitude ?? null;
    if ((latitude === null) !== (longitude === null)) {
      problems.push(bodyField(latitude === null ? 'latitude' : 'longitude', 'must be given together with the other'));
    }
    if (latitude !== null && !input.coordinatesSource) {
      problems.push(bodyField('coordinatesSource', 'is required with coordinates: say where they come from'));
    }
    const parentId = await resolveReference(db, places, input.parentId, 'parentId', 'place', problems);
    if (parentId !== null && selfId !== undefined && (await isWithin(db, parentId, selfId))) {
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
  references: [
    mentionsOf(mentions.placeId, (id) => ({ placeId: id })),
    rolesIn(personRoles.countryId, (id) => ({ countryId: id })),
    placedIn('places inside it', 'places', {
      type: 'place',
      table: places,
      column: places.parentId,
      relink: (db, where, id) => db.update(db.tables.places).set({ parentId: id }).where(where),
    }),
    placedIn('organisations of that country', 'organisations', {
      type: 'organisation',
      table: organisations,
      column: organisations.countryId,
      relink: (db, where, id) => db.update(db.tables.organisations).set({ countryId: id }).where(where),
    }),
  ],
  merge: {
    refuse: async (db, duplicate, target) => {
      if (!(await isWithin(db, target.id, duplicate.id))) return;
      throw new ConflictError(
        'merge-into-inside',
        `"${target.name}" lies inside "${duplicate.name}": merging a place into one inside it would put it inside itself.`,
        [{ location: 'body', name: 'into', detail: `lies inside the place being merged` }],
      );
    },
    fill: filledByDuplicate,
  },
} satisfies EntityStore<typeof places, PlaceInput, Place, PlaceRow>;
