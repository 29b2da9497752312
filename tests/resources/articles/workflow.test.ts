import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

const input = {
  headline: 'Ceasefire talks open',
  body: [
    { type: 'paragraph', text: 'Negotiators met on Monday.' },
    { type: 'paragraph', text: '"We will stay as long as it takes," the mediator said.' },
  ],
  language: 'en',
};

async function newDraft() {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: await bearer(ctx.app, 'write'),
    payload: input,
  });
  return { id: response.json().data.id as string, etag: response.headers.etag as string };
}

async function setStatus(id: string, etag: string, body: object) {
  return ctx.app.inject({
    method: 'PUT',
    url: `/articles/${id}/status`,
    headers: { ...(await bearer(ctx.app, 'write')), 'if-match': etag },
    payload: body,
  });
}

describe('editorial workflow', () => {
  it('goes draft → published → archived → published → draft, and refuses moves the workflow does not allow', async () => {
    const { id, etag } = await newDraft();
    const archived = await setStatus(id, etag, { status: 'archived' });
    expect(archived.statusCode).toBe(409);
    expect(archived.json().errors[0]).toMatchObject({ name: 'status' });

    const published = await setStatus(id, etag, { status: 'published' });
    expect(published.statusCode).toBe(200);
    expect(published.json().data.status).toBe('published');
    expect(Date.parse(published.json().data.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await ctx.app.inject(`/articles/${id}`)).statusCode).toBe(200);

    const toArchive = await setStatus(id, published.headers.etag as string, { status: 'archived' });
    expect(toArchive.json().data.status).toBe('archived');
    const again = await setStatus(id, toArchive.headers.etag as string, { status: 'published' });
    expect(again.json().data.publishedAt).toBe(published.json().data.publishedAt);
    const back = await setStatus(id, again.headers.etag as string, { status: 'draft' });
    expect(back.json().data.status).toBe('draft');
    expect((await ctx.app.inject(`/articles/${id}`)).statusCode).toBe(404);
  });

  it('checks publishAt: required to schedule, in the future, and only then', async () => {
    const { id, etag } = await newDraft();
    const missing = await setStatus(id, etag, { status: 'scheduled' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].name).toBe('publishAt');
    const past = await setStatus(id, etag, { status: 'scheduled', publishAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(422);
    const misplaced = await setStatus(id, etag, { status: 'published', publishAt: '2099-01-01T00:00:00Z' });
    expect(misplaced.statusCode).toBe(422);
  });

  it('publishes a scheduled article at its time, without a restart', async () => {
    const { id, etag } = await newDraft();
    const publishAt = new Date(Date.now() + 400).toISOString();
    const scheduled = await setStatus(id, etag, { status: 'scheduled', publishAt });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json().data).toMatchObject({ status: 'scheduled', publishAt });
    expect((await ctx.app.inject(`/articles/${id}`)).statusCode).toBe(404);

    await expect
      .poll(async () => (await ctx.app.inject(`/articles/${id}`)).statusCode, { timeout: 5000, interval: 100 })
      .toBe(200);
    const live = (await ctx.app.inject(`/articles/${id}`)).json().data;
    expect(live).toMatchObject({ status: 'published', publishedAt: publishAt, publishAt: null });
    const revisions = (
      await ctx.app.inject({ url: `/articles/${id}/revisions`, headers: await bearer(ctx.app, 'read:drafts') })
    ).json().data;
    expect(revisions[0]).toMatchObject({ action: 'status:published', author: { keyId: 'scheduler' } });
  });
});

describe('revisions', () => {
  it('records who changed what and when, diffs two revisions and restores one', async () => {
    const writer = await bearer(ctx.app, 'write');
    const { id, etag } = await newDraft();
    const changed = await ctx.app.inject({
      method: 'PATCH',
      url: `/articles/${id}`,
      headers: { ...writer, 'if-match': etag },
      payload: {
        headline: 'Ceasefire talks stall',
        body: [input.body[0], { type: 'paragraph', text: 'No agreement was reached.' }, input.body[1]],
      },
    });
    expect(changed.statusCode).toBe(200);

    const list = await ctx.app.inject({ url: `/articles/${id}/revisions`, headers: writer });
    expect(list.statusCode).toBe(200);
    const revisions = list.json().data;
    expect(revisions.map((r: { number: number; action: string }) => [r.number, r.action])).toEqual([
      [2, 'update'],
      [1, 'create'],
    ]);
    expect(revisions[0].author.name).toBe('test write');
    expect(Date.parse(revisions[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const diff = (await ctx.app.inject({ url: `/articles/${id}/revisions/2/diff`, headers: writer })).json().data;
    expect(diff).toMatchObject({ from: 1, to: 2 });
    expect(diff.fields.map((f: { field: string }) => f.field)).toEqual(['headline', 'body']);
    expect(diff.fields[0]).toEqual({ field: 'headline', from: 'Ceasefire talks open', to: 'Ceasefire talks stall' });
    expect(diff.body).toEqual([
      { change: 'added', index: 1, to: { type: 'paragraph', text: 'No agreement was reached.' } },
    ]);

    const one = (await ctx.app.inject({ url: `/articles/${id}/revisions/1`, headers: writer })).json().data;
    expect(one.article.headline).toBe('Ceasefire talks open');

    const restored = await ctx.app.inject({
      method: 'POST',
      url: `/articles/${id}/revisions/1/restore`,
      headers: { ...writer, 'if-match': changed.headers.etag as string },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().data).toMatchObject({ headline: 'Ceasefire talks open', status: 'draft' });
    const after = (await ctx.app.inject({ url: `/articles/${id}/revisions`, headers: writer })).json().data;
    expect(after[0]).toMatchObject({ number: 3, action: 'restore:1' });
  });

  it('are not public', async () => {
    expect(
      (
        await ctx.app.inject(
          '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia/revisions',
        )
      ).statusCode,
    ).toBe(401);
  });
});

describe('previewing unpublished work', () => {
  it('lists drafts only for a read:drafts key (401 anonymous, 403 without the scope)', async () => {
    const { id } = await newDraft();
    expect((await ctx.app.inject('/articles?status=draft')).statusCode).toBe(401);
    const noScope = await ctx.app.inject({ url: '/articles?status=draft', headers: await bearer(ctx.app) });
    expect(noScope.statusCode).toBe(403);
    const preview = await ctx.app.inject({
      url: '/articles?status=draft&limit=100',
      headers: await bearer(ctx.app, 'read:drafts'),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().data.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('shows a draft’s quotes to a read:drafts key only', async () => {
    const { id } = await newDraft();
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/quotes',
      headers: await bearer(ctx.app, 'write'),
      payload: { articleId: id, text: 'We will stay as long as it takes,', kind: 'direct' },
    });
    expect(created.statusCode).toBe(201);
    const url = `/quotes/${created.json().data.id}`;
    expect((await ctx.app.inject(url)).statusCode).toBe(404);
    expect((await ctx.app.inject({ url, headers: await bearer(ctx.app, 'read:drafts') })).statusCode).toBe(200);
    const embedded = await ctx.app.inject({
      url: `/articles/${id}?include=quotes`,
      headers: await bearer(ctx.app, 'read:drafts'),
    });
    expect(embedded.json().data.quotes).toHaveLength(1);
  });
});

describe('publication dates', () => {
  it('refuses a future publishedAt (that is what scheduling is for) and applies a correction to a published article', async () => {
    const { id, etag } = await newDraft();
    const future = await setStatus(id, etag, { status: 'published', publishedAt: '2099-01-01T00:00:00Z' });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].name).toBe('publishedAt');
    const published = await setStatus(id, etag, { status: 'published' });
    const redated = await setStatus(id, published.headers.etag as string, {
      status: 'published',
      publishedAt: '2024-05-01T09:00:00Z',
    });
    expect(redated.statusCode).toBe(200);
    expect(redated.json().data.publishedAt).toBe('2024-05-01T09:00:00.000Z');
  });
});

describe('the public change feed', () => {
  const changesAbout = async (id: string) =>
    ((await ctx.app.inject('/changes?limit=1000')).json().data as { id: string; action: string }[]).filter(
      (change) => change.id === id,
    );

  it('never shows a draft that was never published, and tombstones one that was', async () => {
    const { id, etag } = await newDraft();
    expect(await changesAbout(id)).toEqual([]);
    const published = await setStatus(id, etag, { status: 'published' });
    expect((await changesAbout(id)).map((c) => c.action)).toContain('update');
    await setStatus(id, published.headers.etag as string, { status: 'draft' });
    const after = await changesAbout(id);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c) => c.action === 'delete')).toBe(true);
  });
});
