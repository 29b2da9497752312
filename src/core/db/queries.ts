import { fillPlaceholders, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
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
 * The rows of a raw SQL query that only reads: as `rows`, but where the handle reads from replicas
 * (PostgreSQL with DATABASE_READ_URLS), on one of them, as the query builder's selects are.
 */
export function readRows<T>(db: Db, query: SQL): Promise<T[]> {
  const dialect = dialectOf(db);
  return dialect ? dialect.readRows<T>(db, query) : Promise.resolve(db.all<T>(query));
}

/** The SQL text and parameters (values or placeholders) of a statement, as the dialect compiled it. */
interface Compiled {
  sql: string;
  params: unknown[];
}
const sqlite = new SQLiteSyncDialect();
const compiledByShape = new Map<string, Compiled>();
const SHAPES_KEPT = 1000;

/**
 * The rows of a raw SQL query that is built the same way each time but for its values, compiled once.
 *
 * drizzle turns an SQL template into text anew on every call, walking every chunk: about 50 µs for
 * a lookup SQLite runs in 7 (README, lean reads). `build` writes the query with `value(name)` where
 * each value goes; `shape` names everything else the text depends on (tables, how many values in a
 * list). On SQLite it is built once per shape with placeholders, and run from SQLite's statement
 * cache (client.ts) with `values` bound. On PostgreSQL, and in a transaction, it is built with the
 * values each time, as `rows` does: there a round trip dwarfs building the text.
 */
export function shapedRows<T>(
  db: Db,
  shape: string,
  values: Record<string, unknown>,
  build: (value: (name: string) => unknown) => SQL,
): Promise<T[]> {
  const client = db.$client as Db['$client'] | undefined;
  const valueOf = (name: string) => values[name];
  if (dialectOf(db) || !client) return rows<T>(db, build(valueOf));
  let compiled = compiledByShape.get(shape);
  if (!compiled) {
    compiled = sqlite.sqlToQuery(build((name): Placeholder => sql.placeholder(name)));
    if (compiledByShape.size >= SHAPES_KEPT) compiledByShape.clear();
    compiledByShape.set(shape, compiled);
  }
  return Promise.resolve(client.prepare(compiled.sql).all(...fillPlaceholders(compiled.params, values)) as T[]);
}

const sqlIdentities = new WeakMap<SQL, number>();
let nextIdentity = 0;

/** Names a fixed SQL fragment (a view's condition, built once) in a `shapedRows` shape: each object its own. */
export function identityOf(fragment: SQL | undefined): string {
  if (fragment === undefined) return '-';
  let identity = sqlIdentities.get(fragment);
  if (identity === undefined) {
    identity = nextIdentity++;
    sqlIdentities.set(fragment, identity);
  }
  return String(identity);
}

/**
 * The handle for a read that must see what this process has just written: on PostgreSQL with read
 * replicas, the primary (a replica replays a commit a moment after it); else `db` itself. Reads
 * inside inTransaction() need it not: a transaction runs wholly on the primary.
 */
export function onPrimary(db: Db): Db {
  return dialectOf(db)?.primary(db) ?? db;
}
