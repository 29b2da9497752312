import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';

/**
 * Writing an ingest's mentions, of which a long text has thousands, each store its fastest way:
 * SQLite runs one compiled statement per row (no round trips to pay for), PostgreSQL takes them
 * in a few multi-row inserts (a round trip per row would cost more than the rows).
 */

export interface NewMention {
  articleId: string;
  personId: string | null;
  placeId: string | null;
  organisationId: string | null;
  startOffset: number;
  endOffset: number;
}

/** Rows per PostgreSQL insert: 6 values a row, well under its 65,535 bound parameters. */
const ROWS_PER_INSERT = 1000;

export async function insertMentions(db: Db, rows: readonly NewMention[]): Promise<void> {
  if (rows.length === 0) return;
  const { mentions } = db.tables;
  if (dialectOf(db)) {
    for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
      await db.insert(mentions).values(rows.slice(at, at + ROWS_PER_INSERT));
    }
    return;
  }
  const insert = db
    .insert(mentions)
    .values({
      articleId: sql.placeholder('articleId'),
      personId: sql.placeholder('personId'),
      placeId: sql.placeholder('placeId'),
      organisationId: sql.placeholder('organisationId'),
      startOffset: sql.placeholder('startOffset'),
      endOffset: sql.placeholder('endOffset'),
    })
    .prepare();
  for (const row of rows) insert.run({ ...row });
}
