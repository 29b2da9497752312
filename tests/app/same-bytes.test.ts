import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { copyToPostgres } from '../../src/core/db/postgres/copy.ts';
import { openPostgres } from '../../src/core/db/postgres/client.ts';
import { openStore } from '../../src/core/db/store.ts';
import { generateDataset } from '../../seed/generate.ts';
import { seedDatabase } from '../../seed/load.ts';
import { freshPostgresDatabase } from '../support/postgres.ts';

/**
 * One newsroom on both stores (generated in SQLite, copied across as `npm run migrate-to-postgres` does)
 * answers every read the same, byte for byte: body, ETag, Last-Modified and content type. Ids, order,
 * cursors and the change feed's seqs included. Search is left out: its ranking is the store's own
 * (ts_rank_cd, not bm25; the README says how they differ), so its order and scores may differ.
 */

const target = freshPostgresDatabase();
let dir = '';
let sqlite: FastifyInstance;
let postgres: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-same-bytes-'));
  const path = join(dir, 'newsroom.db');
  const db = openDatabase(path);
  await seedDatabase(db);
  generateDataset(db, { articles: 150, people: 90, places: 90, organisations: 25, seed: 11 });
  sqlite = await buildApp({ config: loadConfig({ DATABASE_PATH: path }), db, logger: false });
  await sqlite.ready();

  const store = await openPostgres(target.url, { poolSize: 1, statementTimeoutMs: 0 });
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    await copyToPostgres(source, store.db.$client);
  } finally {
    source.close();
    await store.close();
  }
  const config = loadConfig({ DATABASE_URL: target.url });
  postgres = await buildApp({ config, db: await openStore(config), logger: false });
  await postgres.ready();
});

afterAll(async () => {
  await sqlite?.close();
  await postgres?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a reader of a response can tell apart. */
async function answer(app: FastifyInstance, url: string, accept?: string) {
  // One request id for both: a problem names the request it answers.
  const headers = { 'x-request-id': 'same-bytes-test', ...(accept ? { accept } : {}) };
  const response = await app.inject({ url, headers });
  return {
    status: response.statusCode,
    contentType: response.headers['content-type'],
    etag: response.headers.etag,
    lastModified: response.headers['last-modified'],
    body: response.body,
  };
}

const dataOf = async (url: string) => (await sqlite.inject(url)).json().data as Record<string, any>[];

/** Reads of every kind, their ids and slugs taken from the data. */
async function urls(): Promise<[url: string, accept?: string][]> {
  const [article, other] = await dataOf('/articles?sort=-wordCount&limit=2');
  const people = await dataOf('/people?limit=100');
  const person = people.find((p) => p.slug.startsWith('gen-')) ?? people[0];
  const country = (await dataOf('/places?kind=country&limit=1'))[0];
  const organisation = (await dataOf('/organisations?limit=1'))[0];
  const first = (await sqlite.inject('/articles?limit=7')).json();
  const changes = (await sqlite.inject('/changes?limit=5')).json();
  return [
    ['/articles'],
    ['/articles?limit=7'],
    [first.links.next.replace(/^https?:\/\/[^/]+/, '')],
    ['/articles?sort=headline&limit=30'],
    ['/articles?sort=-wordCount&limit=30'],
    ['/articles?language=fr'],
    ['/articles?from=2022-01-01&to=2023-06-30&limit=50'],
    [`/articles?person=${person!.slug}`],
    [`/articles?place=${country!.slug}&limit=40`],
    [`/articles?organisation=${organisation!.slug}`],
    [`/articles/${article!.slug}?include=quotes,people,places,organisations,mentions`],
    [`/articles/${other!.id}`],
    [`/articles/${article!.slug}`, 'application/ld+json'],
    ['/quotes?limit=40&include=speaker'],
    [`/quotes?speaker=${person!.slug}&kind=direct`],
    ['/people?limit=50'],
    [`/people/${person!.slug}`],
    [`/people/${person!.slug}/articles`],
    [`/people/${person!.slug}/quotes`],
    [`/places?parent=${country!.slug}&descendants=true`],
    ['/places?near=20,10&radius=3000&limit=30'],
    [`/places/${country!.slug}/articles`],
    ['/organisations?limit=30'],
    [`/organisations/${organisation!.slug}/articles`],
    ['/changes?limit=40'],
    [`/changes?since=${changes.meta.nextCursor}&limit=40`],
    ['/articles/feed.rss'],
    ['/articles/feed.atom'],
    ['/articles/feed.json'],
    [`/people/${person!.slug}/feed.json`],
    ['/articles/no-such-article'],
    ['/articles?sort=nonsense'],
  ];
}

describe('one newsroom on SQLite and on PostgreSQL', () => {
  it('answers every read with the same bytes, ETag and Last-Modified', async () => {
    const reads = await urls();
    for (const [url, accept] of reads) {
      const onSqlite = await answer(sqlite, url, accept);
      expect(onSqlite.status, url).toBeLessThan(500);
      expect(await answer(postgres, url, accept), `${url} ${accept ?? ''}`).toEqual(onSqlite);
    }
    expect(reads.length).toBeGreaterThan(30);
  });
});
