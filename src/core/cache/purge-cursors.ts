import type { Db } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ChangeType } from '../../resources/changes/repository.ts';
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
export function lastChangeSeq(db: Db): number {
  return (db.$client.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get() as number) ?? 0;
}

/**
 * The cursor of each cache, created for a cache seen for the first time at the end of the log:
 * what changed before a cache was configured is not its concern.
 */
export function ensureCursors(db: Db, cacheUrls: readonly string[]): Promise<PurgeCursor[]> {
  return inTransaction(db, (db) => {
    const insert = db.$client.prepare(
      'INSERT INTO cache_purge_cursors (cache_url, purged_seq) VALUES (?, (SELECT coalesce(max(seq), 0) FROM changes)) ON CONFLICT DO NOTHING',
    );
    for (const url of cacheUrls) insert.run(url);
    return readCursors(db, cacheUrls);
  });
}

export function readCursors(db: Db, cacheUrls: readonly string[]): PurgeCursor[] {
  if (cacheUrls.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT cache_url AS cacheUrl, purged_seq AS purgedSeq, failures, next_attempt_at AS nextAttemptAt,
         last_error AS lastError
       FROM cache_purge_cursors WHERE cache_url IN (${cacheUrls.map(() => '?').join(', ')})`,
    )
    .all(...cacheUrls) as PurgeCursor[];
}

/** Up to `limit` changes after `seq`, with the article of each quote that still exists. */
export function changesAfter(db: Db, seq: number, limit: number): { lastSeq: number; changes: ChangedResource[] } {
  const rows = db.$client
    .prepare(
      `SELECT c.seq, c.resource_type AS type, c.resource_id AS id, q.article_id AS articleId
       FROM changes c LEFT JOIN quotes q ON c.resource_type = 'quote' AND q.id = c.resource_id
       WHERE c.seq > ? ORDER BY c.seq LIMIT ?`,
    )
    .all(seq, limit) as { seq: number; type: ChangeType; id: string; articleId: string | null }[];
  return { lastSeq: rows.at(-1)?.seq ?? seq, changes: rows };
}

/**
 * Moves a cache's cursor from `fromSeq` to `toSeq` after a purge succeeded. Conditional on
 * `fromSeq`, so that two processes purging at once cannot move it backwards.
 */
export function recordPurged(db: Db, cacheUrl: string, fromSeq: number, toSeq: number, at: string) {
  return inTransaction(db, (db) => {
    db.$client
      .prepare(
        `UPDATE cache_purge_cursors SET purged_seq = ?, failures = 0, next_attempt_at = NULL, last_attempt_at = ?,
           last_error = NULL
         WHERE cache_url = ? AND purged_seq = ?`,
      )
      .run(toSeq, at, cacheUrl, fromSeq);
  });
}

export function recordPurgeFailure(db: Db, cacheUrl: string, error: string, at: string, nextAttemptAt: string) {
  return inTransaction(db, (db) => {
    db.$client
      .prepare(
        `UPDATE cache_purge_cursors SET failures = failures + 1, next_attempt_at = ?, last_attempt_at = ?, last_error = ?
         WHERE cache_url = ?`,
      )
      .run(nextAttemptAt, at, error, cacheUrl);
  });
}
