import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

/**
 * Keyset pagination over sort keys that may be NULL: a draft has no `publishedAt`, and the
 * default sort of articles and quotes is by it. Every row must come exactly once going forward,
 * and the same rows in the same order walking back from the last page.
 */

const ctx = useSeededApp();
let editor: { authorization: string };
const draftIds: string[] = [];

const COPY = [
  'Talks resumed in Geneva on Monday.',
  '"We will stay as long as it takes," the mediator said.',
  '"Nothing is agreed until everything is agreed," Andrii Sybiha said.',
  '"The door remains open," Volodymyr Zelensky said.',
].join('\n\n');

beforeAll(async () => {
  editor = await bearer(ctx.app, 'write');
  for (let n = 0; n < 5; n++) {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/ingest',
      headers: editor,
      payload: { text: COPY, headline: `Geneva talks, part ${n}` },
    });
    expect(response.statusCode).toBe(201);
    draftIds.push(response.json().data.article.id);
  }
});

interface Page {
  data: { id: string }[];
  meta: { nextCursor: string | null; prevCursor: string | null; total?: number };
}

async function page(url: string): Promise<Page> {
  const response = await ctx.app.inject({ method: 'GET', url, headers: editor });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
}

const withCursor = (url: string, cursor: string) => `${url}&cursor=${encodeURIComponent(cursor)}`;

/** Every id forward, page by page; then every id again walking back from the last page. */
async function walk(url: string): Promise<{ forward: string[]; backward: string[]; total: number }> {
  let current = await page(`${url}&total=true`);
  const total = current.meta.total ?? -1;
  const forward = current.data.map((item) => item.id);
  let pages = 0;
  while (current.meta.nextCursor && pages++ < 100) {
    current = await page(withCursor(url, current.meta.nextCursor));
    forward.push(...current.data.map((item) => item.id));
  }
  const backward = current.data.map((item) => item.id);
  pages = 0;
  while (current.meta.prevCursor && pages++ < 100) {
    current = await page(withCursor(url, current.meta.prevCursor));
    backward.unshift(...current.data.map((item) => item.id));
  }
  return { forward, backward, total };
}

async function expectEveryRowOnce(url: string) {
  const { forward, backward, total } = await walk(url);
  expect(total).toBeGreaterThan(2);
  expect(forward).toHaveLength(total);
  expect(new Set(forward).size).toBe(total);
  expect(backward).toEqual(forward);
}

describe('paging over a sort key that may be NULL', () => {
  it.each(['-publishedAt', 'publishedAt', 'headline', '-updatedAt'])(
    'pages drafts and published articles together by %s, each exactly once, both ways',
    async (sort) => {
      await expectEveryRowOnce(`/articles?status=draft&status=published&limit=2&sort=${sort}`);
    },
  );

  it('pages drafts alone (all NULL) exactly once', async () => {
    await expectEveryRowOnce('/articles?status=draft&limit=2');
  });

  it('orders NULLs explicitly: last newest-first, first oldest-first', async () => {
    const newest = await walk('/articles?status=draft&status=published&limit=3&sort=-publishedAt');
    expect(new Set(newest.forward.slice(-draftIds.length))).toEqual(new Set(draftIds));
    const oldest = await walk('/articles?status=draft&status=published&limit=3&sort=publishedAt');
    expect(new Set(oldest.forward.slice(0, draftIds.length))).toEqual(new Set(draftIds));
  });

  it.each(['-publishedAt', 'publishedAt'])("pages a draft's quotes by %s one at a time", async (sort) => {
    await expectEveryRowOnce(`/quotes?article=${draftIds[0]}&limit=1&sort=${sort}`);
  });

  it('pages the quotes of drafts and a published article together', async () => {
    const published = (await page('/articles?limit=1')).data[0]?.id ?? '';
    await expectEveryRowOnce(`/quotes?article=${draftIds[1]}&article=${draftIds[2]}&article=${published}&limit=4`);
  });

  it('refuses a NULL in a cursor position that cannot be NULL', async () => {
    const cursor = Buffer.from(JSON.stringify({ s: 'people:name', v: [null, 'per_x'] })).toString('base64url');
    const response = await ctx.app.inject({ method: 'GET', url: `/people?cursor=${cursor}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].name).toBe('cursor');
  });
});
