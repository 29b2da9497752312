import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../deploy/free-port.ts';
import { closeDatabase, openDatabase, type Db } from '../../../src/core/db/client.ts';
import { classifyDatabaseError, type DatabaseFailure } from '../../../src/core/db/errors.ts';
import { rows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { usePools } from '../../support/postgres.ts';
import { startTcpProxy } from '../../support/tcp-proxy.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow, quoteRow } from '../../support/store-rows.ts';

/** How the classifier reads the error `work` fails with (and that it does fail). */
async function failureOf(work: () => unknown): Promise<DatabaseFailure | undefined> {
  try {
    await work();
  } catch (error) {
    return classifyDatabaseError(error);
  }
  throw new Error('expected the database to refuse');
}

describe.each(useBothStores())('classifyDatabaseError on %s', (store, db) => {
  // Writes go through a transaction: SQLite's reading handle refuses them.
  const write = (work: (tx: Db) => Promise<unknown>) => inTransaction(db(), work);
  const article = (row: ReturnType<typeof articleRow>) => write((tx) => tx.insert(tx.tables.articles).values(row));

  it('reads a unique index or primary key refusing a write as unique, naming its first column', async () => {
    await article(articleRow('art_a'));
    expect(await failureOf(() => article({ ...articleRow('art_b'), slug: 'art_a' }))).toEqual({
      kind: 'unique',
      column: 'slug',
    });
    expect(await failureOf(() => article({ ...articleRow('art_a'), slug: 'other' }))).toEqual({
      kind: 'unique',
      column: 'id',
    });
    const redirect = { resourceType: 'article', slug: 'old', resourceId: 'art_a', createdAt: '' };
    const addRedirect = () => write((tx) => tx.insert(tx.tables.slugRedirects).values(redirect));
    await addRedirect();
    expect(await failureOf(addRedirect)).toEqual({ kind: 'unique', column: 'resource_type' });
  });

  it('reads a broken reference as a constraint, and the published-needs-a-date trigger as the guard', async () => {
    const orphan = () => write((tx) => tx.insert(tx.tables.quotes).values(quoteRow('quo_1', 'art_missing')));
    expect(await failureOf(orphan)).toEqual({ kind: 'constraint' });
    expect(await failureOf(() => article({ ...articleRow('art_c', 'published'), publishedAt: null }))).toEqual({
      kind: 'guard',
    });
  });

  it('leaves alone what is not the database refusing', async () => {
    expect(await failureOf(() => rows(db(), sql`SELECT * FROM no_such_table`))).toBeUndefined();
    expect(classifyDatabaseError(new Error('timeout'))).toBeUndefined();
    expect(classifyDatabaseError('ECONNREFUSED')).toBeUndefined();
  });

  it.runIf(store === 'PostgreSQL')(
    "reads search_query()'s and to_tsquery's syntax errors as a bad search, other syntax errors not",
    async () => {
      expect(await failureOf(() => rows(db(), sql`SELECT search_query(${'"kyiv'})`))).toEqual({
        kind: 'search-syntax',
        reason: 'unterminated string',
      });
      expect(await failureOf(() => rows(db(), sql`SELECT to_tsquery('simple', ${'kyiv &'})`))).toEqual({
        kind: 'search-syntax',
        reason: 'no operand in tsquery: "kyiv &"',
      });
      expect(await failureOf(() => rows(db(), sql`SELEC 1`))).toBeUndefined();
    },
  );
});

describe('classifyDatabaseError on PostgreSQL that cannot answer', () => {
  const pool = usePools();
  /** A drizzle handle on a new pool; errors come wrapped as the app sees them (DrizzleQueryError). */
  const handle = (config: pg.PoolConfig) => drizzle({ client: pool(config) });
  const onPort = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

  it('reads nothing listening as unavailable', async () => {
    const db = handle({ connectionString: onPort(await freePort()), connectionTimeoutMillis: 1_000 });
    expect(await failureOf(() => db.execute(sql`SELECT 1`))).toEqual({ kind: 'unavailable' });
  });

  it('reads a server that accepts but never answers as unavailable, after the connect timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const db = handle({
        connectionString: onPort((silent.address() as { port: number }).port),
        connectionTimeoutMillis: 200,
      });
      expect(await failureOf(() => db.execute(sql`SELECT 1`))).toEqual({ kind: 'unavailable' });
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it('reads a pool with no connection free in time as unavailable', async () => {
    const url = inject('postgresUrl');
    const full = pool({ connectionString: url, connectionTimeoutMillis: 100 });
    const db = drizzle({ client: full });
    const held = await full.connect();
    try {
      expect(await failureOf(() => db.execute(sql`SELECT 1`))).toEqual({ kind: 'unavailable' });
    } finally {
      held.release();
    }
  });

  it('reads a statement cancelled by statement_timeout as a timeout', async () => {
    const db = handle({ connectionString: inject('postgresUrl'), statement_timeout: 50 });
    expect(await failureOf(() => db.execute(sql`SELECT pg_sleep(2)`))).toEqual({ kind: 'timeout' });
  });

  it('reads a connection the server ends (an administrator, a shutdown) as unavailable', async () => {
    const db = handle({ connectionString: inject('postgresUrl') });
    const sleeping = failureOf(() => db.execute(sql`SELECT pg_sleep(5), 'admin-terminated'`));
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    try {
      // Until the sleeping query has started (a few tries at most).
      for (let terminated = 0, tries = 0; terminated === 0 && tries < 200; tries += 1) {
        const { rowCount } = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%admin-terminated%' AND pid <> pg_backend_pid()`,
        );
        terminated = rowCount ?? 0;
      }
    } finally {
      await admin.end();
    }
    expect(await sleeping).toEqual({ kind: 'unavailable' });
  });

  it('reads the network cut mid-query as unavailable', async () => {
    const proxy = await startTcpProxy(Number(new URL(inject('postgresUrl')).port));
    const db = handle({ connectionString: onPort(proxy.port), connectionTimeoutMillis: 1_000 });
    await db.execute(sql`SELECT 1`);
    const sleeping = failureOf(() => db.execute(sql`SELECT pg_sleep(5)`));
    await proxy.cut();
    expect(await sleeping).toEqual({ kind: 'unavailable' });
    expect(await failureOf(() => db.execute(sql`SELECT 1`))).toEqual({ kind: 'unavailable' });
  });
});

describe('classifyDatabaseError on SQLite that cannot answer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-errors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a write lock held past the busy timeout as unavailable', () => {
    const holder = new Database(join(dir, 'busy.sqlite'));
    const waiter = new Database(join(dir, 'busy.sqlite'), { timeout: 0 });
    holder.exec('CREATE TABLE t (x); BEGIN IMMEDIATE');
    try {
      expect(() => waiter.exec('INSERT INTO t VALUES (1)')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      let failure: DatabaseFailure | undefined;
      try {
        waiter.exec('INSERT INTO t VALUES (1)');
      } catch (error) {
        failure = classifyDatabaseError(error);
      }
      expect(failure).toEqual({ kind: 'unavailable' });
    } finally {
      holder.close();
      waiter.close();
    }
  });

  it('reads a file that cannot be opened, and a closed handle, as unavailable', async () => {
    expect(await failureOf(() => new Database(dir))).toEqual({ kind: 'unavailable' });
    const db = openDatabase(':memory:');
    closeDatabase(db);
    expect(await failureOf(() => rows(db, sql`SELECT 1`))).toEqual({ kind: 'unavailable' });
  });
});
