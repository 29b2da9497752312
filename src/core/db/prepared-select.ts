import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db, Tables } from './client.ts';
import { dialectOf } from './dialect.ts';
import { readRows } from './queries.ts';
import type { FetchedRows } from './pagination.ts';
import { hiddenReference, type Audience } from './visibility.ts';

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
 * column of the store's own table (booleans, JSON), NULL as null; with them, the last change's time,
 * and for the public, which of the rows' `references` (columns holding entity ids) point at
 * something hidden (visibility.ts), so the page need not ask in a statement of its own. What belongs
 * to a row in another table (a person's roles) comes the same way, as `attached`: each field a JSON
 * array the statement builds (jsonArray()), parsed into the row.
 */
export function pageSelect<Row>(
  columnsOf: (db: Db) => Record<string, Column>,
  from: string,
  references: (db: Db) => Column[] = () => [],
  attached: (db: Db, audience: Audience) => Record<string, string> = () => ({}),
) {
  interface Head {
    head: SQL;
    fields: [string, Column][];
    /** The attached fields, after the columns. */
    attachedFields: string[];
    /** How many columns after those say which references are hidden. */
    hiddenColumns: number;
  }
  const heads = new WeakMap<Tables, Map<string, Head>>();
  const headFor = (db: Db, audience: Audience, withLastChange: boolean): Head => {
    let compiled = heads.get(db.tables);
    if (!compiled) {
      compiled = new Map();
      heads.set(db.tables, compiled);
    }
    const key = `${audience}:${withLastChange}`;
    let head = compiled.get(key);
    if (!head) {
      const fields = Object.entries(columnsOf(db));
      const name = (column: Column) => `"${getTableName(column.table)}"."${column.name}"`;
      const list = fields.map(([field, column]) => `${name(column)} as "${field}"`);
      const hidden = audience === 'public' ? references(db).map((column) => hiddenReference(db, name(column))) : [];
      const attachedColumns = Object.entries(attached(db, audience));
      const extra = [
        ...attachedColumns.map(([field, text]) => `${text} as "${field}"`),
        ...hidden.map((text, index) => `${text} as "_hidden${index}"`),
        ...(withLastChange ? [LAST_CHANGE] : []),
      ];
      // Lower case, as the builder writes it (tests and tools find statements by their text).
      head = {
        head: sql.raw(`select ${[...list, ...extra].join(', ')} from ${from}`),
        fields,
        attachedFields: attachedColumns.map(([field]) => field),
        hiddenColumns: hidden.length,
      };
      compiled.set(key, head);
    }
    return head;
  };
  return async (
    db: Db,
    page: {
      where: SQL | undefined;
      orderBy: SQL[];
      limit: number;
      audience?: Audience;
      /** Rows read for something else than a list (its own Last-Modified) need not read the last change. */
      lastChange?: boolean;
    },
  ): Promise<FetchedRows<Row>> => {
    const { head, fields, attachedFields, hiddenColumns } = headFor(
      db,
      page.audience ?? 'editors',
      page.lastChange ?? true,
    );
    const where = page.where ? sql` where ${page.where}` : sql``;
    // On PostgreSQL the limit is written into the statement, not bound: a named statement is planned once
    // for all its calls (postgres/client.ts), without their values, and a plan for an unknown limit is a
    // plan for a tenth of the rows, which would sort where a page should walk an index. One statement per
    // page size, which clients keep few. SQLite stays bound: told the limit, its planner trades the index
    // that reads quotes in order for a sort (query-plans.test.ts).
    if (!Number.isSafeInteger(page.limit) || page.limit < 0) throw new RangeError(`bad page limit ${page.limit}`);
    const limit = dialectOf(db) ? sql.raw(String(page.limit)) : sql`${page.limit}`;
    const query = sql`${head}${where} order by ${sql.join(page.orderBy, sql`, `)} limit ${limit}`;
    // SQLite answers arrays, the cheapest form it has (this runs on every list); PostgreSQL, objects by alias.
    const found = dialectOf(db)
      ? (await readRows<Record<string, unknown>>(db, query)).map((row) => [
          ...fields.map(([field]) => row[field]),
          ...attachedFields.map((field) => row[field]),
          ...Array.from({ length: hiddenColumns }, (_, index) => row[`_hidden${index}`]),
          row._lastChange,
        ])
      : db.values<unknown[]>(query);
    const hiddenFrom = fields.length + attachedFields.length;
    const lastChange = found[0]?.[hiddenFrom + hiddenColumns];
    let hidden: Set<string> | undefined;
    if (page.audience === 'public') {
      hidden = new Set();
      for (const values of found) {
        for (let i = hiddenFrom; i < hiddenFrom + hiddenColumns; i += 1) {
          if (typeof values[i] === 'string') hidden.add(values[i] as string);
        }
      }
    }
    const rows = found.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i += 1) {
        const value = values[i];
        const [field, column] = fields[i] as [string, Column];
        row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      }
      for (let i = 0; i < attachedFields.length; i += 1) {
        // SQLite answers JSON as text; pg parses a json column itself.
        const value = values[fields.length + i];
        row[attachedFields[i] as string] = typeof value === 'string' ? JSON.parse(value) : value;
      }
      return row as Row;
    });
    return { rows, lastChange: typeof lastChange === 'string' ? lastChange : undefined, hidden };
  };
}

/**
 * SQL text for a JSON array of one object per row of `from` (a FROM clause and its conditions), with
 * `object`'s keys in order and its values SQL expressions, in `orderBy`'s order; `[]` when there are no
 * rows. Each store builds it with its own JSON functions; both give the same text for the same rows.
 */
export function jsonArray(db: Db, object: Record<string, string>, from: string, orderBy: string): string {
  const pairs = Object.entries(object)
    .map(([key, value]) => `'${key}', ${value}`)
    .join(', ');
  return dialectOf(db)
    ? `(select coalesce(json_agg(json_build_object(${pairs}) order by ${orderBy}), '[]'::json) from ${from})`
    : `(select json_group_array(json_object(${pairs}) order by ${orderBy}) from ${from})`;
}
