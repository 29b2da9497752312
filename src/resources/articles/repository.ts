import { and, count, eq, getTableColumns, inArray, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { articlePlaces, articles, mentions, quotes, type ArticleStatus } from '../../core/db/schema.ts';
import { positionBlocks } from '../../lib/article-text.ts';
import type { Article, ArticleSummary } from './schema.ts';
import {
  inList,
  oneOf,
  relation,
  withinRange,
  type DateRange,
  type EntityRef,
  type RelationFilter,
} from '../../core/db/filters.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { pageSelect } from '../../core/db/prepared-select.ts';
import { first } from '../../core/db/queries.ts';
import { readPage, sortBy, sortFields, type Page, type PageRequest } from '../../core/db/pagination.ts';
import { placeAndDescendantIds } from '../places/repository.ts';
import { matchesSearch } from '../search/terms.ts';
import { visibleTo, type Audience } from '../../core/db/visibility.ts';

type ArticleRow = typeof articles.$inferSelect;

const articleSorts = sortFields(
  'articles',
  {
    publishedAt: articles.publishedAt,
    updatedAt: articles.updatedAt,
    createdAt: articles.createdAt,
    headline: articles.headline,
    wordCount: articles.wordCount,
  },
  articles.id,
);
export const ARTICLE_SORT_FIELDS = articleSorts.names;
export const articleOrder = articleSorts.order;

export interface ArticleFilters extends DateRange {
  status: ArticleStatus[];
  language?: string[] | undefined;
  q?: string | undefined;
  person?: RelationFilter | undefined;
  place?: RelationFilter | undefined;
  organisation?: RelationFilter | undefined;
  hasQuotes?: boolean | undefined;
  /** A condition from the route, e.g. "about this person" on `/people/{idOrSlug}/articles`. */
  scope?: SQL | undefined;
}

/** Every column but the body and its plain text: lists never show them, and they are most of a row. */
function summaryColumnsOf(table: typeof articles) {
  const { body: _body, plainText: _plainText, ...summary } = getTableColumns(table);
  return summary;
}

/** A page of summaries, and one read from article_places, with their SQL written once (prepared-select.ts). */
const selectSummaries = pageSelect<ArticleSummary>((db) => summaryColumnsOf(db.tables.articles), '"articles"');
const selectSummariesAboutPlace = pageSelect<ArticleSummary>(
  (db) => summaryColumnsOf(db.tables.articles),
  '"article_places" inner join "articles" on "articles"."id" = "article_places"."article_id"',
);

function toArticle(row: ArticleRow): Article {
  return { ...row, body: positionBlocks(row.body) };
}

const mentionedWhere = (condition: SQL) => sql`(SELECT ${mentions.articleId} FROM ${mentions} WHERE ${condition})`;

/**
 * Articles that mention any of `ids` in `mentionColumn` or quote one of them as `speakerColumn`:
 * one set of ids, so the store collects an entity's articles and sorts them. As two sets joined
 * by OR, PostgreSQL cannot guess how many match, walks the whole published index in order and
 * tests each row: 0.9 s for a person in 17 articles of 100k, against 2 ms for the set.
 */
const mentionedOrQuoted = (mentionColumn: Column, speakerColumn: Column, ids: EntityRef[]) =>
  sql`${articles.id} IN (SELECT ${mentions.articleId} FROM ${mentions} WHERE ${mentionColumn} IN ${inList(ids)}
    UNION ALL SELECT ${quotes.articleId} FROM ${quotes} WHERE ${speakerColumn} IN ${inList(ids)})`;

/** Articles that mention or quote any of these people. */
export const aboutPeople = (ids: EntityRef[]) => mentionedOrQuoted(mentions.personId, quotes.speakerPersonId, ids);

/** Articles that mention or quote any of these organisations. */
export const aboutOrganisations = (ids: EntityRef[]) =>
  mentionedOrQuoted(mentions.organisationId, quotes.speakerOrganisationId, ids);

/**
 * Articles that mention any of these places or a place inside one (a village counts for its region and country).
 *
 * SQLite can answer this two ways. By default it collects the articles that mention the places and
 * sorts them, reading each one's sort key from its row: quick for a town, slow for a country named
 * in a thousand articles. With `probe`, the article id is hidden from the planner (a cast, which
 * SQLite cannot look up in an index, as it cannot `+id`), so it walks the sort order's index instead
 * and tests each article against the set of matches, stopping when the page is full: quick when
 * matches are dense, slow when they are rare. `placeFilterPlan` chooses. PostgreSQL drops the cast
 * (text to text) and plans as it likes; it has no unary `+` for text, so that spelling answered 500 there.
 */
export const aboutPlacesOrInside = (ids: EntityRef[], { probe = false } = {}) =>
  or(
    ...ids.map((id) => {
      const matching = mentionedWhere(sql`${mentions.placeId} IN ${placeAndDescendantIds(id)}`);
      return probe ? sql`CAST(${articles.id} AS TEXT) IN ${matching}` : inArray(articles.id, matching);
    }),
  ) as SQL;

/**
 * Above this many mentions of the places asked for, walking the index in order finds a page of
 * articles sooner than sorting all of them. Measured on the 100k-article benchmark: a country has
 * 700–2,000 mentions (walking wins several times over), a region 40–470 (sorting wins), a town fewer.
 */
const DENSE_MENTIONS = 600;

/**
 * Whether places are named densely, remembered per connection for a while: the answer only steers
 * the plan (both plans give the same rows), so an estimate a few minutes old is as good as a fresh
 * one, and the counting query stays off most requests.
 */
const densityEstimates = new WeakMap<object, Map<string, { dense: boolean; until: number }>>();
const ESTIMATE_TTL_MS = 10 * 60_000;
const ESTIMATES_KEPT = 10_000;

async function placesAreDense(db: Db, placeIds: string[]): Promise<boolean> {
  // Per database: a transaction's handle has no client of its own, and shares its store's estimates.
  const database = (db.$client as object | undefined) ?? db.tables;
  let estimates = densityEstimates.get(database);
  if (!estimates) {
    estimates = new Map<string, { dense: boolean; until: number }>();
    densityEstimates.set(database, estimates);
  }
  const key = placeIds.join(' ');
  const now = Date.now();
  const known = estimates.get(key);
  if (known && known.until > now) return known.dense;
  const counted = await first(
    db
      .select({ n: count() })
      .from(
        db
          .select({ one: sql`1` })
          .from(mentions)
          .where(or(...placeIds.map((id) => sql`${mentions.placeId} IN ${placeAndDescendantIds(id)}`)))
          .limit(DENSE_MENTIONS)
          .as('matches'),
      )
      .limit(1),
  );
  const dense = (counted?.n ?? 0) >= DENSE_MENTIONS;
  if (estimates.size >= ESTIMATES_KEPT) estimates.clear();
  estimates.set(key, { dense, until: now + ESTIMATE_TTL_MS });
  return dense;
}

/**
 * How to run a place filter over several places (one place reads article_places instead, see
 * listArticlesAboutPlace): walk the index when the places are named often and the index serves the order.
 */
async function placeFilterPlan(db: Db, filters: ArticleFilters): Promise<{ probe: boolean }> {
  const place = filters.place;
  // The walk needs one status (one index range in order), no text search (which drives the query
  // itself), and `any` (with `all`, what must be dense is the intersection, which no count shows).
  // PostgreSQL sees through the cast and plans as it likes, so counting would steer nothing there.
  const ids = place?.ids.filter((id) => typeof id === 'string') ?? [];
  if (!place || place.match !== 'any' || filters.status.length !== 1 || filters.q !== undefined || dialectOf(db)) {
    return { probe: false };
  }
  return { probe: ids.length === place.ids.length && (await placesAreDense(db, ids)) };
}

export const aboutPerson = (id: string) => aboutPeople([id]);
export const aboutOrganisation = (id: string) => aboutOrganisations([id]);
export const aboutPlaceOrInside = (id: string) => aboutPlacesOrInside([id]);

async function articleConditions(db: Db, filters: ArticleFilters): Promise<SQL | undefined> {
  const placePlan = filters.place ? await placeFilterPlan(db, filters) : { probe: false };
  return and(
    // `IN` even for one status, unlike oneOf(): told `status = ?`, SQLite read a date range through the
    // language index, skipping across languages, and sorted it (query-plans.test.ts).
    inArray(articles.status, filters.status),
    filters.language?.length ? oneOf(articles.language, filters.language) : undefined,
    withinRange(articles.publishedAt, filters),
    filters.q === undefined ? undefined : matchesSearch(db, 'articles', filters.q),
    relation(filters.person, aboutPeople),
    relation(filters.organisation, aboutOrganisations),
    relation(filters.place, (ids) => aboutPlacesOrInside(ids, placePlan)),
    filters.hasQuotes === undefined
      ? undefined
      : sql`${sql.raw(filters.hasQuotes ? '' : 'NOT ')}EXISTS (SELECT 1 FROM ${quotes} WHERE ${quotes.articleId} = ${articles.id})`,
    filters.scope,
  );
}

/**
 * The one place a list of articles about it can be read from `article_places` in date order: one
 * place (a country counts everything inside it there already), one status, by publication date,
 * no text search (which drives the query itself). Otherwise undefined.
 */
function placeToWalk(filters: ArticleFilters, sort: string): EntityRef | undefined {
  const place = filters.place;
  const [id] = place?.ids ?? [];
  const one = place !== undefined && place.ids.length === 1 && place.match !== 'none';
  const byDate = sort.replace(/^-/, '') === 'publishedAt';
  return one && byDate && filters.status.length === 1 && filters.q === undefined ? id : undefined;
}

/**
 * Articles about a place or anything inside it, read in order from the place's range of the
 * `article_places` index: a page costs a page of index entries and a page of article rows,
 * however many articles the place has (a country's thousand, a village's three).
 */
async function listArticlesAboutPlace(
  db: Db,
  request: PageRequest,
  filters: ArticleFilters,
  sort: string,
  placeId: EntityRef,
): Promise<Page<ArticleSummary>> {
  // The same cursor name as every article list by date: a cursor carries over between plans.
  const order = sortBy('articles', sort, articlePlaces.publishedAt, articlePlaces.articleId);
  const [status] = filters.status;
  const where = and(
    eq(articlePlaces.placeId, placeId),
    status === undefined ? undefined : eq(articlePlaces.status, status),
    // On the copied date, a date range narrows the index range walked.
    withinRange(articlePlaces.publishedAt, filters),
    await articleConditions(db, { ...filters, place: undefined, from: undefined, to: undefined }),
  );
  return readPage({
    order,
    request,
    rows: (page) =>
      selectSummariesAboutPlace(db, { where: and(where, page.condition), orderBy: page.orderBy, limit: page.limit }),
    keyValues: (row) => [row.publishedAt, row.id],
    toItem: (row) => row,
  });
}

export async function listArticles(
  db: Db,
  request: PageRequest,
  filters: ArticleFilters,
  sort = '-publishedAt',
): Promise<Page<ArticleSummary>> {
  const place = placeToWalk(filters, sort);
  if (place !== undefined) return listArticlesAboutPlace(db, request, filters, sort, place);
  const order = articleOrder(sort);
  const where = await articleConditions(db, filters);
  const field = articleSorts.field(sort);
  return readPage({
    order,
    request,
    rows: (page) =>
      selectSummaries(db, { where: and(where, page.condition), orderBy: page.orderBy, limit: page.limit }),
    keyValues: (row) => [row[field], row.id],
    toItem: (row) => row,
  });
}

export async function countArticles(db: Db, filters: ArticleFilters): Promise<number> {
  const where = await articleConditions(db, filters);
  return (await first(db.select({ n: count() }).from(db.tables.articles).where(where).limit(1)))?.n ?? 0;
}

/** An article by id or slug; a draft or scheduled one only for editors (a preview). */
export async function findArticle(db: Db, idOrSlug: string, audience: Audience): Promise<Article | undefined> {
  const row = await first(
    db
      .select()
      .from(db.tables.articles)
      .where(and(visibleTo(audience, 'article'), byIdOrSlug(articles, idOrSlug)))
      .limit(1),
  );
  return row && toArticle(row);
}

/** The articles among `ids` that `audience` may see, in no particular order. */
export async function articlesByIds(db: Db, ids: string[], audience: Audience): Promise<Article[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(db.tables.articles)
    .where(and(visibleTo(audience, 'article'), inArray(articles.id, ids)));
  return rows.map(toArticle);
}

/** Summaries of the articles `audience` may see. */
export async function articleSummariesByIds(db: Db, ids: string[], audience: Audience): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  return db
    .select(summaryColumnsOf(db.tables.articles))
    .from(db.tables.articles)
    .where(and(visibleTo(audience, 'article'), inArray(articles.id, ids)));
}

/** Plain texts by article id: mention offsets point into them. */
export async function plainTextsByIds(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: articles.id, plainText: articles.plainText })
    .from(db.tables.articles)
    .where(inArray(articles.id, ids));
  return new Map(rows.map((row) => [row.id, row.plainText]));
}
