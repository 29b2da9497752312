import { getTableName, is, Table, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { dialectOf } from './dialect.ts';

/**
 * Running drizzle queries the same way on both stores: awaited, never with SQLite's synchronous
 * `.get()`, `.all()` or `.run()`, which node-postgres lacks.
 */

/** The first row a query answers (give it `.limit(1)`), or undefined. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** How many rows an awaited insert, update or delete changed: SQLite says `changes`, node-postgres `rowCount`. */
export function changedRows(result: unknown): number {
  const { changes, rowCount } = result as { changes?: number; rowCount?: number | null };
  return changes ?? rowCount ?? 0;
}

/**
 * The rows of a raw SQL query (drizzle's `sql` template, values bound), as objects keyed by column
 * name. Raw SQL must mean the same on both stores; a count or sum comes back from PostgreSQL as text
 * unless cast (`::int`), so select numbers through the query builder where it can.
 */
export function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const dialect = dialectOf(db);
  return dialect ? dialect.rows<T>(db, query) : Promise.resolve(db.all<T>(query));
}

const twinsByTables = new WeakMap<object, Map<string, unknown>>();

/**
 * The table named like `table` in `db`'s store: SQLite's own, or its PostgreSQL twin. Conditions
 * may name SQLite's columns (they render the same on both stores), but what a query selects is
 * read back through the selected table's columns, and JSON and booleans come back differently
 * from each driver: select whole rows, and JSON columns, from this.
 */
export function tableIn<T extends Table>(db: Db, table: T): T {
  let twins = twinsByTables.get(db.tables);
  if (!twins) {
    twins = new Map(
      Object.values(db.tables as Record<string, unknown>)
        .filter((value): value is Table => is(value, Table))
        .map((twin) => [getTableName(twin), twin]),
    );
    twinsByTables.set(db.tables, twins);
  }
  const twin = twins.get(getTableName(table));
  if (!twin) throw new Error(`No table ${getTableName(table)} in this store`);
  return twin as T;
}
