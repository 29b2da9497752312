import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../../deploy/free-port.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { leases } from '../../../src/core/db/postgres/schema.ts';
import { first, onPrimary, rows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { openStore } from '../../../src/core/db/store.ts';
import { createApiKey } from '../../../src/resources/keys/repository.ts';
import { seedDatabase } from '../../../seed/load.ts';
import { startPostgresCluster, startPostgresReplica, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';

const OPTIONS = { poolSize: 2, statementTimeoutMs: 10_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const portOf = (cluster: PostgresCluster) => Number(new URL(cluster.url).port);

/** Which server answered a query: its port, and whether it is a standby replaying another's WAL. */
const answeredBy = { port: sql<number>`inet_server_port()`, standby: sql<boolean>`pg_is_in_recovery()` };

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows[0] as T | undefined;
  } finally {
    await client.end();
  }
}

/**
 * Waits (for at most `withinMs`) until the replica has replayed all the primary had written when called.
 * The insert position, not pg_current_wal_lsn(): with synchronous_commit off a commit may still be in
 * the WAL buffers, which are sent to the replica once the WAL writer has written them.
 */
async function replayed(primary: PostgresCluster, replica: PostgresCluster, withinMs = 5_000): Promise<void> {
  const written = await query<{ lsn: string }>(primary.url, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
  const deadline = Date.now() + withinMs;
  const caughtUp = 'SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS done';
  while (!(await query<{ done: boolean }>(replica.url, caughtUp, [written?.lsn]))?.done) {
    if (Date.now() > deadline) throw new Error(`The replica had not replayed ${written?.lsn} after ${withinMs} ms`);
    await sleep(20);
  }
}

describe('openPostgres with a streaming replica', () => {
  let primary: PostgresCluster;
  let replica: PostgresCluster;
  let store: PostgresStore;
  beforeAll(async () => {
    primary = await startPostgresCluster();
    replica = await startPostgresReplica(primary);
    store = await openPostgres(primary.url, { ...OPTIONS, readUrls: [replica.url] });
  }, 30_000);
  afterAll(async () => {
    await store?.close();
    await replica?.stop();
    await primary?.stop();
  });

  it('writes on the primary and, once the replica has replayed them, reads them from the replica', async () => {
    const written = await store.db
      .insert(leases)
      .values([1, 2, 3].map((n) => ({ name: `lease-${n}`, holder: 'api-1', expiresAt: '' })))
      .returning({ name: leases.name, ...answeredBy });
    expect(written).toHaveLength(3);
    expect(written.every((row) => row.port === portOf(primary) && !row.standby)).toBe(true);

    await replayed(primary, replica);
    const read = await store.db
      .select({ name: leases.name, ...answeredBy })
      .from(leases)
      .orderBy(leases.name);
    expect(read.map((row) => row.name)).toEqual(['lease-1', 'lease-2', 'lease-3']);
    expect(read.every((row) => row.port === portOf(replica) && row.standby)).toBe(true);

    const [onThePrimary] = await store.primary.select(answeredBy).from(leases).limit(1);
    expect(onThePrimary).toEqual({ port: portOf(primary), standby: false });
  });

  it('as the handle repositories take: transactions and raw SQL on the primary, selects on the replica', async () => {
    const db = postgresDb(store.db);
    const { leases: table } = db.tables;
    const inside = await inTransaction(db, async (tx) => {
      await tx.insert(tx.tables.leases).values({ name: 'mine', holder: 'api-2', expiresAt: '' });
      // Inside the transaction every read is on the primary, so it sees the transaction's own write.
      return first(
        tx
          .select({ name: table.name, ...answeredBy })
          .from(table)
          .where(eq(table.name, 'mine'))
          .limit(1),
      );
    });
    expect(inside).toEqual({ name: 'mine', port: portOf(primary), standby: false });

    // Reading one's own write at once: onPrimary() (the replica may not have replayed it yet).
    const own = await first(
      onPrimary(db)
        .select({ name: table.name, ...answeredBy })
        .from(table)
        .where(eq(table.name, 'mine'))
        .limit(1),
    );
    expect(own).toEqual({ name: 'mine', port: portOf(primary), standby: false });
    expect(await rows(db, sql`SELECT inet_server_port() AS port`)).toEqual([{ port: portOf(primary) }]);

    await replayed(primary, replica);
    const later = await first(
      db
        .select({ name: table.name, ...answeredBy })
        .from(table)
        .where(eq(table.name, 'mine'))
        .limit(1),
    );
    expect(later).toEqual({ name: 'mine', port: portOf(replica), standby: true });
  });

  it('through the API: the public reads from the replica, a request with a key sees its own writes', async () => {
    const config = loadConfig({ DATABASE_URL: primary.url, DATABASE_READ_URLS: replica.url });
    const db = await openStore(config);
    await seedDatabase(db);
    const app = await buildApp({ config, db, logger: false });
    try {
      await replayed(primary, replica);
      // From here the replica lags as far behind as a test needs: it replays nothing until resumed.
      await query(replica.url, 'SELECT pg_wal_replay_pause()');
      // A key made while the replica lags: found on the primary, not refused.
      const { secret } = await createApiKey(db, 'replica test', ['write']);
      const headers = { authorization: `Bearer ${secret}` };
      const created = await app.inject({ method: 'POST', url: '/people', headers, payload: { name: 'Olena Lag' } });
      expect(created.statusCode, created.body).toBe(201);
      const url = `/people/${created.json().data.slug}`;
      const list = '/people?q=lag';

      // The public reads from the replica, which has not replayed the write; the writer reads it from the primary.
      expect((await app.inject({ url })).statusCode).toBe(404);
      expect((await app.inject({ url: list })).json().data).toEqual([]);
      const own = await app.inject({ url, headers });
      expect(own.statusCode).toBe(200);
      expect(own.json().data.name).toBe('Olena Lag');
      expect((await app.inject({ url: list, headers })).json().data.map((p: { name: string }) => p.name)).toEqual([
        'Olena Lag',
      ]);

      await query(replica.url, 'SELECT pg_wal_replay_resume()');
      await replayed(primary, replica);
      const caughtUp = await app.inject({ url });
      expect(caughtUp.statusCode).toBe(200);
      expect(caughtUp.headers.etag).toBe(own.headers.etag);

      // A single article is read from its stored document (document-postgres.ts), on the replica too.
      const [article] = (await app.inject({ url: '/articles?limit=1' })).json().data;
      const articleUrl = `/articles/${article.id}`;
      // The first read finds no document: the general path answers, and the primary builds and stores it.
      await app.inject({ url: articleUrl });
      const storedOnPrimary = () =>
        query(primary.url, 'SELECT article FROM article_documents WHERE article_id = $1', [article.id]);
      await vi.waitFor(async () => expect(await storedOnPrimary()).toBeDefined(), { timeout: 10_000 });
      await replayed(primary, replica);
      // The primary's copy made to differ while the replica replays nothing: what the public reads says where it came from.
      await query(replica.url, 'SELECT pg_wal_replay_pause()');
      await query(
        primary.url,
        `UPDATE article_documents SET article = replace(article, $2, 'Primary copy') WHERE article_id = $1`,
        [article.id, JSON.stringify(article.headline).slice(1, -1)],
      );
      expect((await app.inject({ url: articleUrl })).json().data.headline).toBe(article.headline);
      await query(replica.url, 'SELECT pg_wal_replay_resume()');
      await replayed(primary, replica);
      expect((await app.inject({ url: articleUrl })).json().data.headline).toBe('Primary copy');
    } finally {
      await query(replica.url, 'SELECT pg_wal_replay_resume()');
      await app.close();
    }
  });

  it('a replica refuses writes: they can only have reached it by mistake', async () => {
    await expect(query(replica.url, `INSERT INTO leases VALUES ('x', 'y', '')`)).rejects.toMatchObject({
      code: '25006',
    });
  });
});

describe('openPostgres when a read replica cannot be reached', () => {
  const database = freshPostgresDatabase();

  it('fails the start, naming the replica (not its password)', async () => {
    const port = await freePort();
    const opening = openPostgres(database.url, {
      ...OPTIONS,
      readUrls: [`postgres://reader:secret@127.0.0.1:${port}/news`],
    });
    await expect(opening).rejects.toThrow(`Cannot open the PostgreSQL read replica at 127.0.0.1:${port}/news`);
    await expect(opening).rejects.toThrow(/ECONNREFUSED/);
    await expect(opening).rejects.not.toThrow(/secret/);
  });
});
