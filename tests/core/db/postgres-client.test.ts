import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../deploy/free-port.ts';
import { openDatabase } from '../../../src/core/db/client.ts';
import * as sqliteSchema from '../../../src/core/db/schema.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { readRows } from '../../../src/core/db/queries.ts';
import * as postgresSchema from '../../../src/core/db/postgres/schema.ts';
import { personStore } from '../../../src/resources/people/repository.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';

const OPTIONS = { poolSize: 2, statementTimeoutMs: 10_000 };

const journal = JSON.parse(
  readFileSync(new URL('../../../migrations/postgres/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: unknown[] };

describe('openPostgres', () => {
  const database = freshPostgresDatabase();
  let store: PostgresStore;
  beforeAll(async () => {
    store = await openPostgres(database.url, OPTIONS);
  });
  afterAll(() => store?.close());

  it('applies every committed migration, once', async () => {
    const applied = async () =>
      (await store.db.$client.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations'))
        .rows[0]?.n;
    expect(await applied()).toBe(journal.entries.length);
    await (await openPostgres(database.url, OPTIONS)).close();
    expect(await applied()).toBe(journal.entries.length);
  });

  it('keeps a statement run often prepared on its connection, and gives the same rows', async () => {
    const single = await openPostgres(database.url, { ...OPTIONS, poolSize: 1 });
    try {
      const db = postgresDb(single.db);
      const often = sql`SELECT n, n * 2 AS twice FROM generate_series(1, ${3}::int) AS n ORDER BY n`;
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await readRows(db, often));
      await readRows(db, sql`SELECT ${'once'}::text AS once`);
      expect(new Set(answers.map((rows) => JSON.stringify(rows))).size).toBe(1);
      expect(answers[0]).toEqual([
        { n: 1, twice: 2 },
        { n: 2, twice: 4 },
        { n: 3, twice: 6 },
      ]);
      const prepared = (
        await single.db.$client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')
      ).rows.map((row) => row.statement);
      expect(prepared.some((text) => text.includes('generate_series'))).toBe(true);
      expect(prepared.some((text) => text.includes('AS once'))).toBe(false);
    } finally {
      await single.close();
    }
  });

  it('sets the statement timeout and the pool size it is given', async () => {
    const { rows } = await store.db.$client.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(rows[0]?.statement_timeout).toBe('10s');
    expect(store.db.$client.options.max).toBe(2);
  });

  it('plans each statement once for all its values, unless DATABASE_URL sets its own session options', async () => {
    const mode = async (of: PostgresStore) =>
      (await of.db.$client.query<{ plan_cache_mode: string }>('SHOW plan_cache_mode')).rows[0]?.plan_cache_mode;
    expect(await mode(store)).toBe('force_generic_plan');
    const url = new URL(database.url);
    url.searchParams.set('options', '-c plan_cache_mode=auto');
    const overridden = await openPostgres(url.toString(), OPTIONS);
    try {
      expect(await mode(overridden)).toBe('auto');
    } finally {
      await overridden.close();
    }
  });

  // Left to plan_cache_mode=auto, each of these replanned its statements on every call, because their custom
  // plans look cheaper (migrations 0004-0006); a search or a name filter then spent most of its time planning.
  it('keeps one generic plan per connection for the search functions every search and name filter call', async () => {
    const { rows } = await store.db.$client.query<{ proname: string; proconfig: string[] | null }>(
      `SELECT proname, proconfig FROM pg_proc
       WHERE proname IN ('search_hits', 'search_page_hits', 'search_page_texts', 'search_with_aliases')
       ORDER BY proname`,
    );
    expect(rows).toEqual(
      ['search_hits', 'search_page_hits', 'search_page_texts', 'search_with_aliases'].map((proname) => ({
        proname,
        proconfig: ['plan_cache_mode=force_generic_plan'],
      })),
    );
  });

  it('reads back what SQLite reads back: JSON as written, booleans, the change sequence as a number', async () => {
    const now = '2026-01-02T03:04:05.678Z';
    // Keys in an order jsonb would change (it sorts them by length, then bytes).
    const body = [{ type: 'paragraph', text: 'Ünïcode “quotes”' } as const, { text: 'b', type: 'heading' } as const];
    const article = {
      ...{ id: 'art_1', slug: 'a', headline: 'A', body, plainText: 'x', language: 'en', wordCount: 1 },
      ...{ createdAt: now, updatedAt: now },
    };
    await store.db.insert(postgresSchema.articles).values(article);
    const [read] = await store.db.select().from(postgresSchema.articles);
    expect(JSON.stringify(read?.body)).toBe(JSON.stringify(body));
    expect(read?.headlineEditorial).toBe(false);

    const [change] = await store.db
      .insert(postgresSchema.changes)
      .values({ resourceType: 'article', resourceId: 'art_1', action: 'create', changedAt: now })
      .returning();
    // seq 1 is the article's own create, written by its trigger (migrations/postgres/0001); a draft is hidden.
    expect(change).toMatchObject({ seq: 2, visibility: 'hidden' });
  });

  it('sorts text and folds case as SQLite does (bytewise; lower() on ASCII only)', async () => {
    const names = ['b', 'B', 'a', 'É', 'é', 'Z', 'z', 'ä', '10', '9', ' x', 'ß', '😀', '\uffff'];
    const sqlite = openDatabase(':memory:');
    const rows = names.map((name) => ({ name, holder: name, expiresAt: '' }));
    sqlite.insert(sqliteSchema.leases).values(rows).run();
    await store.db.insert(postgresSchema.leases).values(rows);
    const lowered = sql<string>`lower(${sqliteSchema.leases.name})`;
    const sqliteOrder = sqlite
      .select({ name: sqliteSchema.leases.name, lowered })
      .from(sqliteSchema.leases)
      .orderBy(asc(sqliteSchema.leases.name))
      .all();
    const postgresOrder = await store.db
      .select({ name: postgresSchema.leases.name, lowered: sql<string>`lower(${postgresSchema.leases.name})` })
      .from(postgresSchema.leases)
      .orderBy(asc(postgresSchema.leases.name));
    sqlite.$client.close();
    expect(postgresOrder).toEqual(sqliteOrder);
    expect(postgresOrder.find((row) => row.name === 'É')?.lowered).toBe('É');
  });
});

describe('a page of people on PostgreSQL', () => {
  const people = freshPostgresDatabase();

  // A page of people by name was replanned on every call while its limit was a bound value: PostgreSQL
  // kept choosing a custom plan over the generic one (prepared-select.ts).
  it('plans a page of people by name once for every call on its connection', async () => {
    const single = await openPostgres(people.url, { ...OPTIONS, poolSize: 1 });
    try {
      const db = postgresDb(single.db);
      // Enough people for the plans' costs to differ: 3,000, a third of them sharing each given name.
      await single.db.$client.query(
        `INSERT INTO people (id, slug, name, created_at, updated_at)
         SELECT 'per_plan' || n, 'plan-' || n, (ARRAY['Ann', 'Bo', 'Cy'])[n % 3 + 1] || ' Planner' || n, '2025-01-01', '2025-01-01'
         FROM generate_series(1, 3000) AS n`,
      );
      await single.db.$client.query('ANALYZE');
      for (let i = 0; i < 10; i++) {
        await personStore.list(db, { limit: 20 }, { audience: 'public', q: ['Ann', 'Bo', 'Cy'][i % 3] });
      }
      const { rows } = await single.db.$client.query<{ generic_plans: string; custom_plans: string }>(
        `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%from "people"%'`,
      );
      expect(rows).toHaveLength(1);
      // PostgreSQL plans the first five calls for their own values before it weighs the generic plan.
      expect(Number(rows[0]?.custom_plans)).toBeLessThanOrEqual(5);
      expect(Number(rows[0]?.generic_plans)).toBeGreaterThan(0);
    } finally {
      await single.close();
    }
  });
});

describe('openPostgres, several processes starting at once', () => {
  const database = freshPostgresDatabase();

  it('migrates the database once, one after the other', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openPostgres(database.url, OPTIONS)));
    const { rows } = await stores[0]!.db.$client.query('SELECT hash FROM drizzle.__drizzle_migrations');
    await Promise.all(stores.map((store) => store.close()));
    expect(rows).toHaveLength(journal.entries.length);
  });
});

describe('openPostgres on a database in another locale', () => {
  const database = freshPostgresDatabase(`TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);

  it('refuses it, saying how to create one that sorts as SQLite does', async () => {
    await expect(openPostgres(database.url, OPTIONS)).rejects.toThrow(/LC_COLLATE C\.UTF-8.*LC_COLLATE 'C'/s);
  });
});

describe('openPostgres when the server cannot be reached', () => {
  it('fails at once with an error naming the address (not the password) when nothing listens', async () => {
    const port = await freePort();
    const opening = openPostgres(`postgres://dateline:secret@127.0.0.1:${port}/news`, OPTIONS);
    await expect(opening).rejects.toThrow(`Cannot open PostgreSQL at 127.0.0.1:${port}/news`);
    await expect(opening).rejects.toThrow(/ECONNREFUSED/);
    await expect(opening).rejects.not.toThrow(/secret/);
  });

  it('gives up after the connect timeout when the server accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const opening = openPostgres(`postgres://u@127.0.0.1:${port}/news`, { ...OPTIONS, connectTimeoutMs: 300 });
      await expect(opening).rejects.toThrow(/Cannot open PostgreSQL at 127\.0\.0\.1:\d+\/news: .*timeout/i);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
