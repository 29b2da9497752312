import { describe, expect, it } from 'vitest';
import { findArticle } from '../src/repositories/articles.ts';
import { embedInArticles } from '../src/repositories/embed.ts';
import { Article, type ArticleInclude } from '../src/schemas/articles.ts';
import { getJson, useSeededApp } from './helpers.ts';

/**
 * `GET /articles/{idOrSlug}` answers most requests with JSON that SQLite writes
 * (src/repositories/article-document.ts). It must say exactly what the general path says.
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
function generalPath(idOrSlug: string, include: ArticleInclude[]) {
  const article = findArticle(ctx.app.db, idOrSlug);
  if (!article) throw new Error(`no article ${idOrSlug}`);
  const [embedded] = embedInArticles(ctx.app.db, [article], new Set(include));
  return JSON.parse(JSON.stringify(embedded)) as Record<string, unknown>;
}

describe('the article document', () => {
  it('matches the general path for every article and include', async () => {
    const rows = ctx.app.db.$client.prepare("SELECT id, slug FROM articles WHERE status = 'published'").all() as {
      id: string;
      slug: string;
    }[];
    expect(rows.length).toBeGreaterThan(50);
    for (const [index, { id, slug }] of rows.entries()) {
      const include = INCLUDES[index % INCLUDES.length] ?? [];
      const key = index % 2 === 0 ? slug : id;
      const url = `/articles/${key}${include.length ? `?include=${include.join(',')}` : ''}`;
      const { status, body } = await getJson(ctx.app, url);
      expect(status, url).toBe(200);
      expect(body.data, url).toEqual(generalPath(key, include));
    }
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
    ctx.app.db.$client
      .prepare(
        `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, status, published_at, created_at, updated_at)
         VALUES ('art_astral', 'astral', 'Astral', ?, ?, 'en', 12, 'published', ?, ?, ?)`,
      )
      .run(JSON.stringify(blocks), blocks.map((block) => block.text).join('\n\n'), now, now, now);
    const { body } = await getJson(ctx.app, '/articles/astral?include=quotes');
    expect(body.data).toEqual(generalPath('astral', ['quotes']));
    const [, paragraph] = body.data.body;
    expect(body.data.plainText.slice(paragraph.start, paragraph.end)).toBe(blocks[1]?.text);
  });

  it('leaves mentions, quote speakers and sparse fieldsets to the general path', async () => {
    const { body } = await getJson(ctx.app, '/articles/astral?include=quotes.speaker,mentions&fields=headline');
    expect(body.data).toEqual({ id: 'art_astral', headline: 'Astral' });
  });
});
