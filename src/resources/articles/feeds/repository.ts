import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.ts';
import { articles, type BodyBlock } from '../../../core/db/schema.ts';
import { publicArticles } from '../../../core/db/visibility.ts';

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

/**
 * The blocks of an article's body that start within its first `chars` characters, each at most
 * `chars` long. SQLite walks the body's JSON and the walk stops there: only that much text ever
 * reaches JavaScript, and no block after it is read out.
 */
function openingBlocks(db: Db, id: string, chars: number): { blocks: BodyBlock[]; truncated: boolean } {
  const rows = db.$client
    .prepare(
      `SELECT block.value ->> '$.type' AS type, substr(block.value ->> '$.text', 1, @chars) AS text,
              length(block.value ->> '$.text') AS length
       FROM articles a, json_each(a.body) block WHERE a.id = @id`,
    )
    .iterate({ id, chars }) as IterableIterator<BlockRow>;
  const blocks: BodyBlock[] = [];
  let read = 0;
  for (const row of rows) {
    if (read >= chars) return { blocks, truncated: true };
    blocks.push({ type: row.type, text: row.text });
    read += row.length + 2;
  }
  return { blocks, truncated: read - 2 > chars };
}

/** The entries of the articles `ids` that are public, in the order given. */
export function feedEntriesByIds(db: Db, ids: string[], limits: FeedEntryLimits): FeedEntry[] {
  if (ids.length === 0) return [];
  const rows = db
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
    .where(and(publicArticles, inArray(articles.id, ids)))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ ...row, ...openingBlocks(db, id, limits.bodyChars) }];
  });
}
