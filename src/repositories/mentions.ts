import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mentions } from '../db/schema.ts';

export interface MentionRecord {
  articleId: string;
  type: 'person' | 'place' | 'organisation';
  entityId: string;
  start: number;
  end: number;
}

export function mentionsOfArticles(db: Db, articleIds: string[]): MentionRecord[] {
  if (articleIds.length === 0) return [];
  return db
    .select()
    .from(mentions)
    .where(inArray(mentions.articleId, articleIds))
    .orderBy(asc(mentions.articleId), asc(mentions.startOffset))
    .all()
    .map((row) => {
      const [type, entityId] = row.personId
        ? (['person', row.personId] as const)
        : row.placeId
          ? (['place', row.placeId] as const)
          : (['organisation', row.organisationId ?? ''] as const);
      return { articleId: row.articleId, type, entityId, start: row.startOffset, end: row.endOffset };
    });
}
