import { describe, expect, it } from 'vitest';
import { getJson, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();
const SLUG = 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';

describe('GET /articles', () => {
  it('lists the published seed article without its body, in the list envelope', async () => {
    const { status, body, response } = await getJson(ctx.app, '/articles');
    expect(status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(body.meta).toEqual({ limit: 20, count: 1, nextCursor: null, prevCursor: null });
    expect(body.links).toEqual({ self: 'http://localhost/articles', next: null, prev: null });
    expect(body.data).toHaveLength(1);
    const [article] = body.data;
    expect(article).toMatchObject({
      id: expect.stringMatching(/^art_[a-z2-7]{20}$/),
      slug: SLUG,
      headline: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
      headlineEditorial: true,
      credit: '(With inputs from agencies)',
      language: 'en',
      status: 'published',
      publishedAt: '2025-04-08T00:00:00.000Z',
      wordCount: 484,
    });
    expect(article).not.toHaveProperty('body');
    expect(article).not.toHaveProperty('quotes');
  });

  it('embeds quotes and entities on a list with include=', async () => {
    const { body } = await getJson(ctx.app, '/articles?include=quotes,people');
    expect(body.data[0].quotes).toHaveLength(18);
    expect(body.data[0].people.map((p: { slug: string }) => p.slug)).toEqual([
      'volodymyr-zelensky',
      'andrii-sybiha',
      'vladimir-putin',
      'bart-de-wever',
    ]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['include=authors', 'include'],
    ['include=quotes,,people', 'include'],
    ['cursor=not-a-cursor', 'cursor'],
    ['sort=body', 'sort'],
    ['person=nobody-at-all', 'person'],
    ['match[person]=all', 'match[person]'],
    ['from=2025-02-30', 'from'],
    ['q=%22unbalanced', 'q'],
  ])('rejects %s with a problem naming "%s"', async (query, name) => {
    const { status, body, response } = await getJson(ctx.app, `/articles?${query}`);
    expect(status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: '/problems/invalid-request', status: 400, instance: `/articles?${query}` });
    expect(body.errors).toContainEqual(expect.objectContaining({ location: 'query', name }));
  });
});

describe('GET /articles/{idOrSlug}', () => {
  it('finds the article by slug and by id, with body blocks and plain text', async () => {
    const bySlug = await getJson(ctx.app, `/articles/${SLUG}`);
    expect(bySlug.status).toBe(200);
    const article = bySlug.body.data;
    const byId = await getJson(ctx.app, `/articles/${article.id}`);
    expect(byId.body).toEqual(bySlug.body);

    expect(article.body).toHaveLength(16);
    expect(article.body.filter((b: { type: string }) => b.type === 'heading')).toHaveLength(3);
    for (const block of article.body) {
      expect(article.plainText.slice(block.start, block.end)).toBe(block.text);
    }
    expect(article.plainText.endsWith('despite mounting pressure.')).toBe(true);
  });

  it('embeds quotes in text order, the entities it mentions and the mention offsets', async () => {
    const { body } = await getJson(ctx.app, `/articles/${SLUG}?include=quotes,people,places,organisations,mentions`);
    const article = body.data;
    const starts = article.quotes.map((q: { start: number }) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const quote of article.quotes) expect(article.plainText.slice(quote.start, quote.end)).toBe(quote.text);

    expect(article.places.map((p: { slug: string }) => p.slug)).toContain('bilohorivka');
    expect(article.organisations.map((o: { slug: string }) => o.slug)).toContain('security-service-of-ukraine');
    expect(article.mentions).toHaveLength(58);
    const entityIds = new Set([...article.people, ...article.places, ...article.organisations].map((e) => e.id));
    for (const mention of article.mentions) {
      expect(article.plainText.slice(mention.start, mention.end)).toBe(mention.text);
      expect(entityIds.has(mention.entityId)).toBe(true);
    }
  });

  it('answers an unknown id or slug with a 404 problem', async () => {
    for (const key of ['no-such-article', 'art_aaaaaaaaaaaaaaaaaaaa']) {
      const { status, body, response } = await getJson(ctx.app, `/articles/${key}`);
      expect(status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ type: '/problems/not-found', status: 404, detail: expect.stringContaining(key) });
    }
  });

  it('rejects a malformed idOrSlug with a 400 naming the path parameter', async () => {
    const { status, body } = await getJson(ctx.app, `/articles/${encodeURIComponent('bad slug!')}`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ location: 'path', name: 'idOrSlug' })]);
  });

  it('rejects an unknown include', async () => {
    const { status, body } = await getJson(ctx.app, `/articles/${SLUG}?include=everything`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ location: 'query', name: 'include' });
  });
});
