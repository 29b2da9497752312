import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db, Tables } from './client.ts';
import { dialectOf } from './dialect.ts';
import { rows } from './queries.ts';

/**
 * A page query whose column list and FROM clause are written as SQL once, not on every request.
 *
 * The profile of a list of 20 (README, Performance) showed drizzle's query builder spending about
 * as long turning the same fifteen columns, their table and its joins into SQL text as SQLite took
 * to run the query. Here only the WHERE and ORDER BY go through the builder (they depend on the
 * request); on SQLite the statement itself is compiled once, since the connection keeps statements
 * by their text (client.ts). Rows come back as the builder's would: keyed by field, decoded by the
 * column of the store's own table (booleans, JSON), NULL as null.
 */
export function pageSelect<Row>(columnsOf: (tables: Tables) => Record<string, Column>, from: string) {
  const heads = new WeakMap<Tables, { head: SQL; fields: [string, Column][] }>();
  const headFor = (tables: Tables) => {
    let compiled = heads.get(tables);
    if (!compiled) {
      const fields = Object.entries(columnsOf(tables));
      const list = fields
        .map(([field, column]) => `"${getTableName(column.table)}"."${column.name}" as "${field}"`)
        .join(', ');
      // Lower case, as the builder writes it (tests and tools find statements by their text).
      compiled = { head: sql.raw(`select ${list} from ${from}`), fields };
      heads.set(tables, compiled);
    }
    return compiled;
  };
  return async (db: Db, page: { where: SQL | undefined; orderBy: SQL[]; limit: number }): Promise<Row[]> => {
    const { head, fields } = headFor(db.tables);
    const where = page.where ? sql` where ${page.where}` : sql``;
    const query = sql`${head}${where} order by ${sql.join(page.orderBy, sql`, `)} limit ${page.limit}`;
    // SQLite answers arrays, the cheapest form it has (this runs on every list); PostgreSQL, objects by alias.
    const found = dialectOf(db)
      ? (await rows<Record<string, unknown>>(db, query)).map((row) => fields.map(([field]) => row[field]))
      : db.values<unknown[]>(query);
    return found.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i += 1) {
        const value = values[i];
        const [field, column] = fields[i] as [string, Column];
        row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      }
      return row as Row;
    });
  };
}
