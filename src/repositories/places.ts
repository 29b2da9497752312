import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { places } from '../db/schema.ts';
import type { Place } from '../schemas/places.ts';
import { byIdOrSlug } from './lookup.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';

type PlaceRow = typeof places.$inferSelect;

const NAME_ORDER: SortKey[] = [
  { column: places.name, direction: 'asc' },
  { column: places.id, direction: 'asc' },
];

function toPlace(row: PlaceRow): Place {
  return { ...row };
}

export function listPlaces(db: Db, request: PageRequest): Page<Place> {
  const rows = db
    .select()
    .from(places)
    .where(cursorCondition(NAME_ORDER, request))
    .orderBy(...orderByKeys(NAME_ORDER))
    .limit(request.limit + 1)
    .all();
  return toPage(rows, request, (row) => [row.name, row.id], toPlace);
}

export function findPlace(db: Db, idOrSlug: string): Place | undefined {
  const row = db.select().from(places).where(byIdOrSlug(places, idOrSlug)).get();
  return row && toPlace(row);
}

export function placesByIds(db: Db, ids: string[]): Place[] {
  if (ids.length === 0) return [];
  return db.select().from(places).where(inArray(places.id, ids)).all().map(toPlace);
}

/** A subquery of the place's id and the ids of every place inside it, at any depth. */
export function placeAndDescendantIds(placeId: string): SQL {
  return sql`(WITH RECURSIVE inside(id) AS (
      SELECT ${placeId}
      UNION
      SELECT ${places.id} FROM ${places} JOIN inside ON ${places.parentId} = inside.id
    ) SELECT id FROM inside)`;
}
