import { describe, expect, it, vi } from 'vitest';
import { bearer, getJson, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { mergeSearchIndexes, SEARCH_INDEXES, segmentsOf } from '../../../src/resources/search/index-upkeep.ts';

const ctx = useSeededApp();

const segments = () =>
  Object.fromEntries(SEARCH_INDEXES.map((index) => [index, segmentsOf(ctx.app.db.$client, index)]));

// PostgreSQL keeps its GIN indexes itself; FTS5's segments are SQLite's.
describe.skipIf(TEST_STORE === 'postgres')('search index upkeep on SQLite', () => {
  it('the leading process merges at start what the seed left in several segments', async () => {
    await vi.waitFor(() => expect(Object.values(segments()).every((n) => n <= 1)).toBe(true), { timeout: 5000 });
  });

  it('merges an index that writes left in several segments back into one, and search answers the same', async () => {
    const writer = await bearer(ctx.app, 'write');
    for (let i = 0; i < 12; i += 1) {
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/people',
        headers: writer,
        payload: { name: `Upkeep Testperson${i}` },
      });
      expect(created.statusCode).toBe(201);
    }
    const before = segmentsOf(ctx.app.db.$client, 'people_fts');
    expect(before).toBeGreaterThan(1);
    const search = async () => (await getJson(ctx.app, '/search?q=Upkeep&type=person&limit=50')).body;
    const found = await search();
    expect(found.data).toHaveLength(12);

    expect(await mergeSearchIndexes(ctx.app.db)).toEqual([{ index: 'people_fts', segments: before }]);
    expect(segments()).toEqual(Object.fromEntries(SEARCH_INDEXES.map((index) => [index, expect.any(Number)])));
    expect(Object.values(segments()).every((n) => n <= 1)).toBe(true);
    expect(await search()).toEqual(found);
    // Nothing left to merge: a second pass writes nothing.
    expect(await mergeSearchIndexes(ctx.app.db)).toEqual([]);
  });
});
