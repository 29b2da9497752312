import { and, count, eq, getTableName, inArray, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';
import { organisations, people, places } from './schema.ts';
import { looksLikeId } from '../../lib/ids.ts';
import { readPage, sortBy, type Page, type PageRequest } from './pagination.ts';

/** The condition that finds a row by the `{idOrSlug}` a route was given. */
export function byIdOrSlug(table: { id: SQLiteColumn; slug: SQLiteColumn }, idOrSlug: string): SQL {
  return looksLikeId(idOrSlug) ? eq(table.id, idOrSlug) : eq(table.slug, idOrSlug);
}

type NamedTable = typeof people | typeof places | typeof organisations;

type TextColumn = AnySQLiteColumn<{ data: string; notNull: true }>;
/** A table whose rows are named by id or slug (articles, people, places, organisations). */
export type SluggedTable = SQLiteTable & { id: TextColumn; slug: TextColumn };

/**
 * The one id-or-slug resolver: the ids of the rows named by ids or slugs (among those matching
 * `where`), and the keys that name nothing. Callers report those with `namesNothing` (errors.ts).
 */
export function resolveIds(
  db: Db,
  table: SluggedTable,
  idsOrSlugs: string[],
  where?: SQL,
): { ids: string[]; unknown: string[] } {
  if (idsOrSlugs.length === 0) return { ids: [], unknown: [] };
  const rows = db
    .select({ id: table.id, slug: table.slug })
    .from(table)
    .where(and(where, or(inArray(table.id, idsOrSlugs), inArray(table.slug, idsOrSlugs))))
    .all();
  const known = new Map(rows.flatMap((row) => [[row.id, row.id] as const, [row.slug, row.id] as const]));
  return {
    ids: idsOrSlugs.map((key) => known.get(key)).filter((id): id is string => id !== undefined),
    unknown: idsOrSlugs.filter((key) => !known.has(key)),
  };
}

/** The id of the row `key` (an id or slug) names, among those matching `where`; undefined if none. */
export function idOf(db: Db, table: SluggedTable, key: string, where?: SQL): string | undefined {
  return resolveIds(db, table, [key], where).ids[0];
}

/**
 * Lists show confirmed entities, or with `suggested`, only those ingest proposed and no editor
 * confirmed yet (hidden from the public: their names may come from embargoed copy).
 */
export const suggestedIs = (table: NamedTable, suggested = false) => eq(table.suggested, suggested);

export const ENTITY_SORT_FIELDS = ['name', 'createdAt', 'updatedAt'] as const;
export type EntitySortField = (typeof ENTITY_SORT_FIELDS)[number];

/** A page of people, places or organisations matching `where`, in the order `sort` names. */
export function pageOfEntities<T extends NamedTable>(
  db: Db,
  table: T,
  request: PageRequest,
  where: SQL | undefined,
  sort = 'name',
): Page<T['$inferSelect']> {
  const field = sort.replace(/^-/, '') as EntitySortField;
  const order = sortBy(getTableName(table), sort, table[field], table.id);
  return readPage({
    order,
    request,
    rows: (page) =>
      db
        .select()
        .from(table)
        .where(and(where, page.condition))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .all() as T['$inferSelect'][],
    keyValues: (row) => [row[field], row.id],
    toItem: (row) => row,
  });
}

export function countEntities(db: Db, table: NamedTable, where: SQL | undefined): number {
  return db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}
