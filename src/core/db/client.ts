import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { passagesOf } from '../../lib/passages.ts';
import { PROJECT_ROOT } from '../../lib/project-root.ts';
import type { DatabaseSynchronous } from '../../config.ts';
import * as schema from './schema.ts';

/** The tables a repository reads and writes: SQLite's, or their PostgreSQL twins (the same TypeScript types). */
export type Tables = typeof schema;

/**
 * The database handle every repository takes. A repository names its tables through `db.tables` and
 * awaits its queries, so the same code runs on the PostgreSQL store, whose handle
 * (postgres/client.ts) carries the PostgreSQL tables under the same types.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database; tables: Tables };

export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'migrations');

const STATEMENT_CACHE_SIZE = 500;

/**
 * Compiling SQL costs more than running a small indexed query, and drizzle prepares afresh on every
 * call. Lists produce the same SQL text for the same shape of query (values are bound apart), so
 * keeping compiled statements by text makes repeated requests skip the compiler entirely.
 */
function cacheStatements(client: Database.Database) {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  client.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
      // Callers set modes (drizzle turns on raw rows); every caller starts from the defaults.
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return statement;
  }) as typeof client.prepare;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * `text_passages(a, b, c)`: the passages of a row's searchable columns (lib/passages.ts), one row per
 * passage with its text in c0, c1 or c2 after the column it comes from. The search triggers of
 * migration 0017 call it, so every connection that writes must have it.
 */
function registerPassages(client: Database.Database) {
  client.table('text_passages', {
    columns: ['n', 'cut', 'c0', 'c1', 'c2'],
    parameters: ['t0', 't1', 't2'],
    *rows(...texts: unknown[]) {
      for (const passage of passagesOf(texts.map(asText))) {
        const parts = [null, null, null] as (string | null)[];
        parts[passage.column] = passage.text;
        // BigInts, so that SQLite receives integers: rowid arithmetic with a double would lose the low bits.
        yield [BigInt(passage.n), BigInt(passage.cut), ...parts];
      }
    },
  });
}

export interface DatabaseOptions {
  /**
   * SQLite's `synchronous` in WAL mode. NORMAL (the default): a commit is in the log, handed to the
   * operating system, before the write is answered, so it survives the process crashing or being
   * killed; the log is synced to disk at checkpoints, so a power loss or OS crash may lose the last
   * commits (never the database's integrity). FULL syncs the log at every commit: it survives those
   * too, for an fsync per write.
   */
  synchronous?: DatabaseSynchronous;
}

function connect(path: string, options: DatabaseOptions): Db {
  const client = new Database(path);
  // WAL lets readers proceed while a writer commits.
  client.pragma('journal_mode = WAL');
  client.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  cacheStatements(client);
  // Triggers run on whichever connection writes; tests and tools write through the read connection too.
  registerPassages(client);
  return Object.assign(drizzle({ client, schema }), { tables: schema });
}

const writers = new WeakMap<Db, Db>();

/**
 * The connection writes go through (core/db/transaction.ts). Reads use their own connection: a write
 * transaction may wait between its statements for other work (an async body), and a read on the same
 * connection would then see rows the transaction has not committed, and may never commit.
 */
export function writerOf(db: Db): Db {
  return writers.get(db) ?? db;
}

/**
 * Opens (creating if needed) the SQLite file at `path` and brings its schema up to date. The
 * returned handle reads; `inTransaction` writes through a second connection to the same file (WAL
 * shows a commit to the reader at once). `:memory:` works too, for throwaway databases, with one
 * connection for both (two would be two databases).
 */
export function openDatabase(path: string, options: DatabaseOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const writer = connect(path, options);
  migrate(writer, { migrationsFolder: MIGRATIONS_FOLDER });
  if (path === ':memory:') return writer;
  const reader = connect(path, options);
  // Every write goes through the writer: one on the reader would wait, blocking the event loop, for a
  // lock an open async transaction on the writer holds.
  reader.$client.pragma('query_only = ON');
  writers.set(reader, writer);
  return reader;
}

/** Closes both connections of an open database. */
export function closeDatabase(db: Db) {
  const writer = writerOf(db);
  if (writer !== db) writer.$client.close();
  db.$client.close();
}
