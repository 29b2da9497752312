import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../deploy/free-port.ts';
import type { Db } from '../../../src/core/db/client.ts';
import { postgresDb } from '../../../src/core/db/postgres/client.ts';
import * as postgresSchema from '../../../src/core/db/postgres/schema.ts';
import { rows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { pluginApp } from '../../support/plugin-app.ts';
import { usePools } from '../../support/postgres.ts';
import { articleRow } from '../../support/store-rows.ts';
import { useBothStores } from '../../support/stores.ts';

/** The problem a route answers when it runs `work` and lets its error through to the error plugin. */
async function problemOf(db: Db, work: () => Promise<unknown>) {
  const app = await pluginApp(db);
  app.get('/work', async () => {
    await work();
    return { done: true };
  });
  const response = await app.inject('/work');
  await app.close();
  const { instance: _instance, requestId: _requestId, ...problem } = response.json<Record<string, unknown>>();
  return { status: response.statusCode, headers: response.headers, problem, body: response.body };
}

describe.each(useBothStores())('database refusals as problems on %s', (store, db) => {
  const insertArticle = (row: ReturnType<typeof articleRow>) =>
    inTransaction(db(), (tx) => tx.insert(tx.tables.articles).values(row));

  it('answers a taken slug with 409 naming the field, in the same words on both stores', async () => {
    await insertArticle(articleRow('art_taken'));
    const { status, headers, problem } = await problemOf(db(), () =>
      insertArticle({ ...articleRow('art_new'), slug: 'art_taken' }),
    );
    expect(status).toBe(409);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem).toEqual({
      type: '/problems/unique-conflict',
      title: 'Conflict',
      status: 409,
      detail: 'Another resource already has this slug.',
      errors: [{ location: 'body', name: 'slug', detail: 'is already taken' }],
    });
  });

  it('answers a two-column unique key with its first column, camel-cased as the API names fields', async () => {
    const redirect = { resourceType: 'article', slug: 'old-slug', resourceId: 'art_taken', createdAt: '' };
    const add = () => inTransaction(db(), (tx) => tx.insert(tx.tables.slugRedirects).values(redirect));
    await add();
    const { status, problem } = await problemOf(db(), add);
    expect(status).toBe(409);
    expect(problem).toMatchObject({ errors: [{ location: 'body', name: 'resourceType', detail: 'is already taken' }] });
  });

  it("answers the database's guard (a published article without a date) with 409, never its wording", async () => {
    const { status, problem, body } = await problemOf(db(), () =>
      insertArticle({ ...articleRow('art_undated', 'published'), publishedAt: null }),
    );
    expect(status).toBe(409);
    expect(problem).toEqual({
      type: '/problems/constraint-conflict',
      title: 'Conflict',
      status: 409,
      detail:
        'The change would break a rule of the stored data (a reference or a required pairing); nothing was changed.',
    });
    expect(body).not.toMatch(/published_at|RAISE|SQLITE|23D01/);
  });

  it.runIf(store === 'PostgreSQL')('answers a search that does not parse with 400 naming q, as on SQLite', async () => {
    const { status, problem } = await problemOf(db(), () => rows(db(), sql`SELECT search_query(${'"kyiv'})`));
    expect(status).toBe(400);
    expect(problem).toEqual({
      type: '/problems/invalid-request',
      title: 'Invalid request',
      status: 400,
      detail:
        'query parameter "q" is not a valid search (unterminated string); quote phrases with "…", end a prefix with *',
      errors: [
        {
          location: 'query',
          name: 'q',
          detail: 'is not a valid search (unterminated string); quote phrases with "…", end a prefix with *',
        },
      ],
    });
  });
});

describe('PostgreSQL down or too slow, as problems', () => {
  const pool = usePools();
  const handle = (config: pg.PoolConfig) => postgresDb(drizzle({ client: pool(config), schema: postgresSchema }));

  it('answers 503 with Retry-After, and not a word about the server, when nothing listens', async () => {
    const port = await freePort();
    const db = handle({
      connectionString: `postgres://dateline:secret@127.0.0.1:${port}/news`,
      connectionTimeoutMillis: 1_000,
    });
    const { status, headers, problem, body } = await problemOf(db, () => db.select().from(db.tables.articles).limit(1));
    expect(status).toBe(503);
    expect(headers['retry-after']).toBe('5');
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem).toEqual({
      type: '/problems/database-unavailable',
      title: 'Service unavailable',
      status: 503,
      detail: 'The database cannot be reached just now; nothing was changed. Try again in 5 seconds.',
    });
    expect(body).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|ECONNREFUSED|secret|select|articles|at \\w`, 'i'));
  });

  it('answers 503 with Retry-After when a statement runs past the statement timeout', async () => {
    const db = handle({ connectionString: inject('postgresUrl'), statement_timeout: 50 });
    const { status, headers, problem, body } = await problemOf(db, () => rows(db, sql`SELECT pg_sleep(2)`));
    expect(status).toBe(503);
    expect(headers['retry-after']).toBe('5');
    expect(problem).toEqual({
      type: '/problems/database-timeout',
      title: 'Service unavailable',
      status: 503,
      detail: 'The database did not answer in time; nothing was changed. Try again in 5 seconds.',
    });
    expect(body).not.toMatch(/pg_sleep|statement timeout|canceling/i);
  });
});
