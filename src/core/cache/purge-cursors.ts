import { and, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { first } from '../db/queries.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ChangedResource } from './purge-keys.ts';

/**
 * The purge outbox in SQL. The change log (`changes`, filled by triggers inside each write's
 * transaction) holds what happened; `cache_purge_cursors` holds, per cache, how far along it that
 * cache has been purged, when to try again after a failure, and why the last attempt failed.
 */

export interface PurgeCursor {
  cacheUrl: string;
  purgedSeq: number;
  failures: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}

/** The newest change, 0 on an empty log. */
export async function lastChangeSeq(db: Db): Promise<number> {
  const { changes } = db.tables;
  // max() through the query builder: drizzle maps PostgreSQL's bigint back to a number.
  return (await first(db.select({ seq: max(changes.seq) }).from(changes)))?.seq ?? 0;
}

/**
 * The cursor of each cache, created for a cache seen for the first time at the end of the log:
 * what changed before a cache was configured is not its concern.
 */
export function ensureCursors(db: Db, cacheUrls: readonly string[]): Promise<PurgeCursor[]> {
  return inTransaction(db, async (tx) => {
    if (cacheUrls.length === 0) return [];
    // Inside the write transaction: no change can commit between reading the end of the log and the insert.
    const end = await lastChangeSeq(tx);
    await tx
      .insert(tx.tables.cachePurgeCursors)
      .values(cacheUrls.map((cacheUrl) => ({ cacheUrl, purgedSeq: end })))
      .onConflictDoNothing();
    return readCursors(tx, cacheUrls);
  });
}

export async function readCursors(db: Db, cacheUrls: readonly string[]): Promise<PurgeCursor[]> {
  if (cacheUrls.length === 0) return [];
  const { cachePurgeCursors: cursors } = db.tables;
  return db
    .select({
      cacheUrl: cursors.cacheUrl,
      purgedSeq: cursors.purgedSeq,
      failures: cursors.failures,
      nextAttemptAt: cursors.nextAttemptAt,
      lastError: cursors.lastError,
    })
    .from(cursors)
    .where(inArray(cursors.cacheUrl, [...cacheUrls]));
}

/** Up to `limit` changes after `seq`, with the article of each quote that still exists. */
export async function changesAfter(
  db: Db,
  seq: number,
  limit: number,
): Promise<{ lastSeq: number; changes: (ChangedResource & { seq: number })[] }> {
  const { changes, quotes } = db.tables;
  const rows = await db
    .select({ seq: changes.seq, type: changes.resourceType, id: changes.resourceId, articleId: quotes.articleId })
    .from(changes)
    .leftJoin(quotes, and(eq(changes.resourceType, 'quote'), eq(quotes.id, changes.resourceId)))
    .where(gt(changes.seq, seq))
    .orderBy(changes.seq)
    .limit(limit);
  return { lastSeq: rows.at(-1)?.seq ?? seq, changes: rows };
}

/**
 * Moves a cache's cursor from `fromSeq` to `toSeq` after a purge succeeded. Conditional on
 * `fromSeq`, so that two processes purging at once cannot move it backwards.
 */
export function recordPurged(db: Db, cacheUrl: string, fromSeq: number, toSeq: number, at: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    const { cachePurgeCursors: cursors } = tx.tables;
    await tx
      .update(cursors)
      .set({ purgedSeq: toSeq, failures: 0, nextAttemptAt: null, lastAttemptAt: at, lastError: null })
      .where(and(eq(cursors.cacheUrl, cacheUrl), eq(cursors.purgedSeq, fromSeq)));
  });
}

export function recordPurgeFailure(
  db: Db,
  cacheUrl: string,
  error: string,
  at: string,
  nextAttemptAt: string,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const { cachePurgeCursors: cursors } = tx.tables;
    await tx
      .update(cursors)
      .set({ failures: sql`${cursors.failures} + 1`, nextAttemptAt, lastAttemptAt: at, lastError: error })
      .where(eq(cursors.cacheUrl, cacheUrl));
  });
}
