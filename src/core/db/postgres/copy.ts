import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';
import { MIGRATIONS_FOLDER } from '../client.ts';
import { copyPlan, TRIGGERS_LEFT_ON, TRIGGERS_TURNED_OFF, type TablePlan } from './copy-plan.ts';

/**
 * Copies a SQLite newsroom into an empty PostgreSQL database (`npm run migrate-to-postgres`): every table,
 * in foreign-key order, streamed from SQLite (`iterate()`) and inserted a batch at a time, so memory stays
 * bounded on a file of gigabytes. All of it is ONE PostgreSQL transaction, which the count check ends: a
 * failure anywhere, or any table whose counts differ, rolls back and leaves the target as empty as it was.
 * What is copied and what the triggers rebuild: copy-plan.ts.
 *
 * Triggers are turned off with `ALTER TABLE … DISABLE TRIGGER`, by name, inside the transaction (so a
 * rollback turns them back on too). It needs only the tables' owner, the role that migrated them;
 * `SET session_replication_role = replica` would turn them all off at once, but needs a superuser (or, on
 * 15+, a grant the operator must make), which a managed PostgreSQL rarely gives, and would turn off the
 * triggers that must stay on.
 */

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopyOptions {
  /** The most rows per INSERT (fewer when the rows are large). */
  batchRows?: number;
  /** Called after each batch is inserted, inside the transaction: progress; a test throws from it. */
  onBatch?: (progress: CopyProgress) => void | Promise<void>;
}

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
  ok: boolean;
  /** Why a table is not copied, when it is not. */
  note?: string;
}

export interface CopyResult {
  counts: TableCount[];
  /** Rows inserted by the copy (not counting what the triggers built). */
  rows: number;
  ms: number;
}

/** The copy would not start: nothing was written. */
export class CopyRefusedError extends Error {}

/** Some table's counts differ after the copy: it was rolled back. */
export class CountMismatchError extends Error {
  constructor(readonly counts: TableCount[]) {
    const wrong = counts.filter((count) => !count.ok).map((count) => count.table);
    super(`the counts of ${wrong.join(', ')} differ after the copy; it was rolled back, nothing was written`);
  }
}

const BATCH_ROWS = 500;
/** A batch of long articles is cut short at about this many characters of text. */
const BATCH_CHARACTERS = 8_000_000;

const NOTES: Record<TablePlan['mode'], string | undefined> = {
  copy: undefined,
  rebuilt: 'rebuilt from the copied rows',
  cache: 'a cache, not copied (rebuilt on read)',
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The SQLite file must be at the migration this code's PostgreSQL schema twins, or the columns would differ. */
function checkSqliteSchema(source: Database.Database): void {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const latest = migrations.at(-1)?.folderMillis;
  let applied: { at: number | null; n: number } | undefined;
  try {
    applied = source.prepare('SELECT max(created_at) AS at, count(*) AS n FROM __drizzle_migrations').get() as {
      at: number | null;
      n: number;
    };
  } catch {
    throw new CopyRefusedError('the SQLite file is not a Dateline database (it has no __drizzle_migrations table)');
  }
  if (Number(applied.at) !== latest) {
    throw new CopyRefusedError(
      `the SQLite database has ${applied.n} of this version's ${migrations.length} migrations; ` +
        `start this version of Dateline on it once (it migrates at start), then copy it`,
    );
  }
}

/** Refuses a target that holds any row: the copy keeps SQLite's ids, seqs and history, which must not mix. */
async function refuseUnlessEmpty(client: pg.PoolClient, plan: TablePlan[]): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    plan
      .map((table, i) => `SELECT $${i + 1}::text AS name WHERE EXISTS (SELECT 1 FROM ${quote(table.name)})`)
      .join(' UNION ALL '),
    plan.map((table) => table.name),
  );
  if (rows.length > 0) {
    throw new CopyRefusedError(
      `the PostgreSQL database is not empty (${rows.map((row) => row.name).join(', ')} hold rows); ` +
        `copy into a new, empty database`,
    );
  }
}

interface Trigger {
  table: string;
  trigger: string;
  function: string;
}

/** The triggers to turn off during the copy; any trigger copy-plan.ts does not know of stops it. */
async function triggersToTurnOff(client: pg.PoolClient): Promise<Trigger[]> {
  const { rows } = await client.query<Trigger>(
    `SELECT c.relname AS "table", t.tgname AS "trigger", p.proname AS "function"
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 1, 2`,
  );
  const unknown = rows.filter((row) => !TRIGGERS_LEFT_ON.has(row.function) && !TRIGGERS_TURNED_OFF.has(row.function));
  if (unknown.length > 0) {
    const names = unknown.map((row) => `${row.trigger} on ${row.table} (${row.function})`).join(', ');
    throw new Error(`copy-plan.ts does not say whether these triggers run during a copy: ${names}`);
  }
  return rows.filter((row) => TRIGGERS_TURNED_OFF.has(row.function));
}

