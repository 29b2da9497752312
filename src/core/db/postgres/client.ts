import { join } from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { PROJECT_ROOT } from '../../../lib/project-root.ts';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { withReplicas, type PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tables } from '../client.ts';
import { registerDialect, type Dialect } from '../dialect.ts';
import { readsOnPrimary } from '../primary-reads.ts';
import * as schema from './schema.ts';
import { statementNames } from './statement-names.ts';

export type PostgresDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export const POSTGRES_MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'migrations', 'postgres');

/** Any fixed number: it names the lock that lets one process at a time migrate a database. */
const MIGRATION_LOCK = 7_150_315;

export interface PostgresOptions {
  /** Connections in the pool: the most queries this process runs on PostgreSQL at once. */
  poolSize: number;
  /** PostgreSQL cancels a statement that runs longer, so a runaway query cannot hold a connection. */
  statementTimeoutMs: number;
  /** How long to wait for a connection, so an unreachable server is an error, not a hang. */
  connectTimeoutMs?: number;
  /**
   * Read replicas (streaming standbys of the primary at `url`), one pool of `poolSize` each: plain
   * selects go to one of them at random, everything else to the primary (see openPostgres).
   */
  readUrls?: readonly string[];
}

export interface PostgresStore {
  /** Selects on a replica when there are replicas, everything else (and all of a transaction) on the primary. */
  db: PostgresDb;
  /** The primary: for a read that must see a write just made (a replica replays it a moment later). */
  primary: PostgresDb;
  /** Ends every pool, the primary's and each replica's. */
  close(): Promise<void>;
}

type PostgresHandle =
  PostgresDb | PgTransaction<NodePgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;

/** drizzle's withReplicas() handle keeps the primary's own handle here, and the replicas' here. */
const primaryOf = (db: Db) => (db as unknown as { $primary?: PostgresDb }).$primary;
const replicasOf = (db: Db) => (db as unknown as { $replicas?: PostgresDb[] }).$replicas;

/** Where a read goes: the primary when it must see this process's own writes (primary-reads.ts), else a replica at random. */
function readerAmong<T>(primary: T, replicas: T[]): T {
  if (replicas.length === 0 || readsOnPrimary()) return primary;
  return replicas[Math.floor(Math.random() * replicas.length)]!;
}

/** Where a read of raw SQL goes: as drizzle's selects do (see openPostgres). */
const readerOf = (db: Db): PostgresHandle => readerAmong(db as unknown as PostgresHandle, replicasOf(db) ?? []);

/** drizzle's session, through which every statement (the builder's and raw SQL alike) is prepared before it runs. */
interface PreparingSession {
  prepareQuery(query: { sql: string }, fields: unknown, name: string | undefined, ...rest: unknown[]): unknown;
}

const nameOf = statementNames({ usesBeforeNaming: 3, most: 256 });

/** `db` with its statements named once they run often (statement-names.ts), so PostgreSQL plans them once per connection. */
function namingFrequentStatements(db: PostgresDb): PostgresDb {
  const session = (db as unknown as { session: PreparingSession }).session;
  const prepare = session.prepareQuery.bind(session);
  session.prepareQuery = (query, fields, name, ...rest) => prepare(query, fields, name ?? nameOf(query.sql), ...rest);
  return db;
}

/**
 * Transactions the PostgreSQL way. Each takes `dateline_write_lock()` first (migration 0001): writers
 * queue as SQLite's do, so the change log's order is commit order, and a writer never holds row locks
 * while it waits for the lock. A transaction inside another is a savepoint (drizzle's nested transaction).
 */
const postgresDialect: Dialect = {
  transaction: (db, work) =>
    (db as unknown as PostgresHandle).transaction(async (tx) => {
      await tx.execute(sql`SELECT dateline_write_lock()`);
      return work(postgresDb(tx));
    }),
  rows: async <T>(db: Db, query: SQL) =>
    (await (db as unknown as PostgresHandle).execute<Record<string, unknown>>(query)).rows as T[],
  readRows: async <T>(db: Db, query: SQL) => (await readerOf(db).execute<Record<string, unknown>>(query)).rows as T[],
  // Put off rather than done now: started in the background; a failure is dropped, as a skipped write would be.
  ifIdle: (db, work) => {
    postgresDialect.transaction(db, work).catch(() => undefined);
    return undefined;
  },
  primary: (db) => {
    const primary = primaryOf(db);
    return primary ? postgresDb(primary) : db;
  },
  migrations: { table: sql`drizzle.__drizzle_migrations`, folder: POSTGRES_MIGRATIONS_FOLDER },
};

/**
 * A PostgreSQL database, or a transaction on it, as the handle repositories take: the same query
 * builder calls, over PostgreSQL's tables. Given openPostgres's handle with replicas, selects go to a
 * replica, and inTransaction, rows() (raw SQL may write), inserts, updates and deletes to the primary. The cast is the one place the two stores meet: the tables'
 * TypeScript types are equal (tests/core/db/postgres-types.test.ts), and so are the builders' calls.
 */
