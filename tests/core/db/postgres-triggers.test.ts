import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/core/db/client.ts';
import { openPostgres, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';
import { postgresStore, sqliteStore, type SqlStore } from '../../support/sql-stores.ts';

/**
 * The PostgreSQL triggers (migrations/postgres/0001, 0002) against SQLite's (src/core/db/triggers.sql): one
 * scenario of writes played on a fresh database of each store, and what the triggers derived from it read
 * back after every step (the change log with its visibility, ever_public, article_places, which stored
 * article documents survive), compared row for row. Then what only PostgreSQL needs: the write lock that
 * keeps `seq` in commit order, and the guard's SQLSTATE.
 */

const database = freshPostgresDatabase();
let store: PostgresStore;
let sqlite: Db;
beforeAll(async () => {
  store = await openPostgres(database.url, { poolSize: 4, statementTimeoutMs: 10_000 });
  sqlite = openDatabase(':memory:');
});
afterAll(async () => {
  await store?.close();
  sqlite?.$client.close();
});

const AT = '2026-03-01T10:00:00.000Z';

const placeSql = `INSERT INTO places (id, slug, name, kind, parent_id, suggested, created_at, updated_at)
  VALUES ($1, $1, $2, $3, $4, FALSE, '${AT}', '${AT}')`;
const articleSql = `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, status, published_at, created_at, updated_at)
  VALUES ($1, $1, $2, '[]', $3, 'en', 3, $4, $5, '${AT}', '${AT}')`;
const quoteSql = `INSERT INTO quotes (id, article_id, speaker_person_id, text, kind, start_offset, end_offset, created_at, updated_at)
  VALUES ($1, $2, $3, 'words', 'direct', $4, $5, '${AT}', '${AT}')`;
const placeMentionSql = `INSERT INTO mentions (article_id, place_id, start_offset, end_offset) VALUES ($1, $2, $3, $4)`;
/** A stored document, as the read path writes one: the triggers must delete it when what it shows changes. */
const documentSql = `INSERT INTO article_documents (article_id, article, quotes, quote_keys, people, people_keys, places, place_keys,
  organisations, organisation_keys) VALUES ($1, '{}', '[]', '', '[]', '', '[]', '', '[]', '')`;

interface Step {
  name: string;
  /** Each statement runs by itself (autocommit), as a write path's statements would inside its transaction. */
  statements: [string, ...unknown[]][];
}

const SCENARIO: Step[] = [
  {
    name: 'a place hierarchy, a person, a suggested organisation',
    statements: [
      [placeSql, 'pla_ua', 'Ukraine', 'country', null],
      [placeSql, 'pla_kr', 'Kyiv Oblast', 'region', 'pla_ua'],
      [placeSql, 'pla_ky', 'Kyiv', 'city', 'pla_kr'],
      [placeSql, 'pla_pl', 'Poland', 'country', null],
      [
        `INSERT INTO people (id, slug, name, aliases, suggested, created_at, updated_at)
         VALUES ('per_ze', 'ze', 'Volodymyr Zelensky', '["Zelenskyy"]', FALSE, '${AT}', '${AT}')`,
      ],
      [
        `INSERT INTO people (id, slug, name, suggested, created_at, updated_at)
         VALUES ('per_x', 'x', 'Someone Suggested', TRUE, '${AT}', '${AT}')`,
      ],
      [
        `INSERT INTO organisations (id, slug, name, kind, suggested, created_at, updated_at)
         VALUES ('org_un', 'un', 'United Nations', 'igo', TRUE, '${AT}', '${AT}')`,
      ],
    ],
  },
  {
    name: 'a draft with quotes (inserted out of text order) and mentions',
    statements: [
      [articleSql, 'art_1', 'Kyiv talks', 'Zelensky spoke in Kyiv.', 'draft', null],
      [quoteSql, 'quo_b', 'art_1', 'per_ze', 5, 6],
      [quoteSql, 'quo_a', 'art_1', 'per_ze', 1, 2],
      [quoteSql, 'quo_c', 'art_1', null, 3, 4],
      [placeMentionSql, 'art_1', 'pla_ky', 0, 4],
      [`INSERT INTO mentions (article_id, person_id, start_offset, end_offset) VALUES ('art_1', 'per_ze', 5, 13)`],
      [documentSql, 'art_1'],
    ],
  },
  {
    name: 'publishing it',
    statements: [[`UPDATE articles SET status = 'published', published_at = $1 WHERE id = 'art_1'`, AT]],
  },
  {
    name: 'a second article, published from the start, mentioning Poland',
    statements: [
      [articleSql, 'art_2', 'Warsaw', 'Words.', 'published', AT],
      [placeMentionSql, 'art_2', 'pla_pl', 0, 4],
      [documentSql, 'art_2'],
    ],
  },
  {
    name: 'moving Kyiv Oblast under Poland (the hierarchy changes)',
    statements: [[documentSql, 'art_1'], [`UPDATE places SET parent_id = 'pla_pl' WHERE id = 'pla_kr'`]],
  },
  {
    name: 'a mention moved to another place, then one deleted',
    statements: [
      [`UPDATE mentions SET place_id = 'pla_ua' WHERE article_id = 'art_1' AND place_id = 'pla_ky'`],
      [`DELETE FROM mentions WHERE article_id = 'art_2'`],
    ],
  },
  {
    name: 'confirming the organisation, giving the person a role in it',
    statements: [
      [documentSql, 'art_2'],
      [`UPDATE organisations SET suggested = FALSE WHERE id = 'org_un'`],
      [`INSERT INTO person_roles (person_id, title, organisation_id) VALUES ('per_ze', 'President', 'org_un')`],
      [`INSERT INTO person_roles (person_id, title, country_id) VALUES ('per_x', 'Adviser', 'pla_ua')`],
      [`INSERT INTO person_roles (person_id, title) VALUES ('per_x', 'Spokesman')`],
    ],
  },
  {
    name: 'editing what the documents show: a person, a confirmed organisation’s status, a country, several mentions at once',
    statements: [
      [documentSql, 'art_1'],
      [`UPDATE people SET name = 'Volodymyr Zelenskyy' WHERE id = 'per_ze'`],
      [documentSql, 'art_1'],
      [`UPDATE organisations SET suggested = TRUE WHERE id = 'org_un'`],
      [`UPDATE organisations SET suggested = FALSE WHERE id = 'org_un'`],
      [documentSql, 'art_1'],
      [`UPDATE places SET suggested = TRUE WHERE id = 'pla_ua'`],
      [`UPDATE places SET suggested = FALSE WHERE id = 'pla_ua'`],
      [
        `INSERT INTO mentions (article_id, place_id, start_offset, end_offset)
         VALUES ('art_2', 'pla_ky', 0, 4), ('art_2', 'pla_ua', 5, 9), ('art_1', 'pla_pl', 9, 12)`,
      ],
    ],
  },
  {
    name: 'a quote moved to the other article',
    statements: [[documentSql, 'art_1'], [`UPDATE quotes SET article_id = 'art_2' WHERE id = 'quo_c'`]],
  },
  {
    name: 'withdrawing the first article, then a quote edited in it',
    statements: [
      [documentSql, 'art_1'],
      [`UPDATE articles SET status = 'draft' WHERE id = 'art_1'`],
      [`UPDATE quotes SET text = 'other words' WHERE id = 'quo_a'`],
    ],
  },
  {
    name: 'deleting the suggested person (roles first) and the first article (quotes first)',
    statements: [[`DELETE FROM people WHERE id = 'per_x'`], [`DELETE FROM articles WHERE id = 'art_1'`]],
  },
];

interface ChangeRow {
  seq: number;
  resource_type: string;
  resource_id: string;
  action: string;
  visibility: string;
}

interface Derived {
  changes: ChangeRow[];
  everPublic: unknown[];
  articlePlaces: unknown[];
  documents: unknown[];
}

async function derived(db: SqlStore): Promise<Derived> {
  return {
    changes: await db.all<ChangeRow>(
      `SELECT CAST(seq AS integer) AS seq, resource_type, resource_id, action, visibility FROM changes ORDER BY seq`,
    ),
    everPublic: await db.all(`SELECT resource_type, resource_id FROM ever_public ORDER BY resource_type, resource_id`),
    articlePlaces: await db.all(
      `SELECT article_id, place_id, status, published_at FROM article_places ORDER BY article_id, place_id`,
    ),
    documents: await db.all(`SELECT article_id FROM article_documents ORDER BY article_id`),
  };
}

async function play(db: SqlStore): Promise<Record<string, Derived>> {
  const after: Record<string, Derived> = {};
  for (const step of SCENARIO) {
    for (const [sql, ...params] of step.statements) await db.run(sql, ...params);
    after[step.name] = await derived(db);
  }
  return after;
}

describe('the PostgreSQL triggers', () => {
  let onSqlite: Record<string, Derived>;
  let onPostgres: Record<string, Derived>;
  beforeAll(async () => {
    onSqlite = await play(sqliteStore(sqlite));
    onPostgres = await play(postgresStore(store.db.$client));
  });

  it('derive what the SQLite triggers derive, step by step: changes (in the same order), ever_public, article_places, documents', () => {
    for (const step of SCENARIO) {
      expect({ step: step.name, ...onPostgres[step.name] }).toEqual({ step: step.name, ...onSqlite[step.name] });
    }
  });

  it('publishing an article makes it and its quotes public in the feed, and forgets its stored document', () => {
    const published = onPostgres['publishing it'];
    // The quotes first, in text order, as SQLite writes them; then the article.
    expect(published?.changes.slice(-4).map(({ seq, ...change }) => change)).toEqual([
      { resource_type: 'quote', resource_id: 'quo_a', action: 'update', visibility: 'public' },
      { resource_type: 'quote', resource_id: 'quo_c', action: 'update', visibility: 'public' },
      { resource_type: 'quote', resource_id: 'quo_b', action: 'update', visibility: 'public' },
      { resource_type: 'article', resource_id: 'art_1', action: 'update', visibility: 'public' },
    ]);
    expect(published?.everPublic).toContainEqual({ resource_type: 'quote', resource_id: 'quo_b' });
    expect(published?.documents).toEqual([]);
    expect(published?.articlePlaces).toEqual(
      ['pla_kr', 'pla_ky', 'pla_ua'].map((place_id) => ({
        article_id: 'art_1',
        place_id,
        status: 'published',
        published_at: AT,
      })),
    );
  });

  it('a withdrawn article reads as gone, a suggestion that never was public leaves no trace', () => {
    const end = onPostgres[SCENARIO.at(-1)!.name]!;
    const visibility = (id: string) =>
      new Set(end.changes.filter((c) => c.resource_id === id).map((c) => c.visibility));
    expect(visibility('art_1')).toEqual(new Set(['gone']));
    expect(visibility('quo_a')).toEqual(new Set(['gone']));
    expect(visibility('per_x')).toEqual(new Set(['hidden']));
    expect(visibility('art_2')).toEqual(new Set(['public']));
  });

  it('stamps changes as SQLite does: UTC, milliseconds, Z', async () => {
    const before = Date.now();
    await store.db.$client.query(articleSql, ['art_t', 'Time', 'Words.', 'draft', null]);
    const { rows } = await store.db.$client.query<{ changed_at: string }>(
      `SELECT changed_at FROM changes WHERE resource_id = 'art_t'`,
    );
    expect(rows[0]?.changed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const stamped = Date.parse(rows[0]!.changed_at);
    expect(stamped).toBeGreaterThanOrEqual(before - 1000);
    expect(stamped).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('refuses a published article without a date with SQLite’s message, as SQLSTATE 23D01 naming the column', async () => {
    const insert = [articleSql, 'art_g', 'Guarded', 'Words.', 'published', null] as const;
    const [sql, ...params] = insert;
    await expect(sqliteStore(sqlite).run(sql, ...params)).rejects.toThrow(
      'published_at is required when status is published or archived',
    );
    const error = await store.db.$client.query(sql, params).then(
      () => undefined,
      (reason: unknown) => reason as pg.DatabaseError,
    );
    expect(error).toMatchObject({
      message: 'published_at is required when status is published or archived',
      code: '23D01',
      table: 'articles',
      column: 'published_at',
    });
    await store.db.$client.query(`INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count,
      created_at, updated_at) VALUES ('art_g', 'g', 'G', '[]', 'x', 'en', 1, '${AT}', '${AT}')`);
    await expect(
      store.db.$client.query(`UPDATE articles SET status = 'archived' WHERE id = 'art_g'`),
    ).rejects.toMatchObject({ code: '23D01' });
  });

  it('numbers changes in commit order: a second writer waits for the first to commit', async () => {
    const first = await store.db.$client.connect();
    const second = await store.db.$client.connect();
    try {
      await first.query('BEGIN');
      await first.query(articleSql, ['art_w1', 'First', 'Words.', 'draft', null]);
      await second.query('BEGIN');
      const secondPid = (await second.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const secondInsert = second.query(articleSql, ['art_w2', 'Second', 'Words.', 'draft', null]);
      // The second writer's insert waits on the advisory lock the first holds until it commits.
      await expect
        .poll(
          async () =>
            (
              await store.db.$client.query<{ wait: string | null }>(
                'SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = $1',
                [secondPid],
              )
            ).rows[0]?.wait,
          { timeout: 10_000 },
        )
        .toBe('Lock');
      await first.query('COMMIT');
      await secondInsert;
      await second.query('COMMIT');
      const { rows } = await store.db.$client.query<{ resource_id: string; changed_at: string }>(
        `SELECT resource_id, changed_at FROM changes WHERE resource_id IN ('art_w1', 'art_w2') ORDER BY seq`,
      );
      expect(rows.map((row) => row.resource_id)).toEqual(['art_w1', 'art_w2']);
      expect(rows[0]!.changed_at <= rows[1]!.changed_at).toBe(true);
    } finally {
      first.release();
      second.release();
    }
  });
});
