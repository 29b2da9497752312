import { and, count, eq, getTableColumns, getTableName, inArray, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';
import type { EntityTable, SluggedTable } from './named-tables.ts';
import { looksLikeId } from '../../lib/ids.ts';
import { first, identityOf, shapedRows } from './queries.ts';
import { columnOf, tableOf } from './twins.ts';
import type { Audience } from './visibility.ts';
import { readPage, sortBy, type FetchedRows, type Page, type PageRequest } from './pagination.ts';
import { pageSelect } from './prepared-select.ts';

/** The condition that finds a row by the `{idOrSlug}` a route was given. */
export function byIdOrSlug(table: { id: SQLiteColumn; slug: SQLiteColumn }, idOrSlug: string): SQL {
  return looksLikeId(idOrSlug) ? eq(table.id, idOrSlug) : eq(table.slug, idOrSlug);
}

/**
 * The one id-or-slug resolver: the ids of the rows named by ids or slugs (among those matching
 * `where`), and the keys that name nothing. Callers report those with `namesNothing` (errors.ts).
 */
export async function resolveIds(
  db: Db,
  table: SluggedTable,
  idsOrSlugs: string[],
  where?: SQL,
): Promise<{ ids: string[]; unknown: string[] }> {
  if (idsOrSlugs.length === 0) return { ids: [], unknown: [] };
  // On every filtered list: compiled once per table, condition and number of keys (shapedRows).
  const own = tableOf(db, table);
  const names = idsOrSlugs.map((_, index) => `k${index}`);
  const rows = await shapedRows<{ id: string; slug: string }>(
    db,
    `resolveIds ${getTableName(own)} ${identityOf(where)} ${names.length}`,
    Object.fromEntries(names.map((name, index) => [name, idsOrSlugs[index]])),
    (value) => {
      const keys = names.map(value) as string[];
      return sql`SELECT ${table.id} AS "id", ${table.slug} AS "slug" FROM ${own}
        WHERE ${and(where, or(inArray(table.id, keys), inArray(table.slug, keys)))}`;
    },
  );
  const known = new Map(rows.flatMap((row) => [[row.id, row.id] as const, [row.slug, row.id] as const]));
  return {
    ids: idsOrSlugs.map((key) => known.get(key)).filter((id): id is string => id !== undefined),
    unknown: idsOrSlugs.filter((key) => !known.has(key)),
  };
}

/**
 * The id of the row `key` (an id or slug) names, among those matching `where`; undefined if none.
 * On either store: `table` is looked up as `db`'s store has it (twins.ts).
 */
export async function idOf(db: Db, table: SluggedTable, key: string, where?: SQL): Promise<string | undefined> {
  const own = tableOf(db, table);
  const row = await first(
    db
      .select({ id: own.id })
      .from(own)
      .where(and(where, byIdOrSlug(own, key)))
      .limit(1),
  );
  return row?.id;
}

/**
 * Lists show confirmed entities, or with `suggested`, only those ingest proposed and no editor
 * confirmed yet (hidden from the public: their names may come from embargoed copy).
 */
export const suggestedIs = (table: EntityTable, suggested = false) => eq(table.suggested, suggested);

export const ENTITY_SORT_FIELDS = ['name', 'createdAt', 'updatedAt'] as const;
export type EntitySortField = (typeof ENTITY_SORT_FIELDS)[number];

/** What every entity row has to sort and page by. */
type EntityKeys = Record<EntitySortField | 'id', string>;

/** A query that may be narrowed further, or awaited for its rows. */
interface FilteredRows<Row> extends PromiseLike<Row[]> {
  orderBy(...columns: SQL[]): { limit(limit: number): PromiseLike<Row[]> };
  limit(limit: number): PromiseLike<Row[]>;
}

/**
 * Whole rows of one table, typed: `db.select().from(table)` written where the table is known.
 * Drizzle types a select from a table it only knows generically as `any` rows, so code shared by
 * several tables reads them through this instead of casting.
 */
export interface RowSource<Row> {
  where(where: SQL | undefined): FilteredRows<Row>;
}

/** Each entity table's page query, its SQL written once (prepared-select.ts). */
const entityPages = new WeakMap<EntityTable, ReturnType<typeof pageSelect>>();

/** An entity table as its rows are read: what its columns reference, and what is attached to each row. */
export interface EntityRead {
  table: EntityTable;
  references: Column[];
  /** Fields read with each row from other tables, as SQL building JSON (prepared-select.ts's jsonArray). */
  attached?: ((db: Db, audience: Audience) => Record<string, string>) | undefined;
  audience: Audience;
}

function entityPage<Row>({ table, references, attached }: EntityRead) {
  let select = entityPages.get(table);
  if (!select) {
    select = pageSelect(
      (db) => getTableColumns(tableOf(db, table)),
      `"${getTableName(table)}"`,
      (db) => references.map((column) => columnOf(db, column)),
      attached,
    );
    entityPages.set(table, select);
  }
  return select as ReturnType<typeof pageSelect<Row>>;
}

/**
 * A page of people, places or organisations (rows of `table`, as `Row`) matching `where`, in the
 * order `sort` names; for the public, with what their `references` point at that is hidden.
 */
export function pageOfEntities<Row extends EntityKeys>(
  db: Db,
  entity: EntityRead,
  request: PageRequest,
  where: SQL | undefined,
  sort = 'name',
): Promise<Page<Row>> {
  const { table, audience } = entity;
  const named = sort.replace(/^-/, '');
  // The query schema admits only these; an unknown name would sort by name.
  const field = ENTITY_SORT_FIELDS.find((candidate) => candidate === named) ?? 'name';
  return readPage({
    order: sortBy(getTableName(table), sort, table[field], table.id),
    request,
    rows: (page) =>
      entityPage<Row>(entity)(db, {
        where: and(where, page.condition),
        orderBy: page.orderBy,
        limit: page.limit,
        audience,
      }),
    keyValues: (row) => [row[field], row.id],
    toItem: (row) => row,
  });
}

/**
 * Rows of `table` matching `where` (at most `limit`, in no set order), read as a page is: with what is
 * attached to them, and for the public, what their `references` point at that is hidden, so that
 * showing them asks nothing more.
 */
export async function entitiesWhere<Row>(
  db: Db,
  entity: EntityRead,
  where: SQL,
  limit: number,
): Promise<FetchedRows<Row>> {
  return entityPage<Row>(entity)(db, {
    where,
    orderBy: [sql`${entity.table.id}`],
    limit,
    audience: entity.audience,
    lastChange: false,
  });
}

export async function countEntities(db: Db, table: EntityTable, where: SQL | undefined): Promise<number> {
  return (await first(db.select({ n: count() }).from(tableOf(db, table)).where(where).limit(1)))?.n ?? 0;
}
