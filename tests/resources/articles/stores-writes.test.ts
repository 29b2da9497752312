import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { findRevision, listRevisions } from '../../../src/resources/articles/revisions/repository.ts';
import {
  changeStatus,
  createArticle,
  deleteArticle,
  editorView,
  findArticleRow,
  nextPublishAt,
  publishDue,
  updateArticle,
} from '../../../src/resources/articles/write-repository.ts';
import { readChanges } from '../../../src/resources/changes/repository.ts';
import { createEntity } from '../../../src/resources/entity/repository.ts';
import { STORES } from '../../../src/resources/entity/stores.ts';
import { createQuote, editorQuote } from '../../../src/resources/quotes/write-repository.ts';
import type { ArticleInput } from '../../../src/resources/inputs.ts';
import { useBothStores } from '../../support/stores.ts';

// Article writes, written once, on both stores: the same slugs, revisions, workflow, scheduler and
// re-anchoring, and the same rows the triggers derive (the change feed, article_places).
const stores = useBothStores();
const DESK = { id: 'key_desk', name: 'Day desk' };

const input = (text: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  headline: 'Minister visits Lviv',
  language: 'en',
  body: [{ type: 'paragraph', text }],
  ...extra,
});

async function current(db: Db, key: string) {
  const row = await findArticleRow(db, key);
  if (!row) throw new Error(`no article ${key}`);
  return row;
}

async function placesOf(db: Db, articleId: string) {
  const { articlePlaces } = db.tables;
  return db
    .select({ placeId: articlePlaces.placeId, status: articlePlaces.status })
    .from(articlePlaces)
    .where(eq(articlePlaces.articleId, articleId))
    .orderBy(articlePlaces.placeId);
}

