import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LONG_TEXT, PASSAGE_LENGTH, PASSAGE_OVERLAP, passagesOf } from '../../../src/lib/passages.ts';
import { bearer, getJson, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();

const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore';

/** `count` paragraphs of lorem ipsum, with `extra` words put into the paragraphs at their indices. */
function loremParagraphs(count: number, extra: Record<number, string> = {}): string[] {
  return Array.from({ length: count }, (_, i) => `${extra[i] ? `${extra[i]} ` : ''}${FILLER} ${FILLER}.`);
}

async function publishArticle(headline: string, paragraphs: string[]) {
  const writer = await bearer(ctx.app, 'write');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: writer,
    payload: { headline, language: 'en', body: paragraphs.map((text) => ({ type: 'paragraph', text })) },
  });
  expect(created.statusCode).toBe(201);
  const { id } = created.json().data;
  const published = await ctx.app.inject({
    method: 'PUT',
    url: `/articles/${id}/status`,
    headers: { ...writer, 'if-match': created.headers.etag as string },
    payload: { status: 'published' },
  });
  expect(published.statusCode).toBe(200);
  return { id: id as string, etag: published.headers.etag as string };
}

/**
 * The condition that picks article `id`'s rows of `search_passages`, with its parameters: on SQLite the
 * FTS5 rowids the article's rowid packs (kind 1 << 60 | rowid << 20 | passage), on PostgreSQL its key.
 */
async function passagesOfArticle(id: string): Promise<[where: string, ...params: unknown[]]> {
  if (TEST_STORE === 'postgres') return ["resource_type = 'article' AND resource_id = $1", id];
  const [row] = await sqlOf(ctx.app.db).all<{ rowid: number }>('SELECT rowid FROM articles WHERE id = $1', id);
  const first = (1n << 60n) + BigInt(row?.rowid ?? 0) * 1048576n;
  return ['rowid BETWEEN $1 AND $2', first, first + 1048575n];
}

async function countPassages([where, ...params]: [string, ...unknown[]]): Promise<number> {
  // PostgreSQL answers count(*) as a string.
  const [row] = await sqlOf(ctx.app.db).all<{ n: number | string }>(
    `SELECT count(*) AS n FROM search_passages WHERE ${where}`,
    ...params,
  );
  return Number(row?.n);
}

