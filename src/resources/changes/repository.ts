import type { Db } from '../../core/db/client.ts';
import { InvalidParameterError } from '../../core/http/errors.ts';
import { decodeCursor, encodeCursor, type SortOrder } from '../../core/db/pagination.ts';
import { sql } from 'drizzle-orm';

export type ChangeType = 'article' | 'quote' | 'person' | 'place' | 'organisation';

export interface ChangeRecord {
  seq: number;
  type: ChangeType;
  id: string;
  action: 'create' | 'update' | 'delete';
  changedAt: string;
}

const ORDER: SortOrder = { name: 'changes:seq', keys: [{ column: sql`seq`, direction: 'asc' }] };

export const changeCursor = (seq: number) => encodeCursor(ORDER.name, [seq]);

/**
 * The change log after `since`, in commit order. Anything that no longer exists or is no longer
 * public (an article taken back to draft, a quote in one) reads as a `delete`, so a copy built
 * from the feed never keeps what readers may not see; what was never public (a draft, an
 * unconfirmed suggestion) leaves no trace, not even a tombstone. Each row carries its resource's
 * visibility now (`changes.visibility`, kept by a trigger), so no row needs a lookup.
 */
export function readChanges(db: Db, since: string | undefined, limit: number, types: readonly ChangeType[]) {
  const after = since === undefined ? 0 : Number(decodeCursor(since, ORDER, 'since').values[0]);
  if (!Number.isSafeInteger(after) || after < 0) {
    throw new InvalidParameterError({ location: 'query', name: 'since', detail: 'is not a cursor this feed issued' });
  }
  const rows = db.$client
    .prepare(
      `SELECT seq, resource_type AS type, resource_id AS id,
         CASE visibility WHEN 'public' THEN action ELSE 'delete' END AS action, changed_at AS changedAt
       FROM changes
       WHERE seq > ? AND resource_type IN (${types.map(() => '?').join(', ')}) AND visibility != 'hidden'
       ORDER BY seq LIMIT ?`,
    )
    .all(after, ...types, limit + 1) as ChangeRecord[];
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.seq ?? after;
  return { items: page, nextCursor: changeCursor(last), hasMore: rows.length > limit };
}

/** When anything last changed (creates, updates and deletes alike), or the epoch on an empty log. */
export function lastChangeTime(db: Db): string {
  const last = db.$client.prepare('SELECT changed_at FROM changes ORDER BY seq DESC LIMIT 1').pluck().get() as
    string | undefined;
  return last ?? new Date(0).toISOString();
}
