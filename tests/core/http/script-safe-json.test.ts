import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

/**
 * JSON-LD is embedded in pages as `<script type="application/ld+json">…</script>`: a raw
 * `</script>` in a headline would end the element and run what follows. Every JSON body escapes
 * `<` as `\u003c`, which parses back to the same text.
 */
const ctx = useSeededApp();
const HEADLINE = 'Inquiry </script><script>alert(1)</script> opens';
const TEXT = '"It ends here <!-- or does it", the chair said </script>.';
let slug = '';

beforeAll(async () => {
  const editor = await bearer(ctx.app, 'write');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: editor,
    payload: { headline: HEADLINE, language: 'en', body: [{ type: 'paragraph', text: TEXT }] },
  });
  expect(created.statusCode).toBe(201);
  slug = created.json().data.slug;
  const published = await ctx.app.inject({
    method: 'PUT',
    url: `/articles/${slug}/status`,
    headers: { ...editor, 'if-match': created.headers.etag as string },
    payload: { status: 'published' },
  });
  expect(published.statusCode).toBe(200);
});

describe('JSON bodies', () => {
  it.each([
    ['JSON-LD', () => `/articles/${slug}?format=jsonld`, 'application/ld+json'],
    ['ninjs', () => `/articles/${slug}?format=ninjs`, 'application/vnd.iptc.ninjs+json'],
    ['the stored article document', () => `/articles/${slug}`, 'application/json'],
    ['an article built on request', () => `/articles/${slug}?include=mentions`, 'application/json'],
    ['a list', () => '/articles?q=inquiry', 'application/json'],
    ['search, with its <mark>s', () => '/search?q=inquiry', 'application/json'],
    ['JSON Feed', () => '/articles/feed.json', 'application/feed+json'],
    ['a problem', () => '/search?q=%3C%2Fscript%3E', 'application/problem+json'],
  ])('never contain a raw "<": %s', async (_name, url, type) => {
    const response = await ctx.app.inject(url());
    expect(response.headers['content-type']).toContain(type);
    expect(response.body).not.toContain('<');
    expect(response.body).toContain('\\u003c');
    // Parsed, the values hold their "<" as written.
    expect(JSON.stringify(response.json())).toContain('<');
  });

  it('keep JSON-LD embeddable: the document parses back to the headline and text as written', async () => {
    const jsonld = (await ctx.app.inject(`/articles/${slug}?format=jsonld`)).json();
    expect(jsonld.headline).toBe(HEADLINE);
    expect(jsonld.articleBody).toBe(TEXT);
  });
});
