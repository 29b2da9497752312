import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { chooseSlug, retireSlug } from '../../../src/core/db/slugs.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow } from '../../support/store-rows.ts';

// Slugs, written once, on both stores: the same numbering (no GLOB on PostgreSQL), the same conflicts.
const stores = useBothStores();

const withSlugs = (db: Db, slugs: string[]) =>
  inTransaction(db, (tx) =>
    tx.insert(tx.tables.articles).values(slugs.map((slug) => ({ ...articleRow(`art_${slug}`), slug }))),
  );

const headline = (source: string, exceptId?: string) => ({ requested: undefined, source, exceptId });

describe.each(stores)('slugs on %s', (_store, db) => {
  it('number one past the highest taken, ignoring other slugs that share the start', async () => {
    expect(await chooseSlug(db(), 'article', headline('Breaking news'))).toBe('breaking-news');
    await withSlugs(db(), ['breaking-news']);
    expect(await chooseSlug(db(), 'article', headline('Breaking news'))).toBe('breaking-news-2');
    await withSlugs(db(), ['breaking-news-41', 'breaking-news-later-99', 'breaking-news-12345678901234567890']);
    await withSlugs(db(), ['breaking-news-4x1', 'breaking-news-']);
    expect(await chooseSlug(db(), 'article', headline('Breaking news'))).toBe('breaking-news-42');
    // The article being renamed does not count against itself.
    expect(await chooseSlug(db(), 'article', headline('Breaking news', 'art_breaking-news-41'))).toBe(
      'breaking-news-2',
    );
    expect(await chooseSlug(db(), 'article', headline('Łódź: Zelenskyy’s visit'))).toBe('lodz-zelenskyys-visit');
    expect(await chooseSlug(db(), 'person', headline('Breaking news'))).toBe('breaking-news');
  });

  it('refuse a slug the client chose that is taken, except by the resource itself', async () => {
    await expect(chooseSlug(db(), 'article', { requested: 'breaking-news', source: 'x' })).rejects.toMatchObject({
      status: 409,
      code: 'slug-taken',
      errors: [{ location: 'body', name: 'slug', detail: 'is already taken' }],
    });
    expect(
      await chooseSlug(db(), 'article', { requested: 'breaking-news', source: 'x', exceptId: 'art_breaking-news' }),
    ).toBe('breaking-news');
    expect(await chooseSlug(db(), 'article', { requested: 'fresh', source: 'x' })).toBe('fresh');
  });

  it('retire an old slug to the resource, and to whichever resource holds it last', async () => {
    await inTransaction(db(), (tx) => retireSlug(tx, 'article', 'old-news', 'art_breaking-news'));
    await inTransaction(db(), (tx) => retireSlug(tx, 'article', 'old-news', 'art_breaking-news-41'));
    const { slugRedirects } = db().tables;
    expect(
      await db()
        .select({ type: slugRedirects.resourceType, to: slugRedirects.resourceId })
        .from(slugRedirects)
        .where(eq(slugRedirects.slug, 'old-news')),
    ).toEqual([{ type: 'article', to: 'art_breaking-news-41' }]);
  });
});