export function postgresDb(db: PostgresHandle): Db {
  const handle = Object.assign(db, { tables: schema as unknown as Tables });
  return registerDialect(handle as unknown as Db, postgresDialect);
}

/** Where a URL points, without its password: for error messages and logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

/**
 * SQLite compares text bytewise and its lower() folds ASCII only; PostgreSQL does the same only in
 * the "C" locale, and drizzle cannot set a collation per column. In any other locale lists would sort
 * differently and cursors would skip or repeat rows, so refuse it and say how to create the database.
 */
async function checkLocale(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ collate: string; ctype: string; encoding: string }>(
    `SELECT datcollate AS collate, datctype AS ctype, pg_encoding_to_char(encoding) AS encoding
     FROM pg_database WHERE datname = current_database()`,
  );
  const row = rows[0];
  const isC = (locale: string | undefined) => locale === 'C' || locale === 'POSIX';
  if (!row || !isC(row.collate) || !isC(row.ctype) || row.encoding !== 'UTF8') {
    throw new Error(
      `The PostgreSQL database has encoding ${row?.encoding}, LC_COLLATE ${row?.collate} and LC_CTYPE ${row?.ctype}; ` +
        `Dateline needs UTF8 and "C" for both, to sort and compare text as SQLite does. Create it with ` +
        `CREATE DATABASE <name> TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'.`,
    );
  }
}

/**
 * Migrates on one connection that holds an advisory lock meanwhile: API processes starting together
 * against one database then migrate it one after the other, and the later ones find nothing to do.
 */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Every connection plans a named statement once, not on every run. Left to choose, PostgreSQL plans
 * a named statement afresh with each run's values whenever the one plan for all values looks dearer,
 * and for the list pages, with their hidden-reference checks over three views, it kept doing so:
 * binding a page of quotes by speaker took 1.3 ms of planning against 0.7 ms of running it (server
 * log, 100k articles). The statements are read by index and every list ends in a small LIMIT, so
 * one plan serves all values (README, PostgreSQL: plan once). A DATABASE_URL with its own `options`
 * parameter replaces this (node-postgres lets the URL win), e.g. `?options=-c%20plan_cache_mode%3Dauto`.
 */
const SESSION_OPTIONS = '-c plan_cache_mode=force_generic_plan';

function openPool(url: string, options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    options: SESSION_OPTIONS,
    max: options.poolSize,
    statement_timeout: options.statementTimeoutMs,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
  });
  // A pooled connection that the server drops while idle emits 'error' on the pool, which would
  // otherwise crash the process; the pool discards it, and the next query opens a fresh one.
  pool.on('error', () => {});
  return pool;
}

/** Runs `check` on a new pool; on failure ends it and throws an error naming the server (not its password). */
async function openChecked(
  what: string,
  url: string,
  options: PostgresOptions,
  check: (pool: pg.Pool) => Promise<void>,
) {
  const pool = openPool(url, options);
  try {
    await check(pool);
    return pool;
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open ${what} at ${describePostgresUrl(url)}: ${reason}`, { cause: error });
  }
}

/**
 * Opens a pool on the PostgreSQL database at `url` and brings its schema up to date. With `readUrls`,
 * also a pool per replica, and the handle is drizzle's withReplicas(): selects (and relational queries)
 * on a replica chosen at random, inserts, updates, deletes, execute() and transactions on the primary.
 * A replica that cannot be reached fails the start, naming it: a process that silently served every
 * read from the primary would hide the fault until the primary is overloaded.
 */
export async function openPostgres(url: string, options: PostgresOptions): Promise<PostgresStore> {
  const pool = await openChecked('PostgreSQL', url, options, async (primary) => {
    await checkLocale(primary);
    await migrateLocked(primary);
  });
  const replicaPools: pg.Pool[] = [];
  try {
    for (const readUrl of options.readUrls ?? []) {
      // The replica is a copy of the primary, so already migrated; checking its locale shows it answers.
      replicaPools.push(await openChecked('the PostgreSQL read replica', readUrl, options, checkLocale));
    }
  } catch (error) {
    await Promise.all([pool, ...replicaPools].map((each) => each.end()));
    throw error;
  }
  const primary = namingFrequentStatements(drizzle({ client: pool, schema }));
  const [first, ...others] = replicaPools.map((replica) =>
    namingFrequentStatements(drizzle({ client: replica, schema })),
  );
  return {
    db: first ? withReplicas(primary, [first, ...others], (replicas) => readerAmong(primary, replicas)) : primary,
    primary,
    close: async () => {
      await Promise.all([pool, ...replicaPools].map((each) => each.end()));
    },
  };
}
