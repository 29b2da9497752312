import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/core/db/client.ts';
import { openPostgres, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { SEARCH_INDEXES } from '../../../src/resources/search/index-upkeep.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';

/**
 * The PostgreSQL migrations build the schema the SQLite migrations build: the same tables, columns,
 * keys, indexes, references and check constraints, and the same views, read back from each database's
 * catalogue (so raw SQL in a migration counts too). What differs by design is named below. The triggers
 * are compared by what they do (postgres-triggers.test.ts), the search tables by what they find
 * (postgres-search.test.ts).
 */
/**
 * The full-text indexes: on both stores, under the same names, but each store's own kind of table
 * (FTS5 virtual tables in SQLite; tsvector tables in PostgreSQL, migrations/postgres/0002). The list is
 * the one SQLite's index upkeep merges: an index missing from it shows up below as tables PostgreSQL lacks.
 */
const SEARCH_TABLES: string[] = [...SEARCH_INDEXES];
/** FTS5's shadow tables, where a virtual table keeps its index. */
const SQLITE_ONLY_TABLES = [
  ...SEARCH_TABLES.filter((index) => index !== 'search_passages').flatMap((fts) =>
    ['config', 'data', 'docsize', 'idx'].map((end) => `${fts}_${end}`),
  ),
  ...['config', 'content', 'data', 'docsize', 'idx'].map((end) => `search_passages_${end}`),
];
/** Autocomplete on names with pg_trgm (migrations/postgres/0002), which SQLite has no counterpart of. */
const POSTGRES_ONLY_INDEXES = ['organisations_name_trgm_idx', 'people_name_trgm_idx', 'places_name_trgm_idx'];
const VIEWS = ['public_articles', 'public_organisations', 'public_people', 'public_places', 'public_quotes'];

interface Column {
  name: string;
  notNull: boolean;
  hasDefault: boolean;
}
interface Index {
  name: string;
  table: string;
  unique: boolean;
  columns: (string | null)[];
}
interface Reference {
  table: string;
  from: string;
  to: string;
  onDelete: string;
}

interface Catalogue {
  tables: string[];
  views: string[];
  columns: Record<string, Column[]>;
  primaryKeys: Record<string, (string | null)[]>;
  indexes: Index[];
  references: Reference[];
  checks: string[];
}

const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => (a.name < b.name ? -1 : 1));
const tableOrder = (a: Reference, b: Reference) => (`${a.table}.${a.from}` < `${b.table}.${b.from}` ? -1 : 1);

