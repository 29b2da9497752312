import type { SQL } from 'drizzle-orm';
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

/**
 * The handle for a read that must see what this process has just written: on PostgreSQL with read
 * replicas, the primary (a replica replays a commit a moment after it); else `db` itself. Reads
 * inside inTransaction() need it not: a transaction runs wholly on the primary.
 */
export function onPrimary(db: Db): Db {
  return dialectOf(db)?.primary(db) ?? db;
}
