import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * The tables behind the API. Timestamps are ISO-8601 UTC strings: they sort as text,
 * read the same in SQL and JSON, and need no conversion at the edge.
 */

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export const PLACE_KINDS = ['continent', 'country', 'region', 'city', 'village', 'other'] as const;

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One block of an article body; `start`/`end` locate it in the article's plain text. */
export interface BodyBlock {
  type: 'paragraph' | 'heading';
  text: string;
}

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    /** True when the headline was written by an editor rather than taken from the source text. */
    headlineEditorial: integer('headline_editorial', { mode: 'boolean' }).notNull().default(false),
    standfirst: text('standfirst'),
    body: text('body', { mode: 'json' }).$type<BodyBlock[]>().notNull(),
    plainText: text('plain_text').notNull(),
    credit: text('credit'),
    source: text('source'),
    language: text('language').notNull(),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: text('published_at'),
    /** Where a fact about the article that its text does not state (e.g. the publication date) comes from. */
    publishedAtSource: text('published_at_source'),
    wordCount: integer('word_count').notNull(),
    /** When a `scheduled` article goes live; the scheduler publishes it then. */
    publishAt: text('publish_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_slug_unique').on(t.slug),
    // One index per sort order a list offers, each led by status (lists show one status at a time).
    index('articles_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('articles_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('articles_status_created_idx').on(t.status, t.createdAt, t.id),
    index('articles_status_headline_idx').on(t.status, t.headline, t.id),
    index('articles_status_words_idx').on(t.status, t.wordCount, t.id),
    index('articles_language_idx').on(t.language, t.status, t.publishedAt),
    // Which version of a public article an id or slug names, read from the index alone: its status
    // and updatedAt come after the body in the row, behind its overflow pages (article-document.ts).
    index('articles_id_version_idx').on(t.id, t.status, t.updatedAt),
    index('articles_slug_version_idx').on(t.slug, t.status, t.updatedAt, t.id),
  ],
);

