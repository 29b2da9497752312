import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import { organisations, people, places } from '../db/schema.ts';
import { looksLikeId } from '../lib/ids.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';

/** The condition that finds a row by the `{idOrSlug}` a route was given. */
export function byIdOrSlug(table: { id: SQLiteColumn; slug: SQLiteColumn }, idOrSlug: string): SQL {
  return looksLikeId(idOrSlug) ? eq(table.id, idOrSlug) : eq(table.slug, idOrSlug);
}

type NamedTable = typeof people | typeof places | typeof organisations;

/** A page of a table of named things, in name order (the id breaks ties). */
export function pageByName<T extends NamedTable>(db: Db, table: T, request: PageRequest): Page<T['$inferSelect']> {
  const keys: SortKey[] = [
    { column: table.name, direction: 'asc' },
    { column: table.id, direction: 'asc' },
  ];
  const rows = db
    .select()
    .from(table)
    .where(cursorCondition(keys, request))
    .orderBy(...orderByKeys(keys))
    .limit(request.limit + 1)
    .all() as T['$inferSelect'][];
  return toPage(
    rows,
    request,
    (row) => [row.name, row.id],
    (row) => row,
  );
}
