import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/core/db/client.ts';
import { openPostgres, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { passagesOf } from '../../../src/lib/passages.ts';
import { snippetOf } from '../../../src/resources/search/snippets.ts';
import { ftsQuery, type SearchTable } from '../../../src/resources/search/terms.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';
import { postgresStore, sqliteStore, type SqlStore } from '../../support/sql-stores.ts';

/**
 * Search on PostgreSQL (migrations/postgres/0002) against search on SQLite (FTS5): the same rows written to
 * a fresh database of each store, then the same queries asked of both. What must agree: which rows a query
 * finds (words, phrases, prefixes, diacritics, aliases, FTS5's operators), what is refused as malformed
 * (with FTS5's wording), and the passages long texts are cut into. Ranking and snippets are checked for
 * what they must do (headlines before body text; matches marked), since ts_rank_cd and ts_headline are
 * not bm25 and snippet().
 */

const database = freshPostgresDatabase();
let store: PostgresStore;
let pool: pg.Pool;
let sqlite: Db;

const AT = '2026-03-01T10:00:00.000Z';
const LONG = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(120)}Then Zelenskyy spoke in Kyiv about the grain corridor.`;

const ROWS: [string, ...unknown[]][] = [
  [
    `INSERT INTO people (id, slug, name, aliases, suggested, created_at, updated_at)
     VALUES ('per_ze', 'ze', 'Volodymyr Zelensky', '["Zelenskyy","Zelenskiy"]', FALSE, '${AT}', '${AT}')`,
  ],
  [
    `INSERT INTO people (id, slug, name, aliases, suggested, created_at, updated_at)
     VALUES ('per_hid', 'hid', 'Secret Source', '["Zelensky"]', TRUE, '${AT}', '${AT}')`,
  ],
  [
    `INSERT INTO places (id, slug, name, aliases, kind, suggested, created_at, updated_at)
     VALUES ('pla_ky', 'ky', 'Kyiv', '["Kyïv","Kiev"]', 'city', FALSE, '${AT}', '${AT}')`,
  ],
  [
    `INSERT INTO places (id, slug, name, kind, suggested, created_at, updated_at)
     VALUES ('pla_lo', 'lo', 'Łódź', 'city', FALSE, '${AT}', '${AT}')`,
  ],
  [
    `INSERT INTO organisations (id, slug, name, aliases, kind, suggested, created_at, updated_at)
     VALUES ('org_un', 'un', 'United Nations', '["UN"]', 'igo', FALSE, '${AT}', '${AT}')`,
  ],
  ...[
    ['art_head', 'Zelensky in Kyiv', 'The talks went on late into the night.', 'published'],
    ['art_body', 'Talks resume', 'The president Zelensky met envoys; the talks resume on Monday.', 'published'],
    ['art_cafe', 'Café culture', 'A café in Łódź, on a quiet street, serves the best coffee in town.', 'published'],
    ['art_yy', 'A visit', 'Zelenskyy visited the front; O’Brien and de-wever followed.', 'archived'],
    ['art_long', 'Long read', LONG, 'published'],
    ['art_draft', 'Zelensky draft', 'Not yet public: Zelensky in Kyiv.', 'draft'],
  ].map(([id, headline, text, status]): [string, ...unknown[]] => [
    `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, status, published_at, created_at, updated_at)
       VALUES ($1, $1, $2, '[]', $3, 'en', 10, $4, $5, '${AT}', '${AT}')`,
    id,
    headline,
    text,
    status,
    status === 'draft' ? null : AT,
  ]),
  [
    `INSERT INTO quotes (id, article_id, speaker_person_id, text, kind, start_offset, end_offset, created_at, updated_at)
     VALUES ('quo_1', 'art_head', 'per_ze', 'We will defend Kyiv, street by street.', 'direct', 0, 10, '${AT}', '${AT}')`,
  ],
  [
    `INSERT INTO quotes (id, article_id, text, kind, start_offset, end_offset, created_at, updated_at)
     VALUES ('quo_2', 'art_draft', 'Kyiv will stand.', 'direct', 0, 10, '${AT}', '${AT}')`,
  ],
];

async function write(db: SqlStore) {
  for (const [sql, ...params] of ROWS) await db.run(sql, ...params);
}

beforeAll(async () => {
  store = await openPostgres(database.url, { poolSize: 4, statementTimeoutMs: 10_000 });
  pool = store.db.$client;
  sqlite = openDatabase(':memory:');
  await write(sqliteStore(sqlite));
  await write(postgresStore(pool));
});
afterAll(async () => {
  await store?.close();
  sqlite?.$client.close();
});

type Kind = 'article' | 'quote' | 'person' | 'place' | 'organisation';
const TABLES: Record<Kind, SearchTable> = {
  article: 'articles',
  quote: 'quotes',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};
const VISIBLE: Record<Kind, string> = {
  article: 'public_articles',
  quote: 'public_quotes',
  person: 'public_people',
  place: 'public_places',
  organisation: 'public_organisations',
};

/** What search/repository.ts finds on SQLite: the public rows of a type whose FTS5 index matches. */
function sqliteHits(kind: Kind, q: string, prefix = false): string[] {
  const table = TABLES[kind];
  const query = ftsQuery(sqlite, table, q, { prefix });
  const rows = sqlite.$client
    .prepare(
      `SELECT t.id FROM ${table}_fts f JOIN ${VISIBLE[kind]} t ON t.rowid = f.rowid
       WHERE ${table}_fts MATCH ? ORDER BY bm25(${table}_fts), t.rowid`,
    )
    .pluck()
    .all(query) as string[];
  return rows;
}

async function postgresHits(kind: Kind, q: string, prefix = false): Promise<string[]> {
  // The query made once, then passed as a value, as the app will (see migrations/postgres/0002).
  const query = (await pool.query<{ query: string }>('SELECT search_query($1, $2)::text AS query', [q, prefix]))
    .rows[0]!.query;
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM search_hits($1, $2::tsquery) ORDER BY score, rid', [
    kind,
    query,
  ]);
  return rows.map((row) => row.id);
}

async function postgresSnippet(kind: Kind, id: string, q: string, prefix = false): Promise<string> {
  const { rows } = await pool.query<{ snippet: string }>(
    'SELECT search_snippet($1, $2, search_query($3, $4)) AS snippet',
    [kind, id, q, prefix],
  );
  return rows[0]!.snippet;
}

function sqliteSnippet(kind: Kind, id: string, q: string, prefix = false): string {
  const table = TABLES[kind];
  const rid = sqlite.$client.prepare(`SELECT rowid FROM ${table} WHERE id = ?`).pluck().get(id) as number;
  return snippetOf(sqlite, table, rid, ftsQuery(sqlite, table, q, { prefix }));
}

const sorted = (ids: string[]) => [...ids].sort();

describe('search on PostgreSQL', () => {
  it.each([
    ['article', 'zelensky'],
    ['article', 'Zelensky'],
    ['article', 'zelenskyy'],
    ['article', 'kyiv'],
    ['article', 'kiev'],
    ['article', 'cafe'],
    ['article', 'café'],
    ['article', 'ŁÓDŹ'],
    ['article', '"cafe in"'],
    ['article', '"in cafe"'],
    ['article', 'zel*'],
    ['article', 'talks OR culture'],
    ['article', 'talks NOT president'],
    ['article', '(kyiv OR coffee) AND (cafe OR night)'],
    ['article', 'grain corridor'],
    ['article', "O'Brien"],
    ['article', 'de-wever'],
    ['article', 'president zelensky'],
    ['quote', 'kyiv'],
    ['quote', 'defend street'],
    ['person', 'zel'],
    ['person', 'zelenskyy'],
    ['person', 'secret'],
    ['place', 'kyi'],
    ['organisation', 'un'],
    ['organisation', 'united'],
  ] satisfies [Kind, string][])('finds what FTS5 finds: %s %s', async (kind, q) => {
    const prefix = kind !== 'article' && kind !== 'quote';
    expect(sorted(await postgresHits(kind, q, prefix))).toEqual(sorted(sqliteHits(kind, q, prefix)));
  });

  it('finds more than FTS5 where unaccent folds a letter that has no decomposition: Łódź by lodz', async () => {
    expect(await postgresHits('article', 'lodz')).toEqual(['art_cafe']);
    expect(await postgresHits('place', 'lod', true)).toEqual(['pla_lo']);
    // unicode61's remove_diacritics strips combining marks only; Ł is a letter of its own to it.
    expect(sqliteHits('article', 'lodz')).toEqual([]);
  });

  it('ranks a headline above body text, as bm25 with the same weights does', async () => {
    expect(await postgresHits('article', 'zelensky')).toEqual(['art_head', 'art_body']);
    expect(sqliteHits('article', 'zelensky')).toEqual(['art_head', 'art_body']);
    const { rows } = await pool.query<{ score: number }>(
      `SELECT score FROM search_hits('article', 'zelensky'::tsquery) ORDER BY score`,
    );
    expect(rows[0]!.score).toBeLessThan(rows[1]!.score);
  });

  it('lends a public entity’s other names to a query for one of them, and a hidden one’s never', async () => {
    const terms = async (q: string) =>
      (await pool.query<{ query: string }>('SELECT search_query($1)::text AS query', [q])).rows[0]!.query;
    expect(await terms('Zelenskyy')).toBe(`'zelenskyy' | 'volodymyr' <-> 'zelensky' | 'zelenskiy'`);
    expect(await terms('zelensky')).toBe(`'zelensky'`);
    expect(await terms('"Kiev"')).toContain(`'kyiv'`);
  });

  it('marks matches in snippets as FTS5’s snippet() does (U+E000 … U+E001), diacritics and punctuation around words included', async () => {
    const cases: [Kind, string, string][] = [
      ['article', 'art_cafe', 'cafe'],
      ['article', 'art_cafe', 'coffee'],
      ['article', 'art_head', 'zelensky'],
      ['article', 'art_body', 'zelensky'],
      ['article', 'art_body', 'monday'],
      ['article', 'art_body', 'talks resume'],
      ['quote', 'quo_1', 'street'],
    ];
    for (const [kind, id, q] of cases) {
      const table = TABLES[kind];
      // FTS5's own snippet of the row, its rowid bound as an integer (see the report on snippets.ts).
      const rowid = sqlite.$client.prepare(`SELECT rowid FROM ${table} WHERE id = ?`).safeIntegers().pluck().get(id);
      const fts5 = sqlite.$client
        .prepare(
          `SELECT snippet(${table}_fts, -1, char(57344), char(57345), '…', 16) FROM ${table}_fts
           WHERE ${table}_fts MATCH ? AND rowid = ?`,
        )
        .pluck()
        .get(ftsQuery(sqlite, table, q), rowid);
      expect({ q, snippet: await postgresSnippet(kind, id, q) }).toEqual({ q, snippet: fts5 });
    }
    expect(await postgresSnippet('article', 'art_yy', "O'Brien")).toBe(
      'Zelenskyy visited the front; \uE000O\uE001’\uE000Brien\uE001 and de-wever followed.',
    );
    expect(await postgresSnippet('article', 'art_cafe', 'lodz')).toContain('\uE000Łódź\uE001');
    expect(await postgresSnippet('person', 'per_ze', 'zel', true)).toBe('Volodymyr \uE000Zelensky\uE001');
  });

  it('makes a long text’s snippet from its first matching passage, bounded, with … where the text goes on', async () => {
    const lorem = await postgresSnippet('article', 'art_long', 'lorem');
    expect(lorem).toBe(sqliteSnippet('article', 'art_long', 'lorem'));
    const late = await postgresSnippet('article', 'art_long', 'zelenskyy');
    expect(late).toMatch(/^….*\uE000Zelenskyy\uE001 spoke in Kyiv about the grain corridor\.$/);
    expect(late.length).toBeLessThan(200);
    // Words no one passage holds together: the first passage with any of them.
    expect(await postgresSnippet('article', 'art_long', 'grain AND lorem')).toMatch(/^\uE000Lorem\uE001 ipsum/);
  });

  it('cuts long texts into the passages src/lib/passages.ts does', async () => {
    const inputs: (string | null)[][] = [
      [LONG],
      ['A headline', 'A standfirst', LONG],
      ['x'.repeat(5000)],
      [null, `${'word\u00a0'.repeat(900)}end`],
      ['Too short to cut'],
      [`${'é'.repeat(1500)} ${'ü'.repeat(1500)} ${'ß'.repeat(1500)}`],
    ];
    for (const columns of inputs) {
      const { rows } = await pool.query<{ n: number; col: number; cut: number; passage: string }>(
        'SELECT n, col, cut, passage FROM text_passages(VARIADIC $1::text[]) ORDER BY n',
        [columns],
      );
      const expected = [...passagesOf(columns)].map(({ n, column, cut, text }) => ({
        n,
        col: column,
        cut,
        passage: text,
      }));
      expect(rows).toEqual(expected);
    }
  });

  it('refuses what FTS5 refuses, with SQLSTATE 42D01 and FTS5’s words', async () => {
    for (const q of ['"unterminated', '(kyiv', 'kyiv)', '%', 'kyiv AND (', 'kyiv OR (', 'OR kyiv*']) {
      const fts5 = (() => {
        try {
          ftsQuery(sqlite, 'articles', q);
          return undefined;
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(fts5).toBeDefined();
      const refused = await pool.query('SELECT search_query($1)', [q]).then(
        () => undefined,
        (error: pg.DatabaseError) => error,
      );
      expect(refused?.code).toBe('42D01');
      expect({ q, fts5 }).toEqual({ q, fts5: expect.stringContaining(`(${refused?.message})`) });
    }
  });

  it('keeps the index in the write’s transaction: an edit is found by its new words, a delete is gone', async () => {
    await pool.query(`UPDATE articles SET headline = 'Tea culture' WHERE id = 'art_cafe'`);
    expect(await postgresHits('article', 'tea')).toEqual(['art_cafe']);
    expect(await postgresHits('article', 'culture')).toEqual(['art_cafe']);
    expect(await postgresHits('article', '"cafe culture"')).toEqual([]);
    await pool.query(`UPDATE articles SET plain_text = $1 WHERE id = 'art_long'`, [`${LONG} Appendix.`]);
    const passages = await pool.query(`SELECT count(*)::int AS n FROM search_passages WHERE resource_id = 'art_long'`);
    expect(passages.rows[0].n).toBe([...passagesOf(['Long read', null, `${LONG} Appendix.`])].length);
    await pool.query(`DELETE FROM articles WHERE id = 'art_long'`);
    const left = await pool.query(
      `SELECT (SELECT count(*) FROM articles_fts WHERE id = 'art_long')::int + (SELECT count(*) FROM search_passages WHERE resource_id = 'art_long')::int AS n`,
    );
    expect(left.rows[0].n).toBe(0);
    expect(await postgresHits('article', 'grain')).toEqual([]);
  });

  it('filters lists with every row the index holds, drafts too (editors see them); hits are public only', async () => {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM articles WHERE id IN (SELECT id FROM articles_fts WHERE document @@ search_query('draft')) ORDER BY id`,
    );
    expect(rows.map((row) => row.id)).toEqual(['art_draft']);
    expect(await postgresHits('article', 'draft')).toEqual([]);
    expect(await postgresHits('quote', 'stand')).toEqual([]);
  });

  it('suggests names as they are typed (pg_trgm): by the start of any word, without diacritics, public ones only', async () => {
    const suggest = async (kind: Kind, typed: string) =>
      (await pool.query<{ id: string }>('SELECT id FROM name_suggestions($1, $2, 5)', [kind, typed])).rows.map(
        (row) => row.id,
      );
    expect(await suggest('person', 'zel')).toEqual(['per_ze']);
    expect(await suggest('person', 'Volo')).toEqual(['per_ze']);
    expect(await suggest('place', 'lodz')).toEqual(['pla_lo']);
    expect(await suggest('person', 'secret')).toEqual([]);
    expect(await suggest('organisation', 'unite')).toEqual(['org_un']);
  });
});