function sqliteCatalogue(db: Db): Catalogue {
  const all = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
  const objects = all<{ type: string; name: string; sql: string }>(
    `SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'`,
  );
  const tables = objects.filter((o) => o.type === 'table').map((o) => o.name);
  const real = tables.filter((name) => !SQLITE_ONLY_TABLES.includes(name) && !SEARCH_TABLES.includes(name));
  const catalogue: Catalogue = {
    tables: tables.sort(),
    views: objects.filter((o) => o.type === 'view').map((o) => o.name),
    columns: {},
    primaryKeys: {},
    indexes: [],
    references: [],
    checks: [],
  };
  for (const table of real) {
    type Info = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number };
    const info = all<Info>(`SELECT * FROM pragma_table_info(?)`, table);
    const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    // An INTEGER PRIMARY KEY is the rowid: SQLite numbers it when the insert leaves it out.
    const isRowid = (c: Info) => pk.length === 1 && c.pk === 1 && c.type.toUpperCase() === 'INTEGER';
    catalogue.primaryKeys[table] = pk.map((c) => c.name);
    catalogue.columns[table] = byName(
      info.map((c) => ({ name: c.name, notNull: c.notnull === 1, hasDefault: c.dflt_value !== null || isRowid(c) })),
    );
    for (const index of all<{ name: string; unique: number; origin: string }>(
      `SELECT * FROM pragma_index_list(?) WHERE origin = 'c'`,
      table,
    )) {
      const columns = all<{ name: string | null }>(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`, index.name);
      catalogue.indexes.push({
        name: index.name,
        table,
        unique: index.unique === 1,
        columns: columns.map((c) => c.name),
      });
    }
    for (const fk of all<{ table: string; from: string; to: string; on_delete: string }>(
      `SELECT * FROM pragma_foreign_key_list(?)`,
      table,
    )) {
      catalogue.references.push({ table, from: fk.from, to: `${fk.table}.${fk.to}`, onDelete: fk.on_delete });
    }
  }
  const definitions = objects.filter((o) => o.type === 'table').map((o) => o.sql);
  catalogue.checks = definitions.flatMap((sql) => [...sql.matchAll(/CONSTRAINT "(\w+)" CHECK/g)].map((m) => m[1]!));
  catalogue.indexes = byName(catalogue.indexes);
  catalogue.references.sort(tableOrder);
  catalogue.checks.sort();
  catalogue.views.sort();
  return catalogue;
}

const ON_DELETE: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

async function postgresCatalogue({ db }: PostgresStore): Promise<Catalogue> {
  const all = async <T>(sql: string) => (await db.$client.query(sql)).rows as T[];
  const inPublic = `JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = 'public'`;
  const tables = await all<{ name: string; kind: string }>(
    `SELECT t.relname AS name, t.relkind AS kind FROM pg_class t ${inPublic} WHERE t.relkind IN ('r', 'v')`,
  );
  const columns = await all<Column & { table: string }>(
    `SELECT table_name AS table, column_name AS name, is_nullable = 'NO' AS "notNull",
            (column_default IS NOT NULL OR is_identity = 'YES') AS "hasDefault"
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  // Each index with its columns in order; an expression (lower(title)) has no column name, as in SQLite.
  const indexes = await all<Index & { primary: boolean }>(
    `SELECT i.relname AS name, t.relname AS table, x.indisunique AS unique, x.indisprimary AS primary,
            array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, n)
                  LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid ${inPublic}`,
  );
  const references = await all<Reference & { action: string }>(
    `SELECT t.relname AS table, a.attname AS from, r.relname || '.' || ra.attname AS to, c.confdeltype AS action
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid ${inPublic}
     JOIN pg_class r ON r.oid = c.confrelid CROSS JOIN LATERAL unnest(c.conkey, c.confkey) k(col, ref)
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
     JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.ref
     WHERE c.contype = 'f'`,
  );
  const checks = await all<{ name: string }>(
    `SELECT c.conname AS name FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid ${inPublic} WHERE c.contype = 'c'`,
  );
  const allTables = tables.filter((t) => t.kind === 'r').map((t) => t.name);
  const real = allTables.filter((name) => !SEARCH_TABLES.includes(name));
  return {
    tables: allTables.sort(),
    views: tables
      .filter((t) => t.kind === 'v')
      .map((t) => t.name)
      .sort(),
    columns: Object.fromEntries(
      real.map((table) => [table, byName(columns.filter((c) => c.table === table).map(({ table: _, ...c }) => c))]),
    ),
    primaryKeys: Object.fromEntries(
      real.map((table) => [table, indexes.find((i) => i.table === table && i.primary)?.columns ?? []]),
    ),
    indexes: byName(
      indexes
        .filter((i) => !i.primary && real.includes(i.table) && !POSTGRES_ONLY_INDEXES.includes(i.name))
        .map(({ primary: _, ...index }) => index),
    ),
    references: references
      .filter((r) => real.includes(r.table))
      .map(({ action, ...r }) => ({ ...r, onDelete: ON_DELETE[action] ?? action }))
      .sort(tableOrder),
    checks: checks.map((c) => c.name).sort(),
  };
}

describe('the PostgreSQL migrations', () => {
  const database = freshPostgresDatabase();
  let sqlite: Catalogue;
  let postgres: Catalogue;
  let store: PostgresStore;
  beforeAll(async () => {
    const db = openDatabase(':memory:');
    sqlite = sqliteCatalogue(db);
    db.$client.close();
    store = await openPostgres(database.url, { poolSize: 2, statementTimeoutMs: 10_000 });
    postgres = await postgresCatalogue(store);
  });
  afterAll(() => store?.close());

  it('create the same tables (the full-text indexes included, by name), leaving out only FTS5’s shadow tables', () => {
    expect(postgres.tables).toEqual(sqlite.tables.filter((name) => !SQLITE_ONLY_TABLES.includes(name)));
    expect(postgres.tables).toHaveLength(25);
    expect(postgres.tables).toEqual(expect.arrayContaining(SEARCH_TABLES));
    // Every name on the list exists in SQLite: the list cannot hide a table that is gone or misspelt.
    expect(sqlite.tables).toEqual(expect.arrayContaining(SQLITE_ONLY_TABLES));
  });

  it('create the same views', () => {
    expect(sqlite.views).toEqual(VIEWS);
    expect(postgres.views).toEqual(VIEWS);
  });

  it('give every table the same columns (not null, default) and primary key', () => {
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(Object.keys(postgres.columns)).toHaveLength(19);
    expect(postgres.columns.changes).toContainEqual({ name: 'seq', notNull: true, hasDefault: true });
    expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
  });

  it('create the same indexes, on the same columns', () => {
    expect(postgres.indexes).toEqual(sqlite.indexes);
    expect(postgres.indexes).toContainEqual({
      name: 'person_roles_title_idx',
      table: 'person_roles',
      unique: false,
      columns: [null], // lower(title)
    });
    expect(postgres.indexes).toContainEqual({
      name: 'articles_slug_unique',
      table: 'articles',
      unique: true,
      columns: ['slug'],
    });
  });

  it('hold NULLs first in every index, as SQLite does, so pages sorted with NULL lowest can walk them', async () => {
    const { rows } = await store.db.$client.query<{ index: string; column: string; nullsFirst: boolean }>(
      `SELECT i.relname AS index, a.attname AS column, (k.option & 2) <> 0 AS "nullsFirst"
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = 'public'
       CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indoption::int2[]) k(attnum, option)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE NOT a.attnotnull`,
    );
    expect(rows.filter((row) => !row.nullsFirst)).toEqual([]);
    expect(rows).toContainEqual({ index: 'articles_status_published_idx', column: 'published_at', nullsFirst: true });
  });

  it('make the same references, with the same on delete, and the same named check constraints', () => {
    expect(postgres.references).toEqual(sqlite.references);
    expect(postgres.references.length).toBeGreaterThan(10);
    expect(postgres.checks).toEqual(sqlite.checks);
    expect(postgres.checks).toHaveLength(6);
  });
});
