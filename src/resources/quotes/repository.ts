import { and, asc, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { articles, mentions, quotes, type QuoteKind } from '../../core/db/schema.ts';
import type { Quote } from './schema.ts';
import {
  inList,
  oneOf,
  relation,
  withinRange,
  type DateRange,
  type RelationFilter,
  type SpeakerFilter,
} from '../../core/db/filters.ts';
import { pageSelect } from '../../core/db/prepared-select.ts';
import { first } from '../../core/db/queries.ts';
import { readPage, sortFields, type Page, type PageRequest, type SortOrder } from '../../core/db/pagination.ts';
import { isPlaceOrInside } from '../places/repository.ts';
import { matchesSearch } from '../search/terms.ts';
import { hasVisibleSpeaker, publicArticles, showQuotes, type Audience } from '../../core/db/visibility.ts';

type QuoteRow = typeof quotes.$inferSelect & { publishedAt: string | null };

const quoteSorts = sortFields(
  'quotes',
  { publishedAt: articles.publishedAt, createdAt: quotes.createdAt, updatedAt: quotes.updatedAt },
  quotes.id,
);
export const QUOTE_SORT_FIELDS = quoteSorts.names;

/**
 * By the article's date (newest first by default), then in reading order within an article: the
 * article id and the quote's offset break ties before the quote id does.
 */
export function quoteOrder(sort: string): SortOrder {
  const base = quoteSorts.order(sort);
  if (quoteSorts.field(sort) !== 'publishedAt') return base;
  const [first] = base.keys;
  return {
    name: base.name,
    keys: [
      first ?? { column: articles.publishedAt, direction: 'desc' },
      { column: quotes.articleId, direction: first?.direction ?? 'desc' },
      { column: quotes.startOffset, direction: 'asc' },
      { column: quotes.id, direction: 'asc' },
    ],
  };
}

export interface QuoteFilters extends DateRange {
  /** Who is reading: the public sees a quote whose speaker is hidden as unattributed. */
  audience: Audience;
  speaker?: SpeakerFilter | undefined;
  article?: string[] | undefined;
  kind?: QuoteKind[] | undefined;
  channel?: string[] | undefined;
  q?: string | undefined;
  /** People named inside the quote's own words. */
  person?: RelationFilter | undefined;
  /** Places (or places inside them) named inside the quote's own words. */
  place?: RelationFilter | undefined;
  hasSpeaker?: boolean | undefined;
  scope?: SQL | undefined;
}

/** Who said a stored quote, as the API puts it: the speaker's type and id, and where the text names them. */
export function quoteSpeaker(
  row: typeof quotes.$inferSelect,
): Pick<Quote, 'speakerType' | 'speakerId' | 'speakerMention'> {
  return {
    speakerType: row.speakerPersonId ? 'person' : row.speakerOrganisationId ? 'organisation' : null,
    speakerId: row.speakerPersonId ?? row.speakerOrganisationId,
    speakerMention:
      row.speakerMentionStart === null || row.speakerMentionEnd === null
        ? null
        : { start: row.speakerMentionStart, end: row.speakerMentionEnd },
  };
}

export function toQuote(row: typeof quotes.$inferSelect): Quote {
  const { speakerType, speakerId, speakerMention } = quoteSpeaker(row);
  return {
    id: row.id,
    articleId: row.articleId,
    speakerType,
    speakerId,
    text: row.text,
    kind: row.kind,
    channel: row.channel,
    start: row.startOffset,
    end: row.endOffset,
    speakerMention,
    saidAt: row.saidAt,
    saidAtSource: row.saidAtSource,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Quotes with a matching mention inside their own words. Driven from the mentions (few, indexed by
 * entity) to the quotes of the same article, rather than testing every quote.
 */
const mentionedInQuote = (condition: SQL) =>
  sql`${quotes.id} IN (SELECT q.id FROM ${mentions} m JOIN ${quotes} q ON q.article_id = m.article_id
    AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset WHERE ${condition})`;

function speakerCondition(speaker: NonNullable<QuoteFilters['speaker']>): SQL {
  const parts = [
    speaker.people.length ? sql`${quotes.speakerPersonId} IN ${inList(speaker.people)}` : undefined,
    speaker.organisations.length ? sql`${quotes.speakerOrganisationId} IN ${inList(speaker.organisations)}` : undefined,
  ].filter((part): part is SQL => part !== undefined);
  const any = sql`(${sql.join(parts, sql` OR `)})`;
  // "Not by X" keeps quotes with no attributed speaker (NULL IN … is NULL, hence the coalesce).
  return speaker.match === 'any' ? any : sql`NOT coalesce(${any}, false)`;
}

function quoteConditions(db: Db, filters: QuoteFilters): SQL | undefined {
  return and(
    // Quote lists follow article lists: published articles only, unless `article=` names the
    // articles (the route has checked that the caller may read them).
    filters.article?.length ? oneOf(quotes.articleId, filters.article) : eq(articles.status, 'published'),
    filters.speaker ? speakerCondition(filters.speaker) : undefined,
    filters.kind?.length ? oneOf(quotes.kind, filters.kind) : undefined,
    filters.channel?.length ? oneOf(quotes.channel, filters.channel) : undefined,
    withinRange(articles.publishedAt, filters),
    filters.q === undefined ? undefined : matchesSearch(db, 'quotes', filters.q),
    relation(filters.person, (ids) => mentionedInQuote(sql`m.person_id IN ${inList(ids)}`)),
    relation(
      filters.place,
      (ids) =>
        sql`(${sql.join(
          ids.map((id) => mentionedInQuote(isPlaceOrInside(db, sql`m.place_id`, id))),
          sql` OR `,
        )})`,
    ),
    filters.hasSpeaker === undefined
      ? undefined
      : filters.hasSpeaker
        ? hasVisibleSpeaker(filters.audience)
        : sql`NOT ${hasVisibleSpeaker(filters.audience)}`,
    filters.scope,
  );
}

function selectQuotes(db: Db, where: SQL | undefined) {
  const { quotes: table } = db.tables;
  return db
    .select({ ...getTableColumns(table), publishedAt: articles.publishedAt })
    .from(table)
    .innerJoin(db.tables.articles, eq(articles.id, quotes.articleId))
    .where(where);
}

/** A page of quotes with their article's date, the SQL of its columns and join written once (prepared-select.ts). */
const selectQuotePage = pageSelect<QuoteRow>(
  ({ tables }) => ({ ...getTableColumns(tables.quotes), publishedAt: tables.articles.publishedAt }),
  '"quotes" inner join "articles" on "articles"."id" = "quotes"."article_id"',
  ({ tables }) => [tables.quotes.speakerPersonId, tables.quotes.speakerOrganisationId],
);

export async function listQuotes(
  db: Db,
  request: PageRequest,
  filters: QuoteFilters,
  sort = '-publishedAt',
): Promise<Page<Quote>> {
  const order = quoteOrder(sort);
  const where = quoteConditions(db, filters);
  const field = quoteSorts.field(sort);
  const page = await readPage({
    order,
    request,
    rows: (page) =>
      selectQuotePage(db, {
        where: and(where, page.condition),
        orderBy: page.orderBy,
        limit: page.limit,
        audience: filters.audience,
      }),
    keyValues: (row) =>
      field === 'publishedAt' ? [row.publishedAt, row.articleId, row.startOffset, row.id] : [row[field], row.id],
    toItem: toQuote,
  });
  return { ...page, items: await showQuotes(db, filters.audience, page.items, page.hidden) };
}

export async function countQuotes(db: Db, filters: QuoteFilters): Promise<number> {
  const counted = await first(
    db
      .select({ n: count() })
      .from(db.tables.quotes)
      .innerJoin(db.tables.articles, eq(articles.id, quotes.articleId))
      .where(quoteConditions(db, filters))
      .limit(1),
  );
  return counted?.n ?? 0;
}

/** A quote by id; one in an unpublished article only for editors. */
export async function findQuote(db: Db, id: string, audience: Audience): Promise<Quote | undefined> {
  const row = await first(
    selectQuotes(db, and(audience === 'public' ? publicArticles : undefined, eq(quotes.id, id))).limit(1),
  );
  return row && (await showQuotes(db, audience, [toQuote(row)]))[0];
}

/** The quotes of articles the caller may already see (whatever their status), in text order. */
export async function quotesOfArticles(db: Db, articleIds: string[], audience: Audience): Promise<Quote[]> {
  if (articleIds.length === 0) return [];
  const rows = await selectQuotes(db, inArray(quotes.articleId, articleIds)).orderBy(
    asc(quotes.articleId),
    asc(quotes.startOffset),
    asc(quotes.id),
  );
  return showQuotes(db, audience, rows.map(toQuote));
}

/** Public quotes by id, as the public sees them. */
export async function quotesByIds(db: Db, ids: string[]): Promise<Quote[]> {
  if (ids.length === 0) return [];
  const rows = await selectQuotes(db, and(publicArticles, inArray(quotes.id, ids)));
  return showQuotes(db, 'public', rows.map(toQuote));
}

export const bySpeakerPerson = (personId: string) => eq(quotes.speakerPersonId, personId);
export const bySpeakerOrganisation = (organisationId: string) => eq(quotes.speakerOrganisationId, organisationId);