async function setTriggers(client: pg.PoolClient, triggers: Trigger[], state: 'DISABLE' | 'ENABLE'): Promise<void> {
  for (const { table, trigger } of triggers) {
    await client.query(`ALTER TABLE ${quote(table)} ${state} TRIGGER ${quote(trigger)}`);
  }
}

const countSqlite = (source: Database.Database, table: string) =>
  Number((source.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n);

async function countPostgres(client: pg.PoolClient, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
  return Number(rows[0]?.n);
}

/**
 * One INSERT per batch, its values one array per column (`unnest`): the statement's text is the same for
 * every batch, so it is prepared once, and its parameters stay a handful however many rows it carries.
 * Rows go in the order SQLite read them (its rowids), the order the search index numbers them (`rid`).
 */
function insertStatement(table: TablePlan): string {
  const names = table.columns.map((column) => quote(column.name)).join(', ');
  const arrays = table.columns.map((column, i) => `$${i + 1}::${column.sqlType}[]`).join(', ');
  return `INSERT INTO ${quote(table.name)} (${names}) SELECT ${names}
    FROM unnest(${arrays}) WITH ORDINALITY AS r(${names}, copy_order) ORDER BY copy_order`;
}

/** Streams `statement`'s rows from SQLite in batches of column arrays, each handed to `write` before the next is read. */
async function inBatches(
  statement: Database.Statement,
  convert: ((value: unknown) => unknown)[],
  batchRows: number,
  write: (columns: unknown[][], rows: number) => Promise<void>,
): Promise<number> {
  let columns: unknown[][] = convert.map(() => []);
  let rows = 0;
  let characters = 0;
  let total = 0;
  const flush = async () => {
    if (rows === 0) return;
    await write(columns, rows);
    total += rows;
    columns = convert.map(() => []);
    rows = 0;
    characters = 0;
  };
  for (const row of statement.raw(true).safeIntegers(true).iterate() as Iterable<unknown[]>) {
    row.forEach((value, i) => {
      if (typeof value === 'string') characters += value.length;
      columns[i]?.push(convert[i]?.(value));
    });
    rows += 1;
    if (rows >= batchRows || characters >= BATCH_CHARACTERS) await flush();
  }
  await flush();
  return total;
}

/**
 * Copies one table. A column referring to the same table (a place's parent) is copied empty, then set once
 * every row is in: SQLite's rowid order puts a place before its parent when it was moved under a newer one,
 * and PostgreSQL checks a reference at the end of each statement, not of the transaction.
 */
async function copyTable(
  source: Database.Database,
  client: pg.PoolClient,
  table: TablePlan,
  total: number,
  options: CopyOptions,
): Promise<number> {
  const { columns, selfReferences } = table;
  const names = columns.map((column) => quote(column.name)).join(', ');
  const convert = columns.map((column) => (selfReferences.includes(column.name) ? () => null : column.convert));
  const insert = { name: `dateline_copy_${table.name}`, text: insertStatement(table) };
  let done = 0;
  const copied = await inBatches(
    source.prepare(`SELECT ${names} FROM ${quote(table.name)} ORDER BY rowid`),
    convert,
    options.batchRows ?? BATCH_ROWS,
    async (values, rows) => {
      await client.query({ ...insert, values });
      done += rows;
      await options.onBatch?.({ table: table.name, copied: done, total });
    },
  );
  if (selfReferences.length > 0) {
    if (!table.key) throw new Error(`${table.name} refers to itself but has no single-column key to set it by`);
    await setSelfReferences(source, client, table, table.key);
  }
  return copied;
}

async function setSelfReferences(
  source: Database.Database,
  client: pg.PoolClient,
  table: TablePlan,
  key: string,
): Promise<void> {
  const columns = [key, ...table.selfReferences];
  const types = columns.map((name) => table.columns.find((column) => column.name === name)?.sqlType ?? 'text');
  const assignments = table.selfReferences.map((name) => `${quote(name)} = r.${quote(name)}`).join(', ');
  const update = {
    name: `dateline_copy_${table.name}_references`,
    text: `UPDATE ${quote(table.name)} AS t SET ${assignments}
      FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS r(${columns.map(quote).join(', ')})
      WHERE t.${quote(key)} = r.${quote(key)}`,
  };
  const convert = columns.map((name) => table.columns.find((column) => column.name === name)?.convert ?? String);
  await inBatches(
    source.prepare(
      `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table.name)}
       WHERE ${table.selfReferences.map((name) => `${quote(name)} IS NOT NULL`).join(' OR ')} ORDER BY rowid`,
    ),
    convert,
    BATCH_ROWS,
    async (values) => {
      await client.query({ ...update, values });
    },
  );
}

const ARTICLES_PER_REBUILD = 1_000;

/**
 * article_places, by the function its triggers call (migration 0001), once every mention and place is in,
 * a thousand articles at a time: per batch of mentions, in a transaction where the planner has no
 * statistics yet, each rebuild scanned the whole mentions table.
 */
async function rebuildArticlePlaces(client: pg.PoolClient): Promise<void> {
  await client.query('ANALYZE articles, mentions, places');
  let after = '';
  for (;;) {
    const { rows } = await client.query<{ ids: string[] | null }>(
      'SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2) a',
      [after, ARTICLES_PER_REBUILD],
    );
    const ids = rows[0]?.ids;
    if (!ids || ids.length === 0) return;
    await client.query('SELECT article_places_rebuild($1::text[])', [ids]);
    after = ids.at(-1) ?? after;
  }
}

/** SQLite's AUTOINCREMENT high-water marks: an id once used, even by a row since deleted, is never reused. */
function sqliteSequences(source: Database.Database): Map<string, number> {
  const exists = source.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`).get();
  if (!exists) return new Map();
  const rows = source.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[];
  return new Map(rows.map((row) => [row.name, Number(row.seq)]));
}

/**
 * Each identity column continues after the copied values (and SQLite's high-water mark): the change
 * feed's next seq follows the last copied one, so a reader's cursor keeps working across the move.
 */
async function continueSequences(client: pg.PoolClient, plan: TablePlan[], highWater: Map<string, number>) {
  for (const table of plan) {
    if (table.mode !== 'copy' || table.identity === undefined) continue;
    const { rows } = await client.query<{ max: string | null }>(
      `SELECT max(${quote(table.identity)})::text AS max FROM ${quote(table.name)}`,
    );
    const last = Math.max(Number(rows[0]?.max ?? 0), highWater.get(table.name) ?? 0);
    await client.query('SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)', [
      quote(table.name),
      table.identity,
      Math.max(last, 1),
      last > 0,
    ]);
  }
}

async function compareCounts(
  client: pg.PoolClient,
  plan: TablePlan[],
  sqliteCounts: Map<string, number>,
): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const table of plan) {
    const sqlite = sqliteCounts.get(table.name) ?? 0;
    const postgres = await countPostgres(client, table.name);
    const note = NOTES[table.mode];
    counts.push({ table: table.name, sqlite, postgres, ok: table.mode === 'cache' || sqlite === postgres, note });
  }
  return counts;
}

/** Copies the SQLite newsroom `source` (open it read-only) into the empty, migrated PostgreSQL database of `pool`. */
export async function copyToPostgres(
  source: Database.Database,
  pool: pg.Pool,
  options: CopyOptions = {},
): Promise<CopyResult> {
  checkSqliteSchema(source);
  const plan = copyPlan();
  const started = performance.now();
  const client = await pool.connect();
  let broken = false;
  // One read transaction: every table is read from the same snapshot, even if the API is still writing.
  source.exec('BEGIN');
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT dateline_write_lock()');
      await refuseUnlessEmpty(client, plan);
      const sqliteCounts = new Map(plan.map((table) => [table.name, countSqlite(source, table.name)]));
      const highWater = sqliteSequences(source);
      const triggers = await triggersToTurnOff(client);
      await setTriggers(client, triggers, 'DISABLE');
      let rows = 0;
      for (const table of plan) {
        if (table.mode !== 'copy') continue;
        try {
          rows += await copyTable(source, client, table, sqliteCounts.get(table.name) ?? 0, options);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`copying ${table.name}: ${reason}`, { cause: error });
        }
      }
      await rebuildArticlePlaces(client);
      await continueSequences(client, plan, highWater);
      await setTriggers(client, triggers, 'ENABLE');
      const counts = await compareCounts(client, plan, sqliteCounts);
      if (counts.some((count) => !count.ok)) throw new CountMismatchError(counts);
      await client.query('COMMIT');
      return { counts, rows, ms: performance.now() - started };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    }
  } finally {
    if (source.inTransaction) source.exec('COMMIT');
    client.release(broken);
  }
}