describe.each(stores)('article writes on %s', (_store, db) => {
  it('create drafts with unique slugs and a first revision', async () => {
    const id = await createArticle(db(), input('The minister said "we will see" in Lviv.'), DESK);
    const twin = await createArticle(db(), input('Another text.'), null);
    expect(await editorView(db(), id)).toMatchObject({
      slug: 'minister-visits-lviv',
      status: 'draft',
      plainText: 'The minister said "we will see" in Lviv.',
      wordCount: 8,
      headlineEditorial: false,
      publishedAt: null,
    });
    expect((await editorView(db(), twin))?.slug).toBe('minister-visits-lviv-2');
    expect(await listRevisions(db(), id)).toMatchObject([
      { number: 1, action: 'create', author: { keyId: 'key_desk', name: 'Day desk' } },
    ]);
    await expect(createArticle(db(), input('x', { slug: 'minister-visits-lviv' }), null)).rejects.toMatchObject({
      status: 409,
      code: 'slug-taken',
    });
  });

  it('move quotes and mentions with the text, refuse to orphan a quote, and keep article_places', async () => {
    const article = await current(db(), 'minister-visits-lviv');
    const lviv = await createEntity(db(), STORES.place, { name: 'Lviv', kind: 'city' });
    const quote = await createQuote(db(), { articleId: article.id, text: 'we will see', kind: 'direct' });
    await inTransaction(db(), (tx) =>
      tx.insert(tx.tables.mentions).values({ articleId: article.id, placeId: lviv, startOffset: 35, endOffset: 39 }),
    );
    expect(await placesOf(db(), article.id)).toEqual([{ placeId: lviv, status: 'draft' }]);

    await updateArticle(
      db(),
      article,
      input('Today the minister said "we will see" in Lviv.', { slug: 'lviv-visit' }),
      DESK,
    );
    expect(await editorQuote(db(), quote)).toMatchObject({ start: 25, end: 36 });
    const { mentions, slugRedirects } = db().tables;
    expect(
      await db()
        .select({ start: mentions.startOffset, end: mentions.endOffset })
        .from(mentions)
        .where(eq(mentions.articleId, article.id)),
    ).toEqual([{ start: 41, end: 45 }]);
    expect(
      await db()
        .select({ slug: slugRedirects.slug })
        .from(slugRedirects)
        .where(eq(slugRedirects.resourceId, article.id)),
    ).toEqual([{ slug: 'minister-visits-lviv' }]);

    const updated = await current(db(), article.id);
    await expect(updateArticle(db(), updated, input('Nothing was said.'), DESK)).rejects.toMatchObject({
      status: 409,
      code: 'quotes-orphaned',
    });
    // A mention whose words are gone goes, and the article is no longer about the place.
    await updateArticle(db(), updated, input('Today the minister said "we will see".'), DESK);
    expect(await placesOf(db(), article.id)).toEqual([]);
    expect((await listRevisions(db(), article.id)).map((r) => r.action)).toEqual(['update', 'update', 'create']);
  });

  it('publish, schedule and let the scheduler publish, with the change feed and revisions to match', async () => {
    const article = await current(db(), 'lviv-visit');
    await changeStatus(db(), article, { status: 'published' }, DESK);
    expect(await editorView(db(), article.id)).toMatchObject({ status: 'published', publishAt: null });
    await expect(
      changeStatus(
        db(),
        await current(db(), article.id),
        { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z' },
        DESK,
      ),
    ).rejects.toMatchObject({ status: 409, code: 'invalid-transition' });

    const other = await current(db(), 'minister-visits-lviv-2');
    const now = new Date('2026-06-01T10:00:00Z');
    await changeStatus(db(), other, { status: 'scheduled', publishAt: '2026-06-01T12:00:00+01:00' }, DESK, now);
    expect(await nextPublishAt(db())).toBe('2026-06-01T11:00:00.000Z');
    expect(await publishDue(db(), new Date('2026-06-01T10:59:59Z'))).toBe(0);
    expect(await publishDue(db(), new Date('2026-06-01T11:00:00Z'))).toBe(1);
    expect(await editorView(db(), other.id)).toMatchObject({
      status: 'published',
      publishAt: null,
      publishedAt: '2026-06-01T11:00:00.000Z',
    });
    expect(await nextPublishAt(db())).toBeUndefined();
    expect(await findRevision(db(), other.id, 3)).toMatchObject({
      action: 'status:published',
      author: { keyId: 'scheduler', name: 'scheduler' },
    });

    // Every write to an article that is public now is in the feed, in commit order (its drafts too).
    const { items } = await readChanges(db(), undefined, 100, ['article']);
    expect(items.map(({ id, action }) => [id, action])).toEqual([
      [article.id, 'create'],
      [other.id, 'create'],
      [article.id, 'update'],
      [article.id, 'update'],
      [article.id, 'update'],
      [other.id, 'update'],
      [other.id, 'update'],
    ]);
  });

  it('restore a revision as a new one, and delete an article with its quotes and redirects', async () => {
    const article = await current(db(), 'lviv-visit');
    const first = await findRevision(db(), article.id, 1);
    await updateArticle(db(), article, first!.snapshot, DESK, 'restore:1');
    expect(await editorView(db(), article.id)).toMatchObject({
      slug: 'minister-visits-lviv',
      plainText: 'The minister said "we will see" in Lviv.',
      status: 'published',
    });
    expect((await listRevisions(db(), article.id))[0]).toMatchObject({ number: 5, action: 'restore:1' });

    await deleteArticle(db(), await current(db(), article.id));
    expect(await findArticleRow(db(), article.id)).toBeUndefined();
    const { quotes, slugRedirects } = db().tables;
    expect(await db().select().from(quotes).where(eq(quotes.articleId, article.id))).toEqual([]);
    expect(await db().select().from(slugRedirects).where(eq(slugRedirects.resourceId, article.id))).toEqual([]);
    // Revisions stay, for the record.
    expect(await listRevisions(db(), article.id)).toHaveLength(5);
    const { items } = await readChanges(db(), undefined, 100, ['article']);
    expect(items.filter((item) => item.id === article.id).map((item) => item.action)).toContain('delete');
  });
});
