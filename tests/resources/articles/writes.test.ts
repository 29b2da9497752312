import { inTransaction } from '../../../src/core/db/transaction.ts';
import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

const draft = {
  headline: 'Зеленський: talks resume in Geneva',
  body: [
    { type: 'paragraph', text: 'Talks resumed in Geneva on Monday, officials said.' },
    { type: 'heading', text: 'What comes next' },
    { type: 'paragraph', text: '"We are ready to listen," the envoy said.' },
  ],
  language: 'en',
};

async function create(body: object = draft) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: await bearer(ctx.app, 'write'),
    payload: body,
  });
  return response;
}

describe('creating an article', () => {
  it('answers 201 with the draft, its Location and ETag; the slug is transliterated and unique', async () => {
    const first = await create();
    expect(first.statusCode).toBe(201);
    const { data } = first.json();
    expect(first.headers.location).toBe(`/articles/${data.id}`);
    expect(first.headers.etag).toMatch(/^"[0-9a-z]+\.[\w-]+"$/);
    expect(data).toMatchObject({ status: 'draft', slug: 'zelenskiy-talks-resume-in-geneva', publishedAt: null });
    expect(data.plainText).toBe(draft.body.map((block) => block.text).join('\n\n'));
    const third = draft.body[0]!.text.length + 2 + draft.body[1]!.text.length + 2;
    expect(data.body[2]).toMatchObject({ start: third, end: third + draft.body[2]!.text.length });
    expect(data.wordCount).toBe(19);

    const second = await create();
    expect(second.json().data.slug).toBe('zelenskiy-talks-resume-in-geneva-2');
  });

  it('keeps drafts from anonymous readers and shows them to a read:drafts key', async () => {
    const { data } = (await create()).json();
    expect((await ctx.app.inject(`/articles/${data.id}`)).statusCode).toBe(404);
    const list = await ctx.app.inject('/articles?limit=100');
    expect(list.json().data.map((a: { id: string }) => a.id)).not.toContain(data.id);
    const preview = await ctx.app.inject({
      url: `/articles/${data.id}`,
      headers: await bearer(ctx.app, 'read:drafts'),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
  });

  it('names a slug that is taken (409), never a database error', async () => {
    const response = await create({
      ...draft,
      slug: 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([{ location: 'body', name: 'slug', detail: 'is already taken' }]);
  });
});

describe('bad input changes nothing and says what is wrong', () => {
  const write = () => bearer(ctx.app, 'write');

  it.each([
    ['an unknown field', { ...draft, colour: 'red' }, 'colour'],
    ['a server-owned id', { ...draft, id: 'art_x' }, 'id'],
    ['a status (the workflow sets it)', { ...draft, status: 'published' }, 'status'],
    ['a timestamp', { ...draft, createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
    ['null for a required string (never coerced to "")', { ...draft, headline: null }, 'headline'],
    ['a number for a string (never coerced)', { ...draft, language: 5 }, 'language'],
    ['a string for a boolean (never coerced)', { ...draft, headlineEditorial: 'true' }, 'headlineEditorial'],
    ['an empty body', { ...draft, body: [] }, 'body'],
  ])('%s → 400 naming it', async (_name, payload, field) => {
    const before = (await ctx.app.inject({ url: '/changes?limit=1000' })).json().data.length;
    const response = await ctx.app.inject({ method: 'POST', url: '/articles', headers: await write(), payload });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { name: string }) => e.name)).toContain(field);
    expect((await ctx.app.inject({ url: '/changes?limit=1000' })).json().data.length).toBe(before);
  });

  it('names every invalid field at once', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers: await write(),
      payload: { headline: '', body: [{ type: 'table', text: 'x' }], language: 'English', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const names = response.json().errors.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['headline', 'body.0.type', 'language', 'extra']));
  });

  it('refuses a body that is not JSON (415), malformed JSON (400) and one over the limit (413)', async () => {
    const text = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers: { ...(await write()), 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toContain('application/problem+json');
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers: { ...(await write()), 'content-type': 'application/json' },
      payload: '{"headline": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().detail).not.toMatch(/at position|SyntaxError|node_modules/);
    const huge = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers: { ...(await write()), 'content-type': 'application/json' },
      payload: JSON.stringify({ ...draft, standfirst: 'x'.repeat(3_000_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
  });
});

describe('changing an article', () => {
  it('needs If-Match (428), refuses a stale one (412) and accepts the current one', async () => {
    const created = await create();
    const { data } = created.json();
    const etag = created.headers.etag as string;
    const url = `/articles/${data.id}`;
    const headers = await bearer(ctx.app, 'write');
    const change = { ...draft, headline: 'Talks resume' };

    const missing = await ctx.app.inject({ method: 'PUT', url, headers, payload: change });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().errors[0]).toMatchObject({ location: 'header', name: 'If-Match' });

    const ok = await ctx.app.inject({ method: 'PUT', url, headers: { ...headers, 'if-match': etag }, payload: change });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.headline).toBe('Talks resume');
    expect(ok.headers.etag).not.toBe(etag);

    const stale = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...headers, 'if-match': etag },
      payload: { headline: 'Lost update' },
    });
    expect(stale.statusCode).toBe(412);
    expect((await ctx.app.inject({ url, headers })).json().data.headline).toBe('Talks resume');
  });

  it('lets one of several changes sent at once with the same If-Match through, and refuses the rest (412)', async () => {
    const created = await create();
    const { data } = created.json();
    const headers = { ...(await bearer(ctx.app, 'write')), 'if-match': created.headers.etag as string };
    // Another write holds the writer while all five arrive, so that all five wait for it at once.
    let release = () => {};
    const holding = inTransaction(ctx.app.db, () => new Promise<void>((resolve) => (release = resolve)));
    const answers = Promise.all(
      ['First', 'Second', 'Third', 'Fourth', 'Fifth'].map((word) =>
        ctx.app.inject({
          method: 'PATCH',
          url: `/articles/${data.id}`,
          headers,
          payload: { headline: `${word} writer wins` },
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await holding;
    const statuses = (await answers).map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412]);
    const winner = (await answers).find((answer) => answer.statusCode === 200)?.json().data.headline;
    expect((await ctx.app.inject({ url: `/articles/${data.id}`, headers })).json().data.headline).toBe(winner);
  });

  it('takes an ETag from any GET of the article (gzip, fields) as the version', async () => {
    const { data } = (await create()).json();
    const headers = await bearer(ctx.app, 'write');
    const read = await ctx.app.inject({
      url: `/articles/${data.id}?fields=headline`,
      headers: { ...headers, 'accept-encoding': 'gzip' },
    });
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/articles/${data.id}`,
      headers: { ...headers, 'if-match': read.headers.etag as string, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ standfirst: 'Geneva talks resume.', credit: null }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data).toMatchObject({ standfirst: 'Geneva talks resume.', credit: null });
  });

  it('keeps the old slug working with a 301 to the new one', async () => {
    const created = await create();
    const { data } = created.json();
    const headers = { ...(await bearer(ctx.app, 'write', 'read:drafts')), 'if-match': created.headers.etag as string };
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/articles/${data.slug}`,
      headers,
      payload: { slug: 'geneva-talks' },
    });
    expect(renamed.json().data.slug).toBe('geneva-talks');
    const old = await ctx.app.inject({ url: `/articles/${data.slug}?fields=headline`, headers });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/articles/geneva-talks?fields=headline');
  });

  it('moves quotes and mentions with their words, and refuses to orphan a quote', async () => {
    const article = await ctx.app.inject('/articles?limit=1');
    const seed = article.json().data[0];
    const headers = await bearer(ctx.app, 'write');
    const full = (await ctx.app.inject(`/articles/${seed.id}?include=quotes,mentions`)).json().data;
    const blocks = full.body.map(({ type, text }: { type: string; text: string }) => ({ type, text }));
    const input = { headline: full.headline, body: blocks, language: full.language, headlineEditorial: true };

    const withIntro = { ...input, body: [{ type: 'paragraph', text: 'Editor’s note: updated.' }, ...blocks] };
    const etag = (await ctx.app.inject(`/articles/${seed.id}`)).headers.etag as string;
    const moved = await ctx.app.inject({
      method: 'PUT',
      url: `/articles/${seed.id}`,
      headers: { ...headers, 'if-match': etag },
      payload: {
        ...withIntro,
        standfirst: full.standfirst,
        credit: full.credit,
        publishedAtSource: full.publishedAtSource,
      },
    });
    expect(moved.statusCode).toBe(200);
    const after = (await ctx.app.inject(`/articles/${seed.id}?include=quotes,mentions`)).json().data;
    expect(after.quotes).toHaveLength(full.quotes.length);
    for (const quote of after.quotes) expect(after.plainText.slice(quote.start, quote.end)).toBe(quote.text);
    for (const mention of after.mentions) expect(after.plainText.slice(mention.start, mention.end)).toBe(mention.text);
    expect(after.mentions).toHaveLength(full.mentions.length);

    const firstQuote = full.quotes[0];
    const without = blocks.map((block: { type: string; text: string }) => ({
      ...block,
      text: block.text.replace(firstQuote.text, 'something else'),
    }));
    const orphaning = await ctx.app.inject({
      method: 'PUT',
      url: `/articles/${seed.id}`,
      headers: { ...headers, 'if-match': moved.headers.etag as string },
      payload: { ...input, body: without },
    });
    expect(orphaning.statusCode).toBe(409);
    expect(orphaning.json().detail).toContain(firstQuote.id);
    expect((await ctx.app.inject(`/articles/${seed.id}`)).json().data.plainText).toBe(after.plainText);
  });

  it('deletes with If-Match, then answers 404', async () => {
    const created = await create();
    const { data } = created.json();
    const headers = await bearer(ctx.app, 'write');
    const url = `/articles/${data.id}`;
    expect((await ctx.app.inject({ method: 'DELETE', url, headers })).statusCode).toBe(428);
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url,
      headers: { ...headers, 'if-match': created.headers.etag as string },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await ctx.app.inject({ url, headers })).statusCode).toBe(404);
  });
});
