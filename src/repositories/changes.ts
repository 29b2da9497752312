import type { Db } from '../db/client.ts';
import { InvalidParameterError } from '../errors.ts';
import { decodeCursor, encodeCursor, type SortOrder } from './pagination.ts';
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
 * from the feed never keeps what readers may not see.
 */
export function readChanges(db: Db, since: string | undefined, limit: number, types: readonly ChangeType[]) {
  const after = since === undefined ? 0 : Number(decodeCursor(since, ORDER, 'since').values[0]);
  if (!Number.isSafeInteger(after) || after < 0) {
    throw new InvalidParameterError({ location: 'query', name: 'since', detail: 'is not a cursor this feed issued' });
  }
  const rows = db.$client
    .prepare(
      `SELECT seq, type, id, action, changedAt, visible FROM (
         SELECT c.seq, c.resource_type AS type, c.resource_id AS id, c.action, c.changed_at AS changedAt,
           CASE c.resource_type
             WHEN 'article' THEN EXISTS (SELECT 1 FROM articles a WHERE a.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'quote' THEN EXISTS (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id
                                      WHERE q.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'person' THEN EXISTS (SELECT 1 FROM people p WHERE p.id = c.resource_id AND p.suggested = 0)
             WHEN 'place' THEN EXISTS (SELECT 1 FROM places p WHERE p.id = c.resource_id AND p.suggested = 0)
             ELSE EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.resource_id AND o.suggested = 0)
           END AS visible
         FROM changes c
         WHERE c.seq > ? AND c.resource_type IN (${types.map(() => '?').join(', ')})
       )
       -- What was never public (a draft, an unconfirmed suggestion) leaves no trace, not even a tombstone.
       WHERE visible OR EXISTS (SELECT 1 FROM ever_public e WHERE e.resource_type = type AND e.resource_id = id)
       ORDER BY seq LIMIT ?`,
    )
    .all(after, ...types, limit + 1) as (ChangeRecord & { visible: 0 | 1 })[];
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.seq ?? after;
  return {
    items: page.map(({ visible, ...change }) => ({ ...change, action: visible ? change.action : ('delete' as const) })),
    nextCursor: changeCursor(last),
    hasMore: rows.length > limit,
  };
}

/** When anything last changed (creates, updates and deletes alike), or the epoch on an empty log. */
export function lastChangeTime(db: Db): string {
  const last = db.$client.prepare('SELECT changed_at FROM changes ORDER BY seq DESC LIMIT 1').pluck().get() as
    string | undefined;
  return last ?? new Date(0).toISOString();
}
