import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { mentions } from '../../core/db/schema.ts';
import { showMentions, type Audience } from '../../core/db/visibility.ts';

export interface MentionRecord {
  articleId: string;
  type: 'person' | 'place' | 'organisation';
  entityId: string;
  start: number;
  end: number;
}

/** The mentions in articles the caller may already see, of the entities `audience` may see. */
export async function mentionsOfArticles(db: Db, articleIds: string[], audience: Audience): Promise<MentionRecord[]> {
  if (articleIds.length === 0) return [];
  const found = await db
    .select()
    .from(db.tables.mentions)
    .where(inArray(mentions.articleId, articleIds))
    .orderBy(asc(mentions.articleId), asc(mentions.startOffset));
  const records = found.map((row) => {
    const [type, entityId] = row.personId
      ? (['person', row.personId] as const)
      : row.placeId
        ? (['place', row.placeId] as const)
        : (['organisation', row.organisationId ?? ''] as const);
    return { articleId: row.articleId, type, entityId, start: row.startOffset, end: row.endOffset };
  });
  return showMentions(db, audience, records);
}
