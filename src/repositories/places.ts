import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { places } from '../db/schema.ts';
import type { Place } from '../schemas/places.ts';
import { byIdOrSlug, pageByName } from './lookup.ts';
import type { Page, PageRequest } from './pagination.ts';

export function listPlaces(db: Db, request: PageRequest): Page<Place> {
  return pageByName(db, places, request);
}

export function findPlace(db: Db, idOrSlug: string): Place | undefined {
  return db.select().from(places).where(byIdOrSlug(places, idOrSlug)).get();
}

export function placesByIds(db: Db, ids: string[]): Place[] {
  if (ids.length === 0) return [];
  return db.select().from(places).where(inArray(places.id, ids)).all();
}

/** A subquery of the place's id and the ids of every place inside it, at any depth. */
export function placeAndDescendantIds(placeId: string): SQL {
  return sql`(WITH RECURSIVE inside(id) AS (
      SELECT ${placeId}
      UNION
      SELECT ${places.id} FROM ${places} JOIN inside ON ${places.parentId} = inside.id
    ) SELECT id FROM inside)`;
}
