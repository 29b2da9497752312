import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { InvalidParameterError } from '../../../src/core/http/errors.ts';
import {
  changeCursor,
  lastChangeTime,
  readChanges,
  type ChangeType,
} from '../../../src/resources/changes/repository.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow, quoteRow } from '../../support/store-rows.ts';

// The change feed, written once, on both stores: the same writes read back as the same feed.
const stores = useBothStores();
const ALL: ChangeType[] = ['article', 'quote', 'person', 'place', 'organisation'];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const AT = '2026-01-01T00:00:00.000Z';

/** The same writes on either store, each its own transaction, through the query builder. */
async function write(db: Db) {
  const step = (work: (tx: Db) => Promise<unknown>) => inTransaction(db, work);
  // Never public: leaves no trace.
  await step((tx) => tx.insert(tx.tables.articles).values(articleRow('art_draft')));
  await step(async (tx) => {
    await tx.insert(tx.tables.articles).values(articleRow('art_pub', 'published'));
    await tx.insert(tx.tables.quotes).values(quoteRow('quo_pub', 'art_pub'));
  });
  await step((tx) =>
    tx
      .update(tx.tables.articles)
      .set({ headline: 'Edited', updatedAt: AT })
      .where(eq(tx.tables.articles.id, 'art_pub')),
  );
  await step((tx) =>
    tx.insert(tx.tables.people).values({ id: 'per_one', slug: 'one', name: 'One', createdAt: AT, updatedAt: AT }),
  );
  // Public, then taken back to draft: every row of it reads as a delete.
  await step((tx) => tx.insert(tx.tables.articles).values(articleRow('art_back', 'published')));
  await step((tx) =>
    tx.update(tx.tables.articles).set({ status: 'draft' }).where(eq(tx.tables.articles.id, 'art_back')),
  );
  await step((tx) => tx.delete(tx.tables.quotes).where(eq(tx.tables.quotes.id, 'quo_pub')));
}

/** What a reader of the feed sees of those writes: the quote and art_back are gone, so read as deletes. */
const EXPECTED = [
  ['article', 'art_pub', 'create'],
  ['quote', 'quo_pub', 'delete'],
  ['article', 'art_pub', 'update'],
  ['person', 'per_one', 'create'],
  ['article', 'art_back', 'delete'],
  ['article', 'art_back', 'delete'],
  ['quote', 'quo_pub', 'delete'],
];

describe.each(stores)('the change feed on %s', (_store, db) => {
  it('is empty on an empty log, at the epoch', async () => {
    expect(await lastChangeTime(db())).toBe(new Date(0).toISOString());
    expect(await readChanges(db(), undefined, 10, ALL)).toEqual({
      items: [],
      nextCursor: changeCursor(0),
      hasMore: false,
    });
  });

  it('reads the writes in commit order, with tombstones for what is no longer public', async () => {
    const before = new Date().toISOString();
    await write(db());
    const { items, hasMore } = await readChanges(db(), undefined, 100, ALL);
    expect(hasMore).toBe(false);
    expect(items.map(({ type, id, action }) => [type, id, action])).toEqual(EXPECTED);
    const seqs = items.map((item) => item.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    for (const item of items) expect(item.changedAt).toMatch(ISO);
    const last = await lastChangeTime(db());
    expect(last).toMatch(ISO);
    expect(last >= before).toBe(true);
    expect(last >= items.at(-1)!.changedAt).toBe(true);

    // By type, and page by page: each page's cursor takes up where it ended.
    const quotes = await readChanges(db(), undefined, 100, ['quote']);
    expect(quotes.items).toEqual(items.filter((item) => item.type === 'quote'));
    const first = await readChanges(db(), undefined, 2, ALL);
    expect(first).toEqual({ items: items.slice(0, 2), nextCursor: changeCursor(items[1]!.seq), hasMore: true });
    const rest = await readChanges(db(), first.nextCursor, 100, ALL);
    expect(rest.items).toEqual(items.slice(2));
    expect(rest.hasMore).toBe(false);
    expect(await readChanges(db(), rest.nextCursor, 100, ALL)).toEqual({
      items: [],
      nextCursor: rest.nextCursor,
      hasMore: false,
    });
    await expect(readChanges(db(), 'not-a-cursor', 10, ALL)).rejects.toThrow(InvalidParameterError);
  });
});
