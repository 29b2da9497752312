import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawRequest, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { sqlOf, statementsDuring } from '../../support/sql-stores.ts';

const ctx = useSeededApp({ listen: true });
const ARTICLE = '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';

const GET_ROUTES = [
  '/articles',
  `${ARTICLE}?include=quotes`,
  '/quotes',
  '/people',
  '/people/volodymyr-zelensky',
  '/people/volodymyr-zelensky/quotes',
  '/people/volodymyr-zelensky/articles',
  '/places',
  '/places/kyiv',
  '/places/ukraine/articles',
  '/organisations',
  '/organisations/nato',
  '/organisations/nato/quotes',
  '/organisations/nato/articles',
];

describe('validators and conditional requests', () => {
  it.each(GET_ROUTES)('%s has a strong ETag and a Last-Modified, and answers 304 to either', async (path) => {
    const first = await rawRequest(ctx.baseUrl + path);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    // Items lead with their version (updatedAt) for If-Match; every tag ends with a hash of the bytes.
    expect(etag).toMatch(/^"(?:[0-9a-z]+\.)?[\w-]+"$/);
    const isItem = !('meta' in (JSON.parse(first.body.toString()) as object));
    if (isItem) expect(etag).toMatch(/^"[0-9a-z]+\./);
    const lastModified = first.headers['last-modified'] as string;
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const byEtag = await rawRequest(ctx.baseUrl + path, { headers: { 'if-none-match': etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.body.length).toBe(0);
    expect(byEtag.headers.etag).toBe(etag);

    const byDate = await rawRequest(ctx.baseUrl + path, { headers: { 'if-modified-since': lastModified } });
    expect(byDate.status).toBe(304);
  });

  it('answers 200 when the validator is stale or the date is older', async () => {
    const stale = await rawRequest(`${ctx.baseUrl}/people`, { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
    const older = await rawRequest(`${ctx.baseUrl}/people`, {
      headers: { 'if-modified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' },
    });
    expect(older.status).toBe(200);
  });

  it('lets If-None-Match win over If-Modified-Since', async () => {
    const first = await rawRequest(`${ctx.baseUrl}/places`);
    const response = await rawRequest(`${ctx.baseUrl}/places`, {
      headers: { 'if-none-match': '"other"', 'if-modified-since': first.headers['last-modified'] as string },
    });
    expect(response.status).toBe(200);
  });
});

describe('Cache-Control', () => {
  it('lets shared caches keep public content and serve it stale while revalidating', async () => {
    const response = await rawRequest(`${ctx.baseUrl}/articles`);
    expect(response.headers['cache-control']).toBe(
      'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400',
    );
  });

  it('keeps anything sent with credentials private and unstored', async () => {
    const response = await rawRequest(`${ctx.baseUrl}/articles`, { headers: { authorization: 'Bearer x' } });
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('never stores errors', async () => {
    const response = await rawRequest(`${ctx.baseUrl}/people/nobody`);
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('Surrogate-Key', () => {
  it('names every resource in the response, and the collection on lists', async () => {
    const article = JSON.parse((await rawRequest(`${ctx.baseUrl}${ARTICLE}?include=quotes,people`)).body.toString());
    const response = await rawRequest(`${ctx.baseUrl}${ARTICLE}?include=quotes,people`);
    const keys = (response.headers['surrogate-key'] as string).split(' ');
    expect(keys).toContain(article.data.id);
    for (const quote of article.data.quotes) expect(keys).toContain(quote.id);
    for (const person of article.data.people) expect(keys).toContain(person.id);
    expect(keys).not.toContain('articles');

    const list = await rawRequest(`${ctx.baseUrl}/people/volodymyr-zelensky/quotes`);
    expect((list.headers['surrogate-key'] as string).split(' ')[0]).toBe('quotes');
  });
});

describe('compression', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends %s when accepted, with its own validator', async (encoding, decompress) => {
    const plain = await rawRequest(`${ctx.baseUrl}${ARTICLE}?include=quotes`);
    const compressed = await rawRequest(`${ctx.baseUrl}${ARTICLE}?include=quotes`, {
      headers: { 'accept-encoding': encoding },
    });
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    expect(decompress(compressed.body).equals(plain.body)).toBe(true);
    const etag = compressed.headers.etag as string;
    expect(etag).toBe((plain.headers.etag as string).replace(/"$/, `-${encoding}"`));

    const revalidated = await rawRequest(`${ctx.baseUrl}${ARTICLE}?include=quotes`, {
      headers: { 'accept-encoding': encoding, 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(etag);
  });

  it('sends small responses uncompressed', async () => {
    const response = await rawRequest(`${ctx.baseUrl}/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('list validators', () => {
  it('change when an item leaves the list, though no remaining item changed', async () => {
    const before = await rawRequest(`${ctx.baseUrl}/places?kind=country`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const store = sqlOf(ctx.app.db);
    await store.run(
      "DELETE FROM places WHERE slug = 'belgium' AND NOT EXISTS (SELECT 1 FROM person_roles WHERE country_id = places.id)",
    );
    await store.run("UPDATE places SET aliases = aliases WHERE slug = 'north-america'");
    const after = await rawRequest(`${ctx.baseUrl}/places?kind=country`, {
      headers: { 'if-modified-since': before.headers['last-modified'] as string },
    });
    expect(after.status).toBe(200);
  });

  it.each(['/articles', '/quotes', '/people', '/places', '/organisations'])(
    '%s reads the last change with the page, in one statement',
    async (path) => {
      const statements = await statementsDuring(ctx.app.db, () => ctx.app.inject(path));
      const readingChanges = statements.filter((text) => /\bfrom changes\b/i.test(text));
      expect(readingChanges).toHaveLength(1);
      // The page's own statement: the one that reads the listed table.
      expect(readingChanges[0]).toMatch(new RegExp(`from "${path.slice(1)}"`, 'i'));
    },
  );

  it('a search reads the last change once; on PostgreSQL, with its hits (no round trip of its own)', async () => {
    let response: Awaited<ReturnType<typeof ctx.app.inject>> | undefined;
    const statements = await statementsDuring(ctx.app.db, async () => {
      response = await ctx.app.inject('/search?q=Zelensky');
    });
    expect(response?.json<{ data: unknown[] }>().data.length).toBeGreaterThan(0);
    expect(response?.headers['last-modified']).toEqual(expect.any(String));
    const readingChanges = statements.filter((text) => /\bfrom changes\b/i.test(text));
    expect(readingChanges).toHaveLength(1);
    if (TEST_STORE === 'postgres') expect(readingChanges[0]).toMatch(/search_page_hits/);
  });

  it('tag JSON-LD and ninjs with every resource they describe', async () => {
    const response = await rawRequest(`${ctx.baseUrl}${ARTICLE}?format=jsonld`);
    const keys = String(response.headers['surrogate-key']).split(' ');
    expect(keys.some((key) => key.startsWith('art_'))).toBe(true);
    expect(keys.filter((key) => key.startsWith('quo_'))).toHaveLength(18);
    expect(response.headers['last-modified']).toEqual(expect.any(String));
  });
});