export const places = sqliteTable(
  'places',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    kind: text('kind', { enum: PLACE_KINDS }).notNull(),
    /** URLs of the same place in other datasets (Wikidata, GeoNames). */
    sameAs: text('same_as', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    parentId: text('parent_id').references((): AnySQLiteColumn => places.id, { onDelete: 'restrict' }),
    isoCode: text('iso_code'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    coordinatesSource: text('coordinates_source'),
    /** Proposed by ingest and not yet confirmed by an editor. */
    suggested: integer('suggested', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('places_slug_unique').on(t.slug),
    index('places_parent_idx').on(t.parentId),
    index('places_name_idx').on(t.name, t.id),
    index('places_kind_idx').on(t.kind, t.name, t.id),
    index('places_updated_idx').on(t.updatedAt, t.id),
    index('places_created_idx').on(t.createdAt, t.id),
    index('places_coordinates_idx').on(t.latitude, t.longitude),
    check('places_coordinates_paired', sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
    check('places_coordinates_sourced', sql`${t.latitude} IS NULL OR ${t.coordinatesSource} IS NOT NULL`),
  ],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    kind: text('kind').notNull(),
    sameAs: text('same_as', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    countryId: text('country_id').references(() => places.id, { onDelete: 'restrict' }),
    /** Proposed by ingest and not yet confirmed by an editor. */
    suggested: integer('suggested', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_slug_unique').on(t.slug),
    index('organisations_name_idx').on(t.name, t.id),
    index('organisations_kind_idx').on(t.kind, t.name, t.id),
    index('organisations_updated_idx').on(t.updatedAt, t.id),
    index('organisations_created_idx').on(t.createdAt, t.id),
    index('organisations_country_idx').on(t.countryId),
  ],
);

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** ISO 3166-1 alpha-2 code of the person's nationality. */
    nationality: text('nationality'),
    nationalitySource: text('nationality_source'),
    sameAs: text('same_as', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Proposed by ingest and not yet confirmed by an editor. */
    suggested: integer('suggested', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_slug_unique').on(t.slug),
    index('people_name_idx').on(t.name, t.id),
    index('people_nationality_idx').on(t.nationality, t.name, t.id),
    index('people_updated_idx').on(t.updatedAt, t.id),
    index('people_created_idx').on(t.createdAt, t.id),
  ],
);

/** A position a person holds or held; dates are ISO dates (YYYY-MM-DD) where known. */
export const personRoles = sqliteTable(
  'person_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    countryId: text('country_id').references(() => places.id, { onDelete: 'restrict' }),
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    /** Citation for what the article text does not itself state; null when it does. */
    source: text('source'),
  },
  (t) => [
    index('person_roles_person_idx').on(t.personId),
    index('person_roles_title_idx').on(sql`lower(${t.title})`),
    index('person_roles_organisation_idx').on(t.organisationId),
    index('person_roles_country_idx').on(t.countryId),
  ],
);

export const quotes = sqliteTable(
  'quotes',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    speakerPersonId: text('speaker_person_id').references(() => people.id, { onDelete: 'restrict' }),
    speakerOrganisationId: text('speaker_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    text: text('text').notNull(),
    kind: text('kind', { enum: QUOTE_KINDS }).notNull(),
    /** How the words reached the public, where the article says it: "post on X", "press conference" … */
    channel: text('channel'),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    /** The name or pronoun the attribution rests on ("Zelensky" in "Zelensky wrote", "he" in "he said"). */
    speakerMentionStart: integer('speaker_mention_start'),
    speakerMentionEnd: integer('speaker_mention_end'),
    saidAt: text('said_at'),
    saidAtSource: text('said_at_source'),
    ...timestamps,
  },
  (t) => [
    index('quotes_article_idx').on(t.articleId, t.startOffset, t.id),
    index('quotes_speaker_person_idx').on(t.speakerPersonId, t.articleId, t.startOffset),
    index('quotes_speaker_organisation_idx').on(t.speakerOrganisationId, t.articleId, t.startOffset),
    check('quotes_one_speaker', sql`${t.speakerPersonId} IS NULL OR ${t.speakerOrganisationId} IS NULL`),
    check('quotes_offsets', sql`0 <= ${t.startOffset} AND ${t.startOffset} < ${t.endOffset}`),
  ],
);

/** One occurrence of a person, place or organisation's name in an article. */
export const mentions = sqliteTable(
  'mentions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'cascade' }),
    placeId: text('place_id').references(() => places.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
  },
  (t) => [
    index('mentions_article_idx').on(t.articleId, t.startOffset),
    index('mentions_person_idx').on(t.personId, t.articleId),
    index('mentions_place_idx').on(t.placeId, t.articleId),
    index('mentions_organisation_idx').on(t.organisationId, t.articleId),
    check(
      'mentions_one_entity',
      sql`(${t.personId} IS NOT NULL) + (${t.placeId} IS NOT NULL) + (${t.organisationId} IS NOT NULL) = 1`,
    ),
    check('mentions_offsets', sql`0 <= ${t.startOffset} AND ${t.startOffset} < ${t.endOffset}`),
  ],
);

/**
 * Each public article's JSON as the API serves it, in parts (the article with its body, then the
 * quotes, people, places and organisations `include=` can embed), written on first read and
 * deleted by triggers (migration 0012) whenever anything it shows changes. The hottest route then
 * reads one row instead of assembling a dozen. `*Keys` are the ids in a part (space-separated, for
 * `Surrogate-Key`); `*UpdatedAt` its newest `updatedAt` (for `Last-Modified`).
 */
export const articleDocuments = sqliteTable('article_documents', {
  articleId: text('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  article: text('article').notNull(),
  quotes: text('quotes').notNull(),
  quoteKeys: text('quote_keys').notNull(),
  quotesUpdatedAt: text('quotes_updated_at'),
  people: text('people').notNull(),
  peopleKeys: text('people_keys').notNull(),
  peopleUpdatedAt: text('people_updated_at'),
  places: text('places').notNull(),
  placeKeys: text('place_keys').notNull(),
  placesUpdatedAt: text('places_updated_at'),
  organisations: text('organisations').notNull(),
  organisationKeys: text('organisation_keys').notNull(),
  organisationsUpdatedAt: text('organisations_updated_at'),
});

/**
 * Which articles are about a place or somewhere inside it: one row per article and each place it
 * mentions, and each place those are in (a village's article counts for its region and country),
 * with the article's status and publication date copied in. Kept true by triggers (migration 0014)
 * on mentions, articles and the place hierarchy. It exists so that "articles about a country,
 * newest first" walks one index range in order and stops at a page, instead of collecting every
 * mention of every place in the country.
 */
export const articlePlaces = sqliteTable(
  'article_places',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    placeId: text('place_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull(),
    publishedAt: text('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.placeId] }),
    index('article_places_place_idx').on(t.placeId, t.status, t.publishedAt, t.articleId),
  ],
);

export const CHANGE_ACTIONS = ['create', 'update', 'delete'] as const;

/**
 * How the public feed shows a change: as it is (`public`: the resource is public now), as a
 * tombstone (`gone`: it was public once, and is deleted or withdrawn now), or not at all
 * (`hidden`: it never was public).
 */
export const CHANGE_VISIBILITIES = ['public', 'gone', 'hidden'] as const;

/**
 * Every create, update and delete of a resource, in commit order, written by triggers (migration
 * 0003) so no write path can forget it. `seq` is the change feed's cursor.
 */
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    resourceType: text('resource_type', { enum: ['article', 'quote', 'person', 'place', 'organisation'] }).notNull(),
    resourceId: text('resource_id').notNull(),
    action: text('action', { enum: CHANGE_ACTIONS }).notNull(),
    changedAt: text('changed_at').notNull(),
    /**
     * The resource's visibility now, on every one of its changes: rewritten by a trigger
     * (migration 0016) whenever the resource changes, since every change of visibility is itself
     * a change. The feed reads it instead of looking each row's resource up.
     */
    visibility: text('visibility', { enum: CHANGE_VISIBILITIES }).notNull().default('hidden'),
  },
  (t) => [index('changes_resource_idx').on(t.resourceType, t.resourceId)],
);

/**
 * Every resource that has ever been public (a published or archived article, a quote in one, a
 * confirmed entity), written by triggers (migration 0009). The change feed reports a tombstone
 * only for these: a draft that was never published leaves no trace in the public feed.
 */
export const everPublic = sqliteTable(
  'ever_public',
  {
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId] })],
);

