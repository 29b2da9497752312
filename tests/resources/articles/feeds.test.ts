import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { plainTextOf } from '../../../src/lib/article-text.ts';
import { stableId } from '../../../src/lib/ids.ts';
import { useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A later article that mentions nobody, and a draft: feeds must order the one and hide the other. */
beforeAll(async () => {
  const insert = async (slug: string, status: 'published' | 'draft', publishedAt: string | null) => {
    const body = [{ type: 'paragraph' as const, text: `Text of ${slug} with <markup> & ampersands.` }];
    // Written on the app's own store, past the API, as another process's writes would arrive.
    await inTransaction(ctx.app.db, (tx) =>
      tx.insert(tx.tables.articles).values({
        id: stableId('article', slug),
        slug,
        headline: `Headline of ${slug}`,
        standfirst: null,
        body,
        plainText: plainTextOf(body),
        language: 'en',
        status,
        publishedAt,
        wordCount: 6,
        createdAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-01T10:00:00.000Z',
      }),
    );
  };
  await insert('later-news', 'published', '2025-05-01T09:00:00.000Z');
  await insert('unfinished-draft', 'draft', null);
  await sqlOf(ctx.app.db).run(
    "UPDATE articles SET headline = 'Why 3 <img src=x onerror=alert(1)> 5' WHERE slug = 'later-news'",
  );
});

async function fetchFeed(path: string) {
  const response = await ctx.app.inject(path);
  expect(response.statusCode, path).toBe(200);
  return response;
}

describe('RSS 2.0', () => {
  it('is well-formed and has what the spec requires, newest first, without drafts', async () => {
    const response = await fetchFeed('/articles/feed.rss');
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const { rss } = parser.parse(response.body);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('Dateline: latest articles');
    expect(channel.link).toEqual(['http://localhost/articles']);
    expect(channel.description).toEqual(expect.any(String));
    expect(channel['atom:link']['@href']).toBe('http://localhost/articles/feed.rss');
    expect(channel['atom:link']['@rel']).toBe('self');
    const items = channel.item;
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      'Why 3 &lt;img src=x onerror=alert(1)&gt; 5',
      'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
    ]);
    for (const item of items) {
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.guid['#text']).toMatch(/^urn:dateline:art_/);
      expect(new URL(item.link[0]).pathname).toMatch(/^\/articles\//);
    }
    expect(items[0]['content:encoded']).toContain('&lt;markup&gt; &amp; ampersands');
    expect(items[1].pubDate).toBe('Tue, 08 Apr 2025 00:00:00 GMT');
  });
});

describe('Atom 1.0', () => {
  it('is well-formed and has the ids, dates, author and links RFC 4287 requires', async () => {
    const response = await fetchFeed('/articles/feed.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const { feed } = parser.parse(response.body);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toEqual(expect.any(String));
    expect(feed.title).toEqual(expect.anything());
    expect(feed.updated).toMatch(RFC_3339);
    expect(feed.author.name).toBe('Dateline');
    expect(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self')).toBe(true);
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:dateline:art_/);
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.link[0]['@href']).toMatch(/^http:\/\/localhost\/articles\//);
      expect(entry.content['@type']).toBe('html');
    }
  });
});

describe('JSON Feed 1.1', () => {
  it('has the version, the required fields and RFC 3339 dates', async () => {
    const response = await fetchFeed('/articles/feed.json');
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Dateline: latest articles');
    expect(feed.feed_url).toBe('http://localhost/articles/feed.json');
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^art_/);
      expect(item.date_published).toMatch(RFC_3339);
      expect(item.content_html.length + item.content_text.length).toBeGreaterThan(0);
    }
    expect(feed.items[1].summary).toMatch(/^Ukrainian President/);
  });

  it('honours limit', async () => {
    const feed = (await fetchFeed('/articles/feed.json?limit=1')).json();
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(['Why 3 <img src=x onerror=alert(1)> 5']);
  });
});

describe('entity feeds', () => {
  it.each([
    ['people', 'andrii-sybiha', 'Andrii Sybiha'],
    ['organisations', 'nato', 'NATO'],
    ['places', 'donetsk-oblast', 'Donetsk Oblast'],
  ])('/%s/%s/feed.* hold only articles about it in all three formats', async (plural, slug, name) => {
    const json = (await fetchFeed(`/${plural}/${slug}/feed.json`)).json();
    expect(json.title).toBe(`Dateline: ${name}`);
    expect(json.feed_url).toBe(`http://localhost/${plural}/${slug}/feed.json`);
    expect(json.items.map((item: { title: string }) => item.title)).toEqual([
      'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
    ]);
    for (const format of ['rss', 'atom']) {
      const xml = (await fetchFeed(`/${plural}/${slug}/feed.${format}`)).body;
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain('later-news');
    }
  });

  it('a place feed includes articles about places inside it', async () => {
    const json = (await fetchFeed('/places/europe/feed.json')).json();
    expect(json.items).toHaveLength(1);
    const belgium = (await fetchFeed('/places/belgium/feed.json')).json();
    expect(belgium.items).toEqual([]);
  });

  it('answer 404 problem for unknown entities and 400 for bad limits', async () => {
    const missing = await ctx.app.inject('/people/nobody/feed.rss');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const bad = await ctx.app.inject('/articles/feed.atom?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ location: 'query', name: 'limit' });
  });

  it('carry validators and cache tags like every GET', async () => {
    const response = await fetchFeed('/people/andrii-sybiha/feed.atom');
    expect(response.headers.etag).toEqual(expect.any(String));
    expect(response.headers['last-modified']).toEqual(expect.any(String));
    expect(String(response.headers['surrogate-key']).split(' ')).toEqual(expect.arrayContaining(['articles']));
  });
});
