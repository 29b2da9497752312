import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { findArticle } from '../../../src/resources/articles/repository.ts';
import { embedInArticles } from '../../../src/resources/articles/embed.ts';
import { Article, type ArticleInclude } from '../../../src/resources/articles/schema.ts';
import { getJson, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

/**
 * `GET /articles/{idOrSlug}` answers most requests with a stored document (src/resources/articles/document.ts):
 * JSON that SQLite writes, or on PostgreSQL that the general path wrote once (document-postgres.ts). It
 * must say exactly what the general path says, and be fresh after each write.
 */
const ctx = useSeededApp({ generate: { articles: 60, people: 80, places: 80, organisations: 20, seed: 11 } });

const INCLUDES: ArticleInclude[][] = [
  [],
  ['quotes'],
  ['people'],
  ['places', 'organisations'],
  ['quotes', 'people', 'places', 'organisations'],
];

/** What the general path builds for the same request, as it reaches a client. */
async function generalPath(idOrSlug: string, include: ArticleInclude[]) {
  const article = await findArticle(ctx.app.db, idOrSlug, 'public');
  if (!article) throw new Error(`no article ${idOrSlug}`);
  const [embedded] = await embedInArticles(ctx.app.db, [article], new Set(include), 'public');
  return JSON.parse(JSON.stringify(embedded)) as Record<string, unknown>;
}

/**
 * Waits until the article's document is stored: SQLite stores it during the read that found none,
 * PostgreSQL beside it (the general path answers that read).
 */
async function documentStored(id: string) {
  await vi.waitFor(
    async () =>
      expect(
        await sqlOf(ctx.app.db).all('SELECT article_id FROM article_documents WHERE article_id = $1', id),
      ).toHaveLength(1),
    { timeout: 10_000 },
  );
}

/** What a client reads at `url` once the article's document is stored. */
async function readStoredDocument(url: string, id: string) {
  await getJson(ctx.app, url);
  await documentStored(id);
  return getJson(ctx.app, url);
}

describe('the article document', () => {
  it('matches the general path for every article and include', async () => {
    const rows = await sqlOf(ctx.app.db).all<{ id: string; slug: string }>(
      "SELECT id, slug FROM articles WHERE status = 'published'",
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const [index, { id, slug }] of rows.entries()) {
      const include = INCLUDES[index % INCLUDES.length] ?? [];
      const key = index % 2 === 0 ? slug : id;
      const url = `/articles/${key}${include.length ? `?include=${include.join(',')}` : ''}`;
      const first = await getJson(ctx.app, url);
      expect(first.status, url).toBe(200);
      expect(first.body.data, url).toEqual(await generalPath(key, include));
      const { status, body } = await readStoredDocument(url, id);
      expect(status, url).toBe(200);
      expect(body.data, url).toEqual(await generalPath(key, include));
    }
  });

  it('answers from the stored document once there is one', async () => {
    const [{ id } = { id: '' }] = await sqlOf(ctx.app.db).all<{ id: string }>(
      "SELECT id FROM articles WHERE status = 'published' ORDER BY id DESC LIMIT 1",
    );
    const url = `/articles/${id}?include=quotes`;
    const { body } = await readStoredDocument(url, id);
    // Only the stored copy says this: the articles table still has the real headline.
    await sqlOf(ctx.app.db).run(
      `UPDATE article_documents SET article = replace(article, $2, 'From the stored document') WHERE article_id = $1`,
      id,
      JSON.stringify(body.data.headline).slice(1, -1),
    );
    expect((await getJson(ctx.app, url)).body.data.headline).toBe('From the stored document');
    await sqlOf(ctx.app.db).run('DELETE FROM article_documents WHERE article_id = $1', id);
  });

  it('writes fields in the order of the Article schema', async () => {
    const { body } = await getJson(ctx.app, '/articles?limit=1');
    const slug = body.data[0].slug as string;
    const { body: item } = await getJson(ctx.app, `/articles/${slug}?include=quotes,people,places,organisations`);
    const order = Object.keys(Article.properties);
    expect(Object.keys(item.data)).toEqual(order.filter((name) => name in item.data));
  });

  it('counts body offsets in UTF-16 code units, as JavaScript does, past characters outside the BMP', async () => {
    const now = new Date().toISOString();
    const blocks = [
      { type: 'heading', text: 'Flags 🇺🇦 and 🎉' },
      { type: 'paragraph', text: 'After the emoji, offsets still point at 𝒳 text.' },
    ];
    await sqlOf(ctx.app.db).run(
      `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, status, published_at, created_at, updated_at)
       VALUES ('art_astral', 'astral', 'Astral', $1, $2, 'en', 12, 'published', $3, $3, $3)`,
      JSON.stringify(blocks),
      blocks.map((block) => block.text).join('\n\n'),
      now,
    );
    const { body } = await getJson(ctx.app, '/articles/astral?include=quotes');
    expect(body.data).toEqual(await generalPath('astral', ['quotes']));
    const [, paragraph] = body.data.body;
    expect(body.data.plainText.slice(paragraph.start, paragraph.end)).toBe(blocks[1]?.text);
  });

  it('stores each document once it is read', async () => {
    const store = sqlOf(ctx.app.db);
    const [{ id } = { id: '' }] = await store.all<{ id: string }>(
      "SELECT id FROM articles WHERE status = 'published' AND slug != 'astral' ORDER BY id LIMIT 1",
    );
    await store.run('DELETE FROM article_documents WHERE article_id = $1', id);
    expect((await getJson(ctx.app, `/articles/${id}`)).body.data).toMatchObject({ id });
    await documentStored(id);
    const stored = await store.all<{ article: string }>(
      'SELECT article FROM article_documents WHERE article_id = $1',
      id,
    );
    expect(JSON.parse(stored[0]?.article ?? 'null')).toMatchObject({ id });
  });

  it('is not stored stale when a write commits while it is built', async () => {
    const [{ id, person } = { id: '', person: '' }] = await sqlOf(ctx.app.db).all<{ id: string; person: string }>(
      `SELECT q.article_id AS id, q.speaker_person_id AS person FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE a.status = 'published' AND q.speaker_person_id IS NOT NULL ORDER BY q.id LIMIT 1`,
    );
    await sqlOf(ctx.app.db).run('DELETE FROM article_documents WHERE article_id = $1', id);
    const url = `/articles/${id}?include=people`;
    // A writer renames someone the article quotes and, before it commits, the article is read.
    let commit = () => {};
    const committed = new Promise<void>((resolve) => (commit = resolve));
    const writing = inTransaction(ctx.app.db, async (tx) => {
      await tx.update(tx.tables.people).set({ name: 'Renamed Mid-build' }).where(eq(tx.tables.people.id, person));
      await committed;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await getJson(ctx.app, url);
    expect(during.status).toBe(200);
    expect(JSON.stringify(during.body)).not.toContain('Renamed Mid-build');
    commit();
    await writing;
    const after = await readStoredDocument(url, id);
    expect(JSON.stringify(after.body)).toContain('Renamed Mid-build');
    expect(after.body.data).toEqual(await generalPath(id, ['people']));
  });

  /**
   * Each change a stored document could miss, made in SQL as any write path would make it: the
   * triggers of migration 0012 must drop the stale document so the next read shows the change.
   */
  describe('after a change to anything it shows', () => {
    const all = ['quotes', 'people', 'places', 'organisations'] as ArticleInclude[];
    const run = (sql: string, ...params: unknown[]) => sqlOf(ctx.app.db).run(sql, ...params);
    const one = async <T>(sql: string) => {
      const [row] = await sqlOf(ctx.app.db).all<T>(sql);
      if (!row) throw new Error(`no row for ${sql}`);
      return row;
    };
    /** An article that both quotes someone and names a person, a place and an organisation. */
    const subject = async () =>
      (
        await one<{ id: string }>(
          `SELECT a.id FROM articles a WHERE a.status = 'published'
           AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_person_id IS NOT NULL)
           AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.place_id IS NOT NULL)
           AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.organisation_id IS NOT NULL)
         ORDER BY a.id LIMIT 1`,
        )
      ).id;

    const changes: [string, (article: string) => Promise<void>][] = [
      ['the article', (a) => run("UPDATE articles SET headline = 'Changed headline' WHERE id = $1", a)],
      ['a quote', (a) => run("UPDATE quotes SET channel = 'changed channel' WHERE article_id = $1", a)],
      [
        'a quote removed',
        (a) => run('DELETE FROM quotes WHERE id = (SELECT min(id) FROM quotes WHERE article_id = $1)', a),
      ],
      [
        'a mention added',
        (a) =>
          run(
            `INSERT INTO mentions (article_id, organisation_id, start_offset, end_offset)
             SELECT $1, (SELECT max(id) FROM organisations), 0, 1`,
            a,
          ),
      ],
      [
        'a person named',
        (a) =>
          run(
            "UPDATE people SET name = name || ' Jr' WHERE id IN (SELECT speaker_person_id FROM quotes WHERE article_id = $1)",
            a,
          ),
      ],
      [
        'a role of a person',
        (a) =>
          run(
            `INSERT INTO person_roles (person_id, title, source)
             SELECT speaker_person_id, 'Changed title', 'test' FROM quotes WHERE article_id = $1 AND speaker_person_id IS NOT NULL LIMIT 1`,
            a,
          ),
      ],
      [
        'a place named',
        (a) =>
          run(
            "UPDATE places SET name = name || ' Changed' WHERE id IN (SELECT place_id FROM mentions WHERE article_id = $1)",
            a,
          ),
      ],
      [
        'an organisation named',
        (a) =>
          run(
            "UPDATE organisations SET name = name || ' Changed' WHERE id IN (SELECT organisation_id FROM mentions WHERE article_id = $1)",
            a,
          ),
      ],
    ];

    it.each(changes)('%s', async (_name, change) => {
      const article = await subject();
      const url = `/articles/${article}?include=${all.join(',')}`;
      const before = await readStoredDocument(url, article);
      await change(article);
      const after = await readStoredDocument(url, article);
      expect(after.body.data).toEqual(await generalPath(article, all));
      expect(after.body.data).not.toEqual(before.body.data);
    });

    it('a withdrawn article', async () => {
      const article = await subject();
      expect((await getJson(ctx.app, `/articles/${article}`)).status).toBe(200);
      await run("UPDATE articles SET status = 'draft' WHERE id = $1", article);
      expect((await getJson(ctx.app, `/articles/${article}`)).status).toBe(404);
      await run("UPDATE articles SET status = 'published' WHERE id = $1", article);
    });
  });

  it('leaves mentions, quote speakers and sparse fieldsets to the general path', async () => {
    const { body } = await getJson(ctx.app, '/articles/astral?include=quotes.speaker,mentions&fields=headline');
    expect(body.data).toEqual({ id: 'art_astral', headline: 'Astral' });
  });
});
