import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

/**
 * An old slug redirects to the current one only for those who may see the resource: a redirect
 * tells that it exists and what it is called now. For anyone else an old slug is as unknown as
 * any other (404, no Location).
 */
const ctx = useSeededApp();

async function write(method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) {
  const editor = await bearer(ctx.app, 'write');
  const target = url.replace(/\/status$/, '');
  const etag =
    method === 'POST' ? undefined : ((await ctx.app.inject({ url: target, headers: editor })).headers.etag as string);
  const response = await ctx.app.inject({
    method,
    url,
    headers: { ...editor, ...(etag && { 'if-match': etag }) },
    payload,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json().data;
}

async function renamedArticle(slug: string) {
  const article = await write('POST', '/articles', {
    headline: 'Harbour talks resume',
    slug,
    language: 'en',
    body: [{ type: 'paragraph', text: 'Talks resumed at the harbour.' }],
  });
  await write('PATCH', `/articles/${article.id}`, { slug: `${slug}-renamed` });
  return article.id as string;
}

/** What an anonymous reader and an editor get for `path`. */
async function both(path: string) {
  const anonymous = await ctx.app.inject(path);
  const editor = await ctx.app.inject({ url: path, headers: await bearer(ctx.app, 'read:drafts') });
  return { anonymous, editor };
}

function expectHidden(response: { statusCode: number; headers: Record<string, unknown>; body: string }, slug: string) {
  expect(response.statusCode).toBe(404);
  expect(response.headers.location).toBeUndefined();
  expect(response.body).not.toContain(`${slug}-renamed`);
}

describe('an old slug', () => {
  it('of a draft redirects editors only', async () => {
    await renamedArticle('harbour-draft');
    const { anonymous, editor } = await both('/articles/harbour-draft?include=quotes');
    expectHidden(anonymous, 'harbour-draft');
    expect(editor.statusCode).toBe(301);
    expect(editor.headers.location).toBe('/articles/harbour-draft-renamed?include=quotes');
  });

  it('of a scheduled article redirects editors only', async () => {
    const id = await renamedArticle('harbour-later');
    await write('PUT', `/articles/${id}/status`, { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z' });
    const { anonymous, editor } = await both('/articles/harbour-later');
    expectHidden(anonymous, 'harbour-later');
    expect(editor.statusCode).toBe(301);
  });

  it('of a published article redirects everyone, and stops when it is withdrawn', async () => {
    const id = await renamedArticle('harbour-news');
    await write('PUT', `/articles/${id}/status`, { status: 'published' });
    const published = await ctx.app.inject('/articles/harbour-news');
    expect(published.statusCode).toBe(301);
    expect(published.headers.location).toBe('/articles/harbour-news-renamed');
    await write('PUT', `/articles/${id}/status`, { status: 'archived' });
    expect((await ctx.app.inject('/articles/harbour-news')).statusCode).toBe(301);
    await write('PUT', `/articles/${id}/status`, { status: 'published' });
    await write('PUT', `/articles/${id}/status`, { status: 'draft' });
    expectHidden(await ctx.app.inject('/articles/harbour-news'), 'harbour-news');
  });

  it('of an unconfirmed entity redirects editors only, on every sub-route; once confirmed, everyone', async () => {
    for (const [path, input] of [
      ['people', { name: 'Harbour Master' }],
      ['places', { name: 'Harbour Town', kind: 'city' }],
      ['organisations', { name: 'Harbour Board', kind: 'authority' }],
    ] as const) {
      const entity = await write('POST', `/${path}`, { ...input, suggested: true });
      const old = entity.slug as string;
      await write('PATCH', `/${path}/${entity.id}`, { slug: `${old}-renamed` });
      for (const sub of ['', '/articles', '/feed.json', ...(path === 'places' ? [] : ['/quotes'])]) {
        const { anonymous, editor } = await both(`/${path}/${old}${sub}`);
        expectHidden(anonymous, old);
        expect(editor.statusCode, `${path}${sub}`).toBe(301);
        expect(editor.headers.location).toBe(`/${path}/${old}-renamed${sub}`);
      }
      await write('PATCH', `/${path}/${entity.id}`, { suggested: false });
      const confirmed = await ctx.app.inject(`/${path}/${old}`);
      expect(confirmed.statusCode).toBe(301);
      expect(confirmed.headers.location).toBe(`/${path}/${old}-renamed`);
    }
  });
});
