import type pg from 'pg';
import { writerOf, type Db } from '../../src/core/db/client.ts';
import { dialectOf } from '../../src/core/db/dialect.ts';

/**
 * The same SQL run on either store, so a test can play one scenario on SQLite and on PostgreSQL and
 * compare what each database made of it. Statements are written with PostgreSQL's placeholders ($1, $2 …),
 * bound on SQLite as named parameters (@p1, @p2 …: better-sqlite3 miscounts a repeated ?1); booleans are
 * written as TRUE and FALSE in the SQL (SQLite cannot bind them).
 */
export interface SqlStore {
  name: 'sqlite' | 'postgres';
  run(sql: string, ...params: unknown[]): Promise<void>;
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
}

export function sqliteStore(db: Db): SqlStore {
  const prepare = (sql: string) => db.$client.prepare(sql.replace(/\$(\d+)/g, '@p$1'));
  const named = (params: unknown[]) =>
    params.length === 0 ? [] : [Object.fromEntries(params.map((value, i) => [`p${i + 1}`, value]))];
  return {
    name: 'sqlite',
    run: async (sql, ...params) => {
      prepare(sql).run(...named(params));
    },
    all: async <T>(sql: string, ...params: unknown[]) => prepare(sql).all(...named(params)) as T[],
  };
}

export function postgresStore(pool: pg.Pool): SqlStore {
  return {
    name: 'postgres',
    run: async (sql, ...params) => {
      await pool.query(sql, params);
    },
    all: async <T>(sql: string, ...params: unknown[]) => (await pool.query(sql, params)).rows as T[],
  };
}

/**
 * The store an app's handle is on, for a test's own fixtures and checks: the same statements then set up
 * and read the data whichever store the suite runs on (DATELINE_TEST_STORE). On SQLite through the
 * writer connection, as the API writes.
 */
export function sqlOf(db: Db): SqlStore {
  return dialectOf(db) ? postgresStore(db.$client as unknown as pg.Pool) : sqliteStore(writerOf(db));
}

/**
 * The SQL text of every statement the app's handle sends while `action` runs, on either store: on
 * SQLite what its connections prepare (client.ts keeps statements by text, so each run asks), on
 * PostgreSQL what its pool is sent. For tests about how many statements a request costs.
 */
export async function statementsDuring(db: Db, action: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const restore: (() => void)[] = [];
  const record = <T extends object, K extends keyof T>(target: T, method: K) => {
    const original = target[method] as (...args: unknown[]) => unknown;
    target[method] = function (this: unknown, ...args: unknown[]) {
      const [query] = args as [string | { text?: string }];
      seen.push(typeof query === 'string' ? query : (query.text ?? ''));
      return original.apply(this, args);
    } as T[K];
    restore.push(() => {
      target[method] = original as T[K];
    });
  };
  if (dialectOf(db)) {
    record(db.$client as unknown as pg.Pool, 'query');
  } else {
    for (const client of new Set([db.$client, writerOf(db).$client])) record(client, 'prepare');
  }
  try {
    await action();
  } finally {
    for (const undo of restore) undo();
  }
  return seen;
}
