import { getTableColumns, getTableName, is, Table, type Column } from 'drizzle-orm';
import type { Db } from './client.ts';
import * as schema from './schema.ts';

/**
 * Code that is handed a table or column rather than naming it through `db.tables` (the entity
 * stores' references, the slugged-table map) finds the handle's own twin of it here: the SQLite
 * table itself, or the PostgreSQL table of the same name. A table of one store used in a query on
 * the other would map its values the first store's way (booleans as 0/1, JSON as text), so a
 * query names the twin. The casts are sound because the twins' types are equal
 * (tests/core/db/postgres-types.test.ts).
 */

/** Each SQLite table by the name the schema exports it under, which the PostgreSQL schema shares. */
const exportNames = new Map<Table, keyof typeof schema>(
  Object.entries(schema).flatMap(([name, value]) =>
    is(value, Table) ? [[value, name as keyof typeof schema] as const] : [],
  ),
);

/** The column's key in its table (`speakerPersonId`, not the column name `speaker_person_id`). */
const columnKeys = new WeakMap<Column, string>();

/** `table` (a table of the SQLite schema) as `db`'s store has it. */
export function tableOf<T extends Table>(db: Db, table: T): T {
  if ((db.tables as unknown) === schema) return table;
  const name = exportNames.get(table);
  if (name === undefined) throw new Error(`${getTableName(table)} is not a table of the schema`);
  return db.tables[name] as unknown as T;
}

/** `column` (of a table of the SQLite schema) as `db`'s store has it. */
export function columnOf<C extends Column>(db: Db, column: C): C {
  if ((db.tables as unknown) === schema) return column;
  const { table } = column;
  let key = columnKeys.get(column);
  if (key === undefined) {
    key = Object.entries(getTableColumns(table)).find(([, candidate]) => candidate === column)?.[0];
    if (key === undefined) throw new Error(`${column.name} is not a column of ${getTableName(table)}`);
    columnKeys.set(column, key);
  }
  return getTableColumns(tableOf(db, table))[key] as unknown as C;
}
