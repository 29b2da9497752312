import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { articles, quotes } from '../db/schema.ts';
import type { Quote } from '../schemas/quotes.ts';
import { isPublic } from './articles.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';

type QuoteRow = typeof quotes.$inferSelect & { publishedAt: string | null };

/** Newest article first, then in reading order within an article. */
const QUOTE_ORDER: SortKey[] = [
  { column: articles.publishedAt, direction: 'desc' },
  { column: quotes.articleId, direction: 'desc' },
  { column: quotes.startOffset, direction: 'asc' },
  { column: quotes.id, direction: 'asc' },
];

function toQuote(row: QuoteRow): Quote {
  const speakerType = row.speakerPersonId ? 'person' : row.speakerOrganisationId ? 'organisation' : null;
  return {
    id: row.id,
    articleId: row.articleId,
    speakerType,
    speakerId: row.speakerPersonId ?? row.speakerOrganisationId,
    text: row.text,
    kind: row.kind,
    channel: row.channel,
    start: row.startOffset,
    end: row.endOffset,
    speakerMention:
      row.speakerMentionStart === null || row.speakerMentionEnd === null
        ? null
        : { start: row.speakerMentionStart, end: row.speakerMentionEnd },
    saidAt: row.saidAt,
    saidAtSource: row.saidAtSource,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Quotes whose article the public may see, narrowed by `filter`. */
function selectPublicQuotes(db: Db, filter: SQL | undefined) {
  return db
    .select({ ...getTableColumns(quotes), publishedAt: articles.publishedAt })
    .from(quotes)
    .innerJoin(articles, eq(articles.id, quotes.articleId))
    .where(and(isPublic, filter));
}

export function listQuotes(db: Db, request: PageRequest, filter?: SQL): Page<Quote> {
  const rows = selectPublicQuotes(db, and(filter, cursorCondition(QUOTE_ORDER, request)))
    .orderBy(...orderByKeys(QUOTE_ORDER))
    .limit(request.limit + 1)
    .all();
  return toPage(rows, request, (row) => [row.publishedAt ?? '', row.articleId, row.startOffset, row.id], toQuote);
}

export function findQuote(db: Db, id: string): Quote | undefined {
  const row = selectPublicQuotes(db, eq(quotes.id, id)).get();
  return row && toQuote(row);
}

export function quotesOfArticles(db: Db, articleIds: string[]): Quote[] {
  if (articleIds.length === 0) return [];
  return selectPublicQuotes(db, inArray(quotes.articleId, articleIds))
    .orderBy(asc(quotes.articleId), asc(quotes.startOffset), asc(quotes.id))
    .all()
    .map(toQuote);
}

export const bySpeakerPerson = (personId: string) => eq(quotes.speakerPersonId, personId);
export const bySpeakerOrganisation = (organisationId: string) => eq(quotes.speakerOrganisationId, organisationId);
