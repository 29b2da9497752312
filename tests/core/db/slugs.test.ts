import { describe, expect, it, vi } from 'vitest';
import { chooseSlug } from '../../../src/core/db/slugs.ts';
import { bearer, TEST_STORE, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp({ env: { RATE_LIMIT_MAX: '10000' } });

async function create(headline: string, slug?: string) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: await bearer(ctx.app, 'write'),
    payload: { headline, language: 'en', body: [{ type: 'paragraph', text: 'Text.' }], ...(slug && { slug }) },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ data: { slug: string } }>().data.slug;
}

describe('numbering a slug that is taken', () => {
  it('numbers one past the highest taken, ignoring other slugs that share the start', async () => {
    expect(await create('Breaking news')).toBe('breaking-news');
    expect(await create('Breaking news')).toBe('breaking-news-2');
    await create('Breaking news', 'breaking-news-41');
    await create('Breaking news later', 'breaking-news-later-99');
    await create('Breaking', 'breaking-news-12345678901234567890');
    expect(await create('Breaking news')).toBe('breaking-news-42');
  });

  // It used to try -2, -3 … one query each: the 2,000th article with one headline asked 2,000 times.
  it('asks the database once, however many numbers are taken', async () => {
    for (let i = 0; i < 30; i++) await create('Same headline');
    // Every statement goes through better-sqlite3's prepare(), or the pg pool's query().
    const client = ctx.app.db.$client as unknown as Record<'prepare' | 'query', (...args: unknown[]) => unknown>;
    const statements = vi.spyOn(client, TEST_STORE === 'postgres' ? 'query' : 'prepare');
    try {
      expect(await chooseSlug(ctx.app.db, 'article', { requested: undefined, source: 'Same headline' })).toBe(
        'same-headline-31',
      );
      // Only the statements about slugs: the webhook dispatcher polls in the background.
      const text = (statement: unknown) =>
        typeof statement === 'string' ? statement : (statement as { text: string }).text;
      const aboutSlugs = statements.mock.calls.filter(([statement]: unknown[]) =>
        text(statement).includes('"articles"."slug"'),
      );
      expect(aboutSlugs).toHaveLength(1);
    } finally {
      statements.mockRestore();
    }
  });
});
