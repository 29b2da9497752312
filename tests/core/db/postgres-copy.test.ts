import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { is, sql, Table } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writerOf, type Db } from '../../../src/core/db/client.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { TRIGGERS_LEFT_ON, TRIGGERS_TURNED_OFF } from '../../../src/core/db/postgres/copy-plan.ts';
import { copyToPostgres, CopyRefusedError, type CopyResult } from '../../../src/core/db/postgres/copy.ts';
import { rows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { readChanges, type ChangeType } from '../../../src/resources/changes/repository.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';

/**
 * migrate-to-postgres: the seeded newsroom, after a few writes that leave history behind (an article
 * edited, a person merged away, a webhook), copied into a fresh PostgreSQL database.
 */

const ctx = useSeededApp();
const target = freshPostgresDatabase();
const failing = freshPostgresDatabase();
const ALL_TYPES: ChangeType[] = ['article', 'quote', 'person', 'place', 'organisation'];

let store: PostgresStore;
let postgres: Db;
let result: CopyResult;

const sqliteRows = <T>(query: string) => writerOf(ctx.app.db).$client.prepare(query).all() as T[];
const readOnly = () => new Database(ctx.databasePath, { readonly: true, fileMustExist: true });

async function write(method: 'POST' | 'PATCH', url: string, payload: object, ifMatch?: string) {
  const headers = { ...(await bearer(ctx.app, 'write', 'admin')), ...(ifMatch ? { 'if-match': ifMatch } : {}) };
  const response = await ctx.app.inject({ method, url, headers, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response;
}

const etagOf = async (url: string) =>
  (await ctx.app.inject({ url, headers: await bearer(ctx.app, 'write') })).headers.etag as string;

/** Every table's rows as both stores' query builders read them, in one order. */
async function allRows(db: Db, table: keyof Db['tables']) {
  // Any one of the tables: the builder's types want a table it can name.
  const found = (await db.select().from(db.tables[table] as never)) as Record<string, unknown>[];
  return found.map((row) => JSON.stringify(row)).sort();
}

beforeAll(async () => {
  const [article] = (await ctx.app.inject('/articles?limit=1')).json().data as { id: string }[];
  const url = `/articles/${article!.id}`;
  await write('PATCH', url, { headline: 'An edited headline' }, await etagOf(url));
  const into = (await write('POST', '/people', { name: 'Andriy Sybiha (merged)' })).json().data as { slug: string };
  await write('POST', '/people/andrii-sybiha/merge', { into: into.slug }, await etagOf('/people/andrii-sybiha'));
  await write('POST', '/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'] });

  store = await openPostgres(target.url, { poolSize: 2, statementTimeoutMs: 30_000 });
  postgres = postgresDb(store.db);
  const source = readOnly();
  try {
    result = await copyToPostgres(source, store.db.$client, { batchRows: 7 });
  } finally {
    source.close();
  }
});

afterAll(async () => {
  await store?.close();
});

describe('copying a SQLite newsroom into PostgreSQL', () => {
  it('copies every table: the counts match, history included', async () => {
    expect(result.counts.filter((count) => !count.ok)).toEqual([]);
    const count = (table: string) => result.counts.find((row) => row.table === table);
    for (const table of ['articles', 'quotes', 'people', 'changes', 'ever_public', 'revisions', 'slug_redirects']) {
      expect(count(table)?.postgres, table).toBeGreaterThan(0);
    }
    expect(count('article_places')).toMatchObject({ ok: true, note: expect.any(String) });
    // The merge left a tombstone: the merged person's deletion, visible in the feed as gone.
    const [gone] = await rows<{ n: number }>(
      postgres,
      sql`SELECT count(*)::int AS n FROM changes WHERE visibility = 'gone'`,
    );
    expect(gone?.n).toBeGreaterThan(0);
    expect(result.rows).toBeGreaterThan(0);
  });

  it('holds the same rows, field by field, in every table but the document cache', async () => {
    const tables = (Object.keys(ctx.app.db.tables) as (keyof Db['tables'])[]).filter((key) =>
      is(ctx.app.db.tables[key], Table),
    );
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      // The cache is not copied; the app, still running on SQLite, renews its leases meanwhile.
      if (table === 'articleDocuments' || table === 'leases') continue;
      expect(await allRows(postgres, table), table).toEqual(await allRows(ctx.app.db, table));
    }
    const leaseNames = async (db: Db) => (await db.select().from(db.tables.leases)).map((lease) => lease.name).sort();
    expect(await leaseNames(postgres)).toEqual(await leaseNames(ctx.app.db));
    // JSON text as written, not merely equal once parsed.
    const bodies = await rows<{ id: string; body: string }>(
      postgres,
      sql`SELECT id, body::text AS body FROM articles ORDER BY id`,
    );
    expect(bodies).toEqual(sqliteRows('SELECT id, body FROM articles ORDER BY id'));
  });

  it('gives the same change feed, whose cursor keeps working after a write on PostgreSQL', async () => {
    const onSqlite = await readChanges(ctx.app.db, undefined, 10_000, ALL_TYPES);
    const onPostgres = await readChanges(postgres, undefined, 10_000, ALL_TYPES);
    expect(onPostgres).toEqual(onSqlite);
    expect(onPostgres.items.some((item) => item.action === 'delete')).toBe(true);

    const [last] = sqliteRows<{ seq: number }>('SELECT max(seq) AS seq FROM changes');
    await inTransaction(postgres, (tx) =>
      rows(
        tx,
        sql`INSERT INTO people (id, slug, name, created_at, updated_at)
            VALUES ('copy-test-person', 'copy-test-person', 'Copy Test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      ),
    );
    const next = await readChanges(postgres, onPostgres.nextCursor, 10, ALL_TYPES);
    expect(next.items).toEqual([
      expect.objectContaining({ seq: last!.seq + 1, id: 'copy-test-person', action: 'create' }),
    ]);
  });

  it('builds the search index in SQLite rowid order, and article_places as SQLite has it', async () => {
    const indexed = await rows<{ id: string }>(postgres, sql`SELECT id FROM quotes_fts ORDER BY rid`);
    expect(indexed.map((row) => row.id)).toEqual(
      sqliteRows<{ id: string }>('SELECT id FROM quotes ORDER BY rowid').map((row) => row.id),
    );
    const [articles] = await rows<{ n: number }>(postgres, sql`SELECT count(*)::int AS n FROM articles_fts`);
    expect(articles?.n).toBe(result.counts.find((count) => count.table === 'articles')?.sqlite);
    expect(await allRows(postgres, 'articlePlaces')).toEqual(await allRows(ctx.app.db, 'articlePlaces'));
  });

  it('refuses a second copy into the now non-empty database, and changes nothing', async () => {
    const before = await rows<{ n: number; seq: number }>(
      postgres,
      sql`SELECT count(*)::int AS n, max(seq)::int AS seq FROM changes`,
    );
    const source = readOnly();
    try {
      await expect(copyToPostgres(source, store.db.$client)).rejects.toThrow(CopyRefusedError);
      await expect(copyToPostgres(source, store.db.$client)).rejects.toThrow(/not empty \(articles, /);
    } finally {
      source.close();
    }
    expect(await rows(postgres, sql`SELECT count(*)::int AS n, max(seq)::int AS seq FROM changes`)).toEqual(before);
  });

  it('leaves the target empty, its triggers on, when the copy fails midway', async () => {
    const other = await openPostgres(failing.url, { poolSize: 1, statementTimeoutMs: 30_000 });
    const source = readOnly();
    try {
      const copy = copyToPostgres(source, other.db.$client, {
        batchRows: 5,
        onBatch: ({ table, copied }) => {
          if (table === 'quotes' && copied >= 10) throw new Error('injected failure');
        },
      });
      await expect(copy).rejects.toThrow(/copying quotes: injected failure/);
      const counts = await other.db.$client.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM places) + (SELECT count(*) FROM changes)
           + (SELECT count(*) FROM ever_public) + (SELECT count(*) FROM articles_fts) AS n`,
      );
      expect(Number(counts.rows[0]?.n)).toBe(0);
      const off = await other.db.$client.query(
        `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`,
      );
      expect(off.rows).toEqual([]);
    } finally {
      source.close();
      await other.close();
    }
  });

  it('refuses a SQLite file that is not a Dateline database at this version, before touching the target', async () => {
    const behind = new Database(':memory:');
    try {
      await expect(copyToPostgres(behind, store.db.$client)).rejects.toThrow(/not a Dateline database/);
      behind.exec('CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash TEXT, created_at NUMERIC)');
      behind.exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', 1)");
      await expect(copyToPostgres(behind, store.db.$client)).rejects.toThrow(/has 1 of this version's \d+ migrations/);
    } finally {
      behind.close();
    }
  });

  it('says of every trigger of the schema whether it runs during a copy, and of no trigger that is gone', async () => {
    const { rows: functions } = await store.db.$client.query<{ name: string }>(
      `SELECT DISTINCT p.proname AS name FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal`,
    );
    const known = [...TRIGGERS_LEFT_ON, ...TRIGGERS_TURNED_OFF].sort();
    expect(functions.map((row) => row.name).sort()).toEqual(known);
  });
});

const run = promisify(execFile);

describe('npm run migrate-to-postgres', () => {
  it('refuses a non-empty target with exit code 1 and says why', async () => {
    const failure = await run('npx', ['tsx', 'scripts/migrate-to-postgres.ts', ctx.databasePath, target.url]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/is not empty/) });
  });
});
