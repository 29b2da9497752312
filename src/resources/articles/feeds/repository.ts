import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.ts';
import { dialectOf } from '../../../core/db/dialect.ts';
import { rows } from '../../../core/db/queries.ts';
import type { BodyBlock } from '../../../core/db/schema.ts';
import { PUBLIC_STATUSES } from '../../../core/db/visibility.ts';

/**
 * What a feed shows of each article: its metadata and the opening of its body, read from the
 * database already cut short. Feed readers get a bounded start and a link to the rest; reading every
 * whole body (ten 1.9 MB articles made a 38 MB feed and 470 MB of memory) let an anonymous request
 * cost as much as the articles are long.
 */

export interface FeedEntry {
  id: string;
  slug: string;
  headline: string;
  /** The standfirst's first `summaryChars` characters, or null. */
  standfirst: string | null;
  language: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The body's first blocks holding about `bodyChars` characters; the last may be cut short. */
  blocks: BodyBlock[];
  /** Whether the body goes on beyond `blocks`. */
  truncated: boolean;
}

export interface FeedEntryLimits {
  /** Characters of body text read for each entry (a few blocks may hold more, never a whole long body). */
  bodyChars: number;
  summaryChars: number;
}

interface BlockRow {
  type: BodyBlock['type'];
  text: string;
  length: number;
}

/** Characters a block counts for beyond its text: the blank line between two blocks. */
const BLOCK_GAP = 2;

/** The blocks of the opening, from the blocks read in order: stops at the first that starts past `chars`. */
function openingOf(blocks: Iterable<BlockRow>, chars: number): { blocks: BodyBlock[]; truncated: boolean } {
  const opening: BodyBlock[] = [];
  let read = 0;
  for (const row of blocks) {
    if (read >= chars) return { blocks: opening, truncated: true };
    opening.push({ type: row.type, text: row.text });
    read += row.length + BLOCK_GAP;
  }
  return { blocks: opening, truncated: read - BLOCK_GAP > chars };
}

/**
 * The blocks of an article's body that start within its first `chars` characters, each at most
 * `chars` long. SQLite walks the body's JSON and the walk stops there: only that much text ever
 * reaches JavaScript, and no block after it is read out.
 */
function sqliteOpening(db: Db, id: string, chars: number) {
  const blocks = db.$client
    .prepare(
      `SELECT block.value ->> '$.type' AS type, substr(block.value ->> '$.text', 1, @chars) AS text,
              length(block.value ->> '$.text') AS length
       FROM articles a, json_each(a.body) block WHERE a.id = @id`,
    )
    .iterate({ id, chars }) as IterableIterator<BlockRow>;
  return openingOf(blocks, chars);
}

/**
 * The same on PostgreSQL, which answers whole results rather than rows one at a time: the blocks are
 * chosen in SQL, each one whose predecessors hold fewer than `chars` characters (the last tells
 * whether the body goes on), so that again only the opening's text reaches JavaScript.
 */
async function postgresOpening(db: Db, id: string, chars: number) {
  const blocks = await rows<BlockRow>(
    db,
    sql`SELECT type, text, length FROM (
          SELECT block.value ->> 'type' AS type, substr(block.value ->> 'text', 1, ${chars}) AS text,
            length(block.value ->> 'text') AS length, block.n,
            coalesce(sum(length(block.value ->> 'text') + ${BLOCK_GAP})
              OVER (ORDER BY block.n ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING), 0) AS read_before_previous
          FROM articles a, json_array_elements(a.body) WITH ORDINALITY block(value, n) WHERE a.id = ${id}
        ) blocks
        WHERE read_before_previous < ${chars} ORDER BY n`,
  );
  return openingOf(blocks, chars);
}

/** The entries of the articles `ids` that are public, in the order given. */
export async function feedEntriesByIds(db: Db, ids: string[], limits: FeedEntryLimits): Promise<FeedEntry[]> {
  if (ids.length === 0) return [];
  const { articles } = db.tables;
  const found = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      standfirst: sql<string | null>`substr(${articles.standfirst}, 1, ${limits.summaryChars})`,
      language: articles.language,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(and(inArray(articles.status, [...PUBLIC_STATUSES]), inArray(articles.id, ids)));
  const byId = new Map(found.map((row) => [row.id, row]));
  const opening = dialectOf(db) ? postgresOpening : sqliteOpening;
  const entries: FeedEntry[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) entries.push({ ...row, ...(await opening(db, id, limits.bodyChars)) });
  }
  return entries;
}
