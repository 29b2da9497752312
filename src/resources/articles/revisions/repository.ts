import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.ts';
import type { articles, revisions } from '../../../core/db/schema.ts';
import { first } from '../../../core/db/queries.ts';
import { nowIso } from '../../../lib/clock.ts';

/** Who made a change: the API key's id and name, or null for the server itself (the scheduler). */
export type Actor = { id: string; name: string } | null;

/** The article fields a revision keeps: everything an editor can change, and the workflow state. */
export const REVISED_FIELDS = [
  'slug',
  'headline',
  'headlineEditorial',
  'standfirst',
  'body',
  'credit',
  'source',
  'language',
  'publishedAtSource',
  'status',
  'publishAt',
  'publishedAt',
] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];
export type Snapshot = Pick<typeof articles.$inferSelect, RevisedField>;

export interface RevisionRecord {
  number: number;
  action: string;
  createdAt: string;
  author: { keyId: string; name: string } | null;
  snapshot: Snapshot;
}

/** Stores the article's current state as its next revision. Call inside the change's transaction. */
export async function recordRevision(db: Db, articleId: string, action: string, actor: Actor): Promise<void> {
  const { articles, revisions } = db.tables;
  const row = await first(db.select().from(articles).where(eq(articles.id, articleId)).limit(1));
  if (!row) return;
  const snapshot = Object.fromEntries(REVISED_FIELDS.map((field) => [field, row[field]]));
  const last = (
    await first(
      db
        .select({ n: max(revisions.number) })
        .from(revisions)
        .where(eq(revisions.articleId, articleId))
        .limit(1),
    )
  )?.n;
  await db.insert(revisions).values({
    articleId,
    number: (last ?? 0) + 1,
    action,
    snapshot,
    keyId: actor?.id ?? null,
    keyName: actor?.name ?? null,
    createdAt: nowIso(),
  });
}

function toRecord(row: typeof revisions.$inferSelect): RevisionRecord {
  return {
    number: row.number,
    action: row.action,
    createdAt: row.createdAt,
    author: row.keyId === null ? null : { keyId: row.keyId, name: row.keyName ?? '' },
    snapshot: row.snapshot as Snapshot,
  };
}

/** An article's revisions, newest first. */
export async function listRevisions(db: Db, articleId: string): Promise<RevisionRecord[]> {
  const { revisions } = db.tables;
  const rows = await db
    .select()
    .from(revisions)
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.number));
  return rows.map(toRecord);
}

export async function findRevision(db: Db, articleId: string, number: number): Promise<RevisionRecord | undefined> {
  const { revisions } = db.tables;
  const row = await first(
    db
      .select()
      .from(revisions)
      .where(and(eq(revisions.articleId, articleId), eq(revisions.number, number)))
      .limit(1),
  );
  return row && toRecord(row);
}
