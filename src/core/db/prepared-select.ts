import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db, Tables } from './client.ts';
import { dialectOf } from './dialect.ts';
import { readRows } from './queries.ts';
import type { FetchedRows } from './pagination.ts';

/**
 * The time of the last change anywhere, read by the page's own statement (one scalar subquery,
 * which both stores evaluate once): a list's Last-Modified (content-description.ts) then describes
 * the very snapshot the page was read from, and on PostgreSQL the page costs one round trip, not two.
 */
const LAST_CHANGE = `(select changed_at from changes order by seq desc limit 1) as "_lastChange"`;

/**
 * A page query whose column list and FROM clause are written as SQL once, not on every request.
 *
 * The profile of a list of 20 (README, Performance) showed drizzle's query builder spending about
 * as long turning the same fifteen columns, their table and its joins into SQL text as SQLite took
 * to run the query. Here only the WHERE and ORDER BY go through the builder (they depend on the
 * request); on SQLite the statement itself is compiled once, since the connection keeps statements
 * by their text (client.ts). Rows come back as the builder's would: keyed by field, decoded by the
 * column of the store's own table (booleans, JSON), NULL as null; with them, the last change's time.
 */
export function pageSelect<Row>(columnsOf: (db: Db) => Record<string, Column>, from: string) {
  const heads = new WeakMap<Tables, { head: SQL; fields: [string, Column][] }>();
  const headFor = (db: Db) => {
    let compiled = heads.get(db.tables);
    if (!compiled) {
      const fields = Object.entries(columnsOf(db));
      const list = fields
        .map(([field, column]) => `"${getTableName(column.table)}"."${column.name}" as "${field}"`)
        .join(', ');
      // Lower case, as the builder writes it (tests and tools find statements by their text).
      compiled = { head: sql.raw(`select ${list}, ${LAST_CHANGE} from ${from}`), fields };
      heads.set(db.tables, compiled);
    }
    return compiled;
  };
  return async (db: Db, page: { where: SQL | undefined; orderBy: SQL[]; limit: number }): Promise<FetchedRows<Row>> => {
    const { head, fields } = headFor(db);
    const where = page.where ? sql` where ${page.where}` : sql``;
    const query = sql`${head}${where} order by ${sql.join(page.orderBy, sql`, `)} limit ${page.limit}`;
    // SQLite answers arrays, the cheapest form it has (this runs on every list); PostgreSQL, objects by alias.
    const found = dialectOf(db)
      ? (await readRows<Record<string, unknown>>(db, query)).map((row) => [
          ...fields.map(([field]) => row[field]),
          row._lastChange,
        ])
      : db.values<unknown[]>(query);
    const lastChange = found[0]?.[fields.length];
    const rows = found.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i += 1) {
        const value = values[i];
        const [field, column] = fields[i] as [string, Column];
        row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      }
      return row as Row;
    });
    return { rows, lastChange: typeof lastChange === 'string' ? lastChange : undefined };
  };
}
