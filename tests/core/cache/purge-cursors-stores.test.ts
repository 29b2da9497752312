import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  changesAfter,
  ensureCursors,
  lastChangeSeq,
  readCursors,
  recordPurged,
  recordPurgeFailure,
} from '../../../src/core/cache/purge-cursors.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow, quoteRow } from '../../support/store-rows.ts';

// The purge outbox, written once, on both stores: the same calls give the same answers.
const stores = useBothStores();
const A = 'http://127.0.0.1:1/a';
const B = 'http://127.0.0.1:1/b';
const byUrl = <T extends { cacheUrl: string }>(cursors: T[]) =>
  [...cursors].sort((x, y) => x.cacheUrl.localeCompare(y.cacheUrl));

describe.each(stores)('purge cursors on %s', (_store, db) => {
  it('start each new cache at the end of the log and read the changes after a cursor', async () => {
    expect(await lastChangeSeq(db())).toBe(0);
    expect(await ensureCursors(db(), [])).toEqual([]);
    expect(await ensureCursors(db(), [A])).toEqual([
      { cacheUrl: A, purgedSeq: 0, failures: 0, nextAttemptAt: null, lastError: null },
    ]);

    await inTransaction(db(), async (tx) => {
      await tx.insert(tx.tables.articles).values(articleRow('art_one', 'published'));
      await tx.insert(tx.tables.quotes).values(quoteRow('quo_one', 'art_one'));
    });
    const last = await lastChangeSeq(db());
    expect(last).toBeGreaterThan(0);
    expect(typeof last).toBe('number');

    // A cache seen for the first time starts at the end of the log; one seen before keeps its place.
    const cursors = byUrl(await ensureCursors(db(), [A, B]));
    expect(cursors.map((cursor) => [cursor.cacheUrl, cursor.purgedSeq])).toEqual([
      [A, 0],
      [B, last],
    ]);
    expect(byUrl(await readCursors(db(), [B, A]))).toEqual(cursors);
    expect(await readCursors(db(), [])).toEqual([]);

    const all = await changesAfter(db(), 0, 100);
    expect(all.lastSeq).toBe(last);
    const seqs = all.changes.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(all.changes).toContainEqual(expect.objectContaining({ type: 'article', id: 'art_one', articleId: null }));
    expect(all.changes).toContainEqual(expect.objectContaining({ type: 'quote', id: 'quo_one', articleId: 'art_one' }));
    const one = await changesAfter(db(), 0, 1);
    expect(one.changes).toEqual(all.changes.slice(0, 1));
    expect(one.lastSeq).toBe(seqs[0]);
    expect(await changesAfter(db(), last, 100)).toEqual({ lastSeq: last, changes: [] });

    // A quote that no longer exists has no article to purge.
    await inTransaction(db(), (tx) => tx.delete(tx.tables.quotes).where(eq(tx.tables.quotes.id, 'quo_one')));
    const afterDelete = await changesAfter(db(), last, 100);
    expect(afterDelete.changes).toContainEqual(
      expect.objectContaining({ type: 'quote', id: 'quo_one', articleId: null }),
    );
  });

  it('move a cursor only from where it was, and count failures until a purge succeeds', async () => {
    await ensureCursors(db(), [A]);
    const [start] = await readCursors(db(), [A]);
    const from = start!.purgedSeq;

    await recordPurgeFailure(db(), A, 'The cache answered 503', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z');
    await recordPurgeFailure(db(), A, 'The cache answered 502', '2026-01-01T00:00:01.000Z', '2026-01-01T00:00:03.000Z');
    expect((await readCursors(db(), [A]))[0]).toEqual({
      cacheUrl: A,
      purgedSeq: from,
      failures: 2,
      nextAttemptAt: '2026-01-01T00:00:03.000Z',
      lastError: 'The cache answered 502',
    });

    // Another process moved it already: a purge that started from elsewhere does not move it back.
    await recordPurged(db(), A, from + 1, from + 5, '2026-01-01T00:00:04.000Z');
    expect((await readCursors(db(), [A]))[0]!.purgedSeq).toBe(from);
    await recordPurged(db(), A, from, from + 2, '2026-01-01T00:00:04.000Z');
    expect((await readCursors(db(), [A]))[0]).toEqual({
      cacheUrl: A,
      purgedSeq: from + 2,
      failures: 0,
      nextAttemptAt: null,
      lastError: null,
    });
  });
});
