import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();

/** Follows `links.next` from `url` to the last page, returning every item in order. */
async function readAllPages(url: string) {
  const items: any[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const { status, body, response }: { status: number; body: any; response: any } = await getJson(
      ctx.app,
      next.replace(/^https?:\/\/[^/]+/, ''),
    );
    expect(status).toBe(200);
    if (body.links.next) expect(response.headers.link).toContain(`<${body.links.next}>; rel="next"`);
    items.push(...body.data);
    next = body.links.next;
    pages += 1;
  }
  return { items, pages };
}

describe('GET /quotes', () => {
  it('pages through every quote exactly once, in reading order', async () => {
    const { items, pages } = await readAllPages('/quotes?limit=5');
    expect(pages).toBe(4);
    expect(items).toHaveLength(18);
    expect(new Set(items.map((q) => q.id)).size).toBe(18);
    const starts = items.map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('carries the page size and cursor in meta, and the last page has no next link', async () => {
    const first = await getJson(ctx.app, '/quotes?limit=10');
    expect(first.body.meta).toEqual({ limit: 10, count: 10, nextCursor: expect.any(String), prevCursor: null });
    expect(first.body.links.next).toContain(`cursor=${first.body.meta.nextCursor}`);
    const second = await getJson(ctx.app, `/quotes?limit=10&cursor=${first.body.meta.nextCursor}`);
    expect(second.body.meta).toEqual({ limit: 10, count: 8, nextCursor: null, prevCursor: expect.any(String) });
    expect(second.body.links.next).toBeNull();
    expect(second.response.headers.link).toBe(`<${second.body.links.prev}>; rel="prev"`);
    const back = await getJson(ctx.app, `/quotes?limit=10&cursor=${second.body.meta.prevCursor}`);
    expect(back.body.data).toEqual(first.body.data);
    expect(back.body.meta.prevCursor).toBeNull();
  });

  it('embeds each speaker with include=speaker', async () => {
    const { body } = await getJson(ctx.app, '/quotes?limit=100&include=speaker');
    for (const quote of body.data) {
      expect(quote.speaker.id).toBe(quote.speakerId);
    }
    const nato = body.data.find((q: { text: string }) => q.text === 'decisive enabler');
    expect(nato).toMatchObject({ kind: 'partial', speakerType: 'organisation', speaker: { slug: 'nato' } });
  });

  it('rejects a cursor it did not issue', async () => {
    const forged = Buffer.from(JSON.stringify(['x'])).toString('base64url');
    for (const cursor of [forged, '%%%', 'e30']) {
      const { status, body } = await getJson(ctx.app, `/quotes?cursor=${cursor}`);
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({ location: 'query', name: 'cursor' });
    }
  });
});

describe('GET /quotes?article=', () => {
  const slug = 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';
  const setStatus = (status: string) =>
    sqlOf(ctx.app.db).run('UPDATE articles SET status = $1 WHERE slug = $2', status, slug);
  const list = (headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url: `/quotes?article=${slug}&limit=100`, headers });

  it("lists an archived article's quotes to anyone: it is public", async () => {
    await setStatus('archived');
    try {
      const response = await list();
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toHaveLength(18);
    } finally {
      await setStatus('published');
    }
  });

  it("lists a draft's quotes only to an editor", async () => {
    await setStatus('draft');
    try {
      const anonymous = await list();
      expect(anonymous.statusCode).toBe(400);
      expect(anonymous.json().errors[0]).toMatchObject({ name: 'article' });
      const editor = await list(await bearer(ctx.app, 'read:drafts'));
      expect(editor.statusCode).toBe(200);
      expect(editor.json().data).toHaveLength(18);
      const embedded = await ctx.app.inject({
        method: 'GET',
        url: `/quotes?article=${slug}&include=article&limit=1`,
        headers: await bearer(ctx.app, 'read:drafts'),
      });
      expect(embedded.json().data[0].article).toMatchObject({ slug, status: 'draft' });
      expect(editor.headers['cache-control']).toBe('private, no-store');
      // Without `article=`, lists stay what the public sees.
      const all = await ctx.app.inject({
        method: 'GET',
        url: '/quotes',
        headers: await bearer(ctx.app, 'read:drafts'),
      });
      expect(all.json().data).toHaveLength(0);
    } finally {
      await setStatus('published');
    }
  });
});

describe('GET /quotes/{id}', () => {
  it('returns a quote with its speaker mention, channel and date, and embeds speaker and article', async () => {
    const list = await getJson(ctx.app, '/quotes?limit=100');
    const post = list.body.data.find((q: { channel: string | null }) => q.channel === 'post on X');
    const { status, body } = await getJson(ctx.app, `/quotes/${post.id}?include=speaker,article`);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      id: post.id,
      kind: 'direct',
      speakerType: 'person',
      speaker: { slug: 'andrii-sybiha', name: 'Andrii Sybiha' },
      article: { slug: expect.stringContaining('zelensky-says') },
      text: expect.stringMatching(/^Chinese citizens fighting as part of Russia’s invasion army/),
    });
    expect(body.data.article).not.toHaveProperty('body');

    const zelenskyPost = list.body.data.find((q: { text: string }) => q.text.startsWith('Our military'));
    expect(zelenskyPost).toMatchObject({ channel: 'social media post', saidAt: '2025-04-08' });
    expect(zelenskyPost.saidAtSource).toEqual(expect.any(String));
  });

  it('answers 404 for an unknown quote', async () => {
    const { status, body } = await getJson(ctx.app, '/quotes/quo_aaaaaaaaaaaaaaaaaaaa');
    expect(status).toBe(404);
    expect(body.type).toBe('/problems/not-found');
  });
});