/** Which seed documents have been loaded, so that seeding runs once per database. */
export const seedRuns = sqliteTable('seed_runs', {
  name: text('name').primaryKey(),
  appliedAt: text('applied_at').notNull(),
});

export const API_SCOPES = ['read:drafts', 'write', 'admin'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** API keys: only a SHA-256 hash of the secret is kept; the secret is shown once, at creation. */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  scopes: text('scopes', { mode: 'json' }).$type<ApiScope[]>().notNull(),
  secretHash: text('secret_hash').notNull(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
  lastUsedAt: text('last_used_at'),
});

/** Every state of an article, written with each change: who (which key) and when. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id').notNull(),
    /** 1, 2, 3 … per article. */
    number: integer('number').notNull(),
    action: text('action').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    keyId: text('key_id'),
    keyName: text('key_name'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('revisions_article_number_unique').on(t.articleId, t.number)],
);

/** Slugs a resource used to have: requests for them are redirected to the current one. */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    resourceType: text('resource_type').notNull(),
    slug: text('slug').notNull(),
    resourceId: text('resource_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('slug_redirects_type_slug_unique').on(t.resourceType, t.slug),
    index('slug_redirects_resource_idx').on(t.resourceId),
  ],
);

export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
  secret: text('secret').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  description: text('description'),
  ...timestamps,
});

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

/**
 * The outbox: one row per event and subscription, written in the same transaction as the change
 * it reports, then sent (and retried) by the dispatcher.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    payload: text('payload').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastAttemptAt: text('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
  ],
);

/**
 * How far each cache in CACHE_PURGE_URLS has been purged along the change log (`changes.seq`).
 * The change log is written by triggers in every write's transaction, so it is the purge outbox:
 * what a cache has not yet been told about is exactly the changes after its `purgedSeq`, and a
 * crash, a restart or an unreachable cache loses none (see src/core/cache/purge-dispatcher.ts).
 */
export const cachePurgeCursors = sqliteTable('cache_purge_cursors', {
  cacheUrl: text('cache_url').primaryKey(),
  purgedSeq: integer('purged_seq').notNull(),
  /** Failed attempts since the last success: the backoff grows with them. */
  failures: integer('failures').notNull().default(0),
  nextAttemptAt: text('next_attempt_at'),
  lastAttemptAt: text('last_attempt_at'),
  lastError: text('last_error'),
});

/**
 * Work that must run in one process at a time (the publish scheduler, webhook and purge dispatch)
 * belongs to whoever holds its lease; a holder renews it, and when it dies another process takes
 * the lease once `expiresAt` has passed (src/core/cluster/lease.ts).
 */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});
