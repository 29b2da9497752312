import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';

/**
 * A page query whose column list and FROM clause are written as SQL once, not on every request.
 *
 * The profile of a list of 20 (README, Performance) showed drizzle's query builder spending about
 * as long turning the same fifteen columns, their table and its joins into SQL text as SQLite took
 * to run the query. Here only the WHERE and ORDER BY go through the builder (they depend on the
 * request); the statement itself is compiled once, since the connection keeps statements by their
 * text (client.ts). Rows come back as the builder's would: keyed by field, decoded by the column
 * (booleans, JSON), NULL as null.
 */
export function pageSelect<Row>(columns: Record<string, SQLiteColumn>, from: string) {
  const fields = Object.entries(columns);
  const list = fields.map(([, column]) => `"${getTableName(column.table)}"."${column.name}"`).join(', ');
  // Lower case, as the builder writes it (tests and tools find statements by their text).
  const head = sql.raw(`select ${list} from ${from}`);
  return (db: Db, page: { where: SQL | undefined; orderBy: SQL[]; limit: number }): Row[] => {
    const where = page.where ? sql` where ${page.where}` : sql``;
    const query = sql`${head}${where} order by ${sql.join(page.orderBy, sql`, `)} limit ${page.limit}`;
    return db.values<unknown[]>(query).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i += 1) {
        const value = values[i];
        const column = (fields[i] as [string, SQLiteColumn])[1];
        row[(fields[i] as [string, SQLiteColumn])[0]] = value === null ? null : column.mapFromDriverValue(value);
      }
      return row as Row;
    });
  };
}
