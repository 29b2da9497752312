import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { articles, mentions, quotes } from '../db/schema.ts';
import { positionBlocks } from '../lib/article-text.ts';
import type { Article, ArticleSummary } from '../schemas/articles.ts';
import { byIdOrSlug } from './lookup.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';
import { placeAndDescendantIds } from './places.ts';

type ArticleRow = typeof articles.$inferSelect;

/** What anonymous readers may see. */
export const isPublic = eq(articles.status, 'published');

const NEWEST_FIRST: SortKey[] = [
  { column: articles.publishedAt, direction: 'desc' },
  { column: articles.id, direction: 'desc' },
];

function toSummary(row: ArticleRow): ArticleSummary {
  const { body, plainText, ...summary } = row;
  return summary;
}

function toArticle(row: ArticleRow): Article {
  return { ...row, body: positionBlocks(row.body) };
}

export function listArticles(db: Db, request: PageRequest, filter?: SQL): Page<ArticleSummary> {
  const rows = db
    .select()
    .from(articles)
    .where(and(isPublic, filter, cursorCondition(NEWEST_FIRST, request)))
    .orderBy(...orderByKeys(NEWEST_FIRST))
    .limit(request.limit + 1)
    .all();
  return toPage(rows, request, (row) => [row.publishedAt ?? '', row.id], toSummary);
}

export function findArticle(db: Db, idOrSlug: string): Article | undefined {
  const row = db
    .select()
    .from(articles)
    .where(and(isPublic, byIdOrSlug(articles, idOrSlug)))
    .get();
  return row && toArticle(row);
}

export function articleSummariesByIds(db: Db, ids: string[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(articles)
    .where(and(isPublic, inArray(articles.id, ids)))
    .all()
    .map(toSummary);
}

/** Whole articles, body included, in the order of `ids` (for feeds and export formats). */
export function articlesByIds(db: Db, ids: string[]): Article[] {
  if (ids.length === 0) return [];
  const rows = db
    .select()
    .from(articles)
    .where(and(isPublic, inArray(articles.id, ids)))
    .all();
  const byId = new Map(rows.map((row) => [row.id, toArticle(row)]));
  return ids.map((id) => byId.get(id)).filter((article): article is Article => article !== undefined);
}

/** Plain texts by article id: mention offsets point into them. */
export function plainTextsByIds(db: Db, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: articles.id, plainText: articles.plainText })
    .from(articles)
    .where(inArray(articles.id, ids))
    .all();
  return new Map(rows.map((row) => [row.id, row.plainText]));
}

const mentionedWhere = (condition: SQL) => sql`(SELECT ${mentions.articleId} FROM ${mentions} WHERE ${condition})`;
const quotedWhere = (condition: SQL) => sql`(SELECT ${quotes.articleId} FROM ${quotes} WHERE ${condition})`;

/** Articles that mention the person or quote them. */
export const aboutPerson = (personId: string) =>
  or(
    inArray(articles.id, mentionedWhere(eq(mentions.personId, personId))),
    inArray(articles.id, quotedWhere(eq(quotes.speakerPersonId, personId))),
  );

/** Articles that mention the organisation or quote it. */
export const aboutOrganisation = (organisationId: string) =>
  or(
    inArray(articles.id, mentionedWhere(eq(mentions.organisationId, organisationId))),
    inArray(articles.id, quotedWhere(eq(quotes.speakerOrganisationId, organisationId))),
  );

/** Articles that mention the place or any place inside it (a village counts for its region and country). */
export const aboutPlaceOrInside = (placeId: string) =>
  inArray(articles.id, mentionedWhere(sql`${mentions.placeId} IN ${placeAndDescendantIds(placeId)}`));
