import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

/**
 * Archived is public (published or archived), and every way in agrees: read by id or slug, found
 * by search (the article and its quotes), listed with `status=archived`, in the change feed as
 * itself. What is current — default lists, quote lists, feeds — shows published articles.
 */
const ctx = useSeededApp();
let article: { id: string; slug: string };
let quoteId: string;

async function write(method: 'POST' | 'PUT', url: string, payload: object) {
  const editor = await bearer(ctx.app, 'write');
  const etag =
    method === 'POST'
      ? undefined
      : ((await ctx.app.inject({ url: url.replace(/\/status$/, ''), headers: editor })).headers.etag as string);
  const response = await ctx.app.inject({
    method,
    url,
    headers: { ...editor, ...(etag && { 'if-match': etag }) },
    payload,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json().data;
}

beforeAll(async () => {
  article = await write('POST', '/articles', {
    headline: 'Lighthouse keepers retire',
    language: 'en',
    body: [{ type: 'paragraph', text: '"The lighthouse will stand," the keeper said.' }],
  });
  quoteId = (
    await write('POST', '/quotes', { articleId: article.id, text: 'The lighthouse will stand,', kind: 'direct' })
  ).id;
  await write('PUT', `/articles/${article.id}/status`, { status: 'published' });
  await write('PUT', `/articles/${article.id}/status`, { status: 'archived' });
});

const ids = async (url: string) =>
  ((await ctx.app.inject(url)).json().data as { id: string; type?: string }[]).map((item) => item.id);

describe('an archived article', () => {
  it('is found by search, with its quotes, marked archived', async () => {
    const response = await ctx.app.inject('/search?q=lighthouse');
    expect(response.statusCode).toBe(200);
    const hits = response.json().data as { type: string; id: string; resource: { status?: string } }[];
    expect(hits.map((hit) => `${hit.type} ${hit.id}`)).toEqual(
      expect.arrayContaining([`article ${article.id}`, `quote ${quoteId}`]),
    );
    expect(hits.find((hit) => hit.id === article.id)?.resource.status).toBe('archived');
  });

  it('is read by id and slug, listed with status=archived, and in the change feed as itself', async () => {
    expect((await ctx.app.inject(`/articles/${article.slug}`)).statusCode).toBe(200);
    expect((await ctx.app.inject(`/quotes/${quoteId}`)).statusCode).toBe(200);
    expect(await ids('/articles?status=archived&limit=100')).toContain(article.id);
    expect(await ids(`/quotes?article=${article.id}`)).toEqual([quoteId]);
    const changes = (await ctx.app.inject('/changes?limit=1000')).json<{ data: { id: string; action: string }[] }>()
      .data;
    const last = changes.filter((change) => change.id === article.id).at(-1);
    expect(last?.action).toBe('update');
  });

  it('is left out of what is current: default lists, quote lists and feeds', async () => {
    expect(await ids('/articles?limit=100')).not.toContain(article.id);
    expect(await ids('/quotes?limit=100')).not.toContain(quoteId);
    const feed = (await ctx.app.inject('/articles/feed.json')).json<{ items: { id: string }[] }>();
    expect(feed.items.map((item) => item.id)).not.toContain(article.id);
  });
});