const marked = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('passages of long texts', () => {
  it('leaves short rows whole and cuts long ones into bounded, overlapping passages covering every word', () => {
    expect([...passagesOf(['Headline', null, 'x'.repeat(LONG_TEXT - 8)])]).toEqual([]);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const passages = [...passagesOf(['A headline', text])];
    expect(passages[0]).toEqual({ n: 0, column: 0, text: 'A headline', cut: 0 });
    const body = passages.slice(1);
    expect(body.every((p) => p.column === 1 && p.text.length <= PASSAGE_LENGTH)).toBe(true);
    expect(body.map((p) => p.n)).toEqual(body.map((_, i) => i + 1));
    // Every word, and every run of words up to the overlap, stands whole in some passage.
    const inPassages = new Set(body.flatMap((p) => p.text.trim().split(' ')));
    expect(words.every((word) => inPassages.has(word))).toBe(true);
    for (let i = 0; i + 10 < words.length; i += 37) {
      const phrase = words.slice(i, i + 10).join(' ');
      expect(phrase.length).toBeLessThan(PASSAGE_OVERLAP);
      expect(body.some((p) => p.text.includes(phrase))).toBe(true);
    }
  });

  it('cuts a text without spaces without splitting a character', () => {
    const passages = [...passagesOf(['😀'.repeat(3000)])];
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) expect(passage.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('/search over a long article', () => {
  // 600 paragraphs, some 120 KB: FTS5's snippet() over the whole text scores every window around every one
  // of thousands of matches; a 1.9 MB article held the event loop for seconds.
  const paragraphs = loremParagraphs(600, {
    0: 'Zanzibar',
    300: 'The café in Mariupol',
    599: 'Zelensky finally spoke of Quixotic plans',
  });

  let longRead: { id: string };
  beforeAll(async () => {
    longRead = await publishArticle('A very long read', paragraphs);
  });

  // SQLite's own mechanism: FTS5's snippet() over search_passages, seen in the SQL better-sqlite3 prepares.
  // PostgreSQL's search_snippet() reads the passage inside the server (the next test sees where from).
  it.skipIf(TEST_STORE === 'postgres')(
    'builds the snippet of a long hit from one passage: snippet() never runs over the whole text',
    async () => {
      const prepare = vi.spyOn(ctx.app.db.$client, 'prepare');
      try {
        const { body } = await getJson(ctx.app, '/search?q=lorem&type=article');
        expect(body.data.map((hit: any) => hit.id)).toEqual([longRead.id]);
        expect(marked(body.data[0].snippet)).toContain('lorem');
        const sql = prepare.mock.calls.map(([text]) => text);
        expect(sql.some((text) => text.includes('snippet(search_passages'))).toBe(true);
        expect(sql.some((text) => text.includes('snippet(articles_fts'))).toBe(false);
      } finally {
        prepare.mockRestore();
      }
    },
  );

  it('builds the snippet of a long hit from one passage, as the passages index holds it', async () => {
    const { body } = await getJson(ctx.app, '/search?q=lorem&type=article');
    expect(body.data.map((hit: any) => hit.id)).toEqual([longRead.id]);
    expect(marked(body.data[0].snippet)).toContain('lorem');

    // Words only the passages index holds, not the article: a snippet that shows them was cut from a passage.
    const other = 'the quick brown fox jumps over the lazy dog';
    const { id } = await publishArticle(
      'Another long read',
      Array.from({ length: 300 }, (_, i) => `${i === 150 ? 'Xylograph ' : ''}${other}.`),
    );
    const [where, ...params] = await passagesOfArticle(id);
    await sqlOf(ctx.app.db).run(
      `UPDATE search_passages SET plain_text = replace(plain_text, 'Xylograph', 'Xylograph as the passage has it')
       WHERE ${where} AND plain_text LIKE '%Xylograph%'`,
      ...params,
    );
    const hit = (await getJson(ctx.app, '/search?q=xylograph&type=article')).body.data;
    expect(hit.map((h: any) => h.id)).toEqual([id]);
    expect(hit[0].snippet).toContain('<mark>Xylograph</mark> as the passage has it');
  });

  it('finds and marks words anywhere in it: phrases, prefixes, diacritics and aliases', async () => {
    const hit = async (q: string) => {
      const { status, body } = await getJson(ctx.app, `/search?type=article&q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      return body.data.find((h: any) => h.resource.headline === 'A very long read');
    };
    expect(marked((await hit('quixotic')).snippet)).toEqual(['Quixotic']);
    expect(marked((await hit('"finally spoke"')).snippet)).toEqual(['finally spoke']);
    expect(marked((await hit('quix*')).snippet)).toEqual(['Quixotic']);
    expect(marked((await hit('cafe')).snippet)).toEqual(['café']);
    expect((await hit('cafe')).snippet).toMatch(/^…/);
    expect(marked((await hit('Zelenskyy')).snippet)).toEqual(['Zelensky']);
    expect(marked((await hit('zanzibar')).snippet)).toEqual(['Zanzibar']);
  });

  it('does the same for long quotes and for names with many aliases', async () => {
    const writer = await bearer(ctx.app, 'write');
    const article = (await getJson(ctx.app, '/search?type=article&q=zanzibar')).body.data[0].resource;
    const { body: full } = await getJson(ctx.app, `/articles/${article.id}`);
    const end = full.data.plainText.indexOf('The café');
    const quote = await ctx.app.inject({
      method: 'POST',
      url: '/quotes',
      headers: writer,
      payload: { articleId: article.id, text: full.data.plainText.slice(0, end), kind: 'direct', start: 0, end },
    });
    expect(quote.statusCode).toBe(201);
    const quoteHit = (await getJson(ctx.app, '/search?type=quote&q=zanzibar')).body.data[0];
    expect(quoteHit.id).toBe(quote.json().data.id);
    expect(marked(quoteHit.snippet)).toEqual(['Zanzibar']);

    const aliases = Array.from({ length: 60 }, (_, i) => `${FILLER} alias ${i}`);
    aliases[59] = 'Oleksandr Syrskyi-Petrovych';
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: writer,
      payload: { name: 'A much renamed person', aliases },
    });
    expect(person.statusCode).toBe(201);
    const personHit = (await getJson(ctx.app, '/search?type=person&q=syrskyi')).body.data[0];
    expect(personHit.id).toBe(person.json().data.id);
    expect(marked(personHit.snippet)).toEqual(['Syrskyi']);
  });

  it('still marks one of the words when they stand in passages far apart', async () => {
    const { body } = await getJson(ctx.app, '/search?type=article&q=zanzibar%20quixotic');
    expect(body.data).toHaveLength(1);
    expect(marked(body.data[0].snippet)).toEqual(['Zanzibar']);
  });

  it('ranks by the whole text, as before: bm25 over each article, headline first', async () => {
    await publishArticle('Mariupol once', loremParagraphs(10, { 3: 'Mariupol' }));
    await publishArticle('Mariupol often', loremParagraphs(600, { 1: 'Mariupol', 2: 'Mariupol', 400: 'Mariupol' }));
    const { body } = await getJson(ctx.app, '/search?type=article&q=mariupol');
    // Each store's rank over the article's whole text, as its migrations weigh the columns: FTS5's bm25 on
    // SQLite, ts_rank_cd on PostgreSQL (migrations/postgres/0002_search.sql), never over the passages.
    const expected = await sqlOf(ctx.app.db).all(
      TEST_STORE === 'sqlite'
        ? `SELECT a.id, -bm25(articles_fts, 10, 4, 1) AS score FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
           WHERE articles_fts MATCH '"mariupol"' ORDER BY bm25(articles_fts, 10, 4, 1)`
        : `SELECT f.id, ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, 'mariupol'::tsquery, 1) AS score
           FROM articles_fts f JOIN articles a ON a.id = f.id
           WHERE a.status = 'published' AND f.document @@ 'mariupol'::tsquery ORDER BY score DESC, f.rid`,
    );
    expect(body.data.map((hit: any) => ({ id: hit.id, score: hit.score }))).toEqual(expected);
    expect(body.data).toHaveLength(3);
  });

  it('follows the text through edits and deletes', async () => {
    const writer = await bearer(ctx.app, 'write');
    const { id, etag } = await publishArticle('Edited long read', loremParagraphs(100, { 50: 'Obsolete' }));
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/articles/${id}`,
      headers: { ...writer, 'if-match': etag },
      payload: {
        headline: 'Edited long read',
        language: 'en',
        body: loremParagraphs(100, { 70: 'Replacement' }).map((text) => ({ type: 'paragraph', text })),
      },
    });
    expect(put.statusCode).toBe(200);
    expect((await getJson(ctx.app, '/search?type=article&q=obsolete')).body.data).toEqual([]);
    const found = (await getJson(ctx.app, '/search?type=article&q=replacement')).body.data;
    expect(marked(found[0].snippet)).toEqual(['Replacement']);

    // Picked while the article is there: on SQLite by its rowid.
    const passages = await passagesOfArticle(id);
    expect(await countPassages(passages)).toBeGreaterThan(10);
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/articles/${id}`,
      headers: { ...writer, 'if-match': put.headers.etag as string },
    });
    expect(del.statusCode).toBe(204);
    expect(await countPassages(passages)).toBe(0);
  });
});
