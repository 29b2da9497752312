import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ARTICLE_STATUSES,
  type ApiScope,
  type BodyBlock,
  CHANGE_ACTIONS,
  CHANGE_VISIBILITIES,
  DELIVERY_STATUSES,
  PLACE_KINDS,
  QUOTE_KINDS,
} from '../schema.ts';

/**
 * The PostgreSQL twin of ../schema.ts, table by table: the same table, column, index and constraint
 * names, and for every table the same `$inferSelect` and `$inferInsert` (tests/core/db/postgres-types.test.ts),
 * so repository code is written once for both stores. Migrations: drizzle-kit into migrations/postgres.
 *
 * Type mapping, and why:
 * - Timestamps stay ISO-8601 `text`, as in SQLite: responses must be byte-identical on both stores and
 *   pagination cursors compare them as strings.
 * - Text compares bytewise in SQLite (no column uses NOCASE; the one case-insensitive lookup is the
 *   `lower(title)` index, mirrored here). PostgreSQL does the same only under the "C" collation, which
 *   drizzle cannot set per column: the database must be created with LC_COLLATE and LC_CTYPE "C"
 *   (openPostgres refuses any other). LC_CTYPE "C" also makes `lower()` fold ASCII only, as SQLite's does.
 * - JSON columns are `json`, not `jsonb`: json keeps the text as written, jsonb reorders object keys.
 * - SQLite's integer-as-boolean columns are `boolean`; `real` (8 bytes in SQLite) is `double precision`.
 * - Integers are `integer`, except the change log's sequence (and the purge cursor along it): every write
 *   of every resource appends to it, forever, so it is a `bigint` read as a JS number.
 * - AUTOINCREMENT keys are identity columns "by default", so an explicit id (a copy from SQLite) is allowed.
 * - Enumerated text (`status`, `kind` …) is plain `text` as in SQLite, where drizzle adds no CHECK either.
 * - NULL is the lowest value in SQLite, so its indexes hold NULLs first; PostgreSQL's hold them last unless
 *   told. Every nullable indexed column is `nullsFirst()`, so the pages' `ASC NULLS FIRST` (and, scanning
 *   backwards, `DESC NULLS LAST`) walk an index as they do in SQLite (core/db/pagination.ts).
 *
 * Not here, ported in a later step (raw SQL in the SQLite migrations, not in ../schema.ts):
 * - full-text search: the FTS5 tables `articles_fts`, `quotes_fts`, `people_fts`, `places_fts`,
 *   `organisations_fts` (0003) and `search_passages` (0018), and the `text_passages` table function
 *   registered by ../client.ts; they are keyed by SQLite's implicit `rowid`, which PostgreSQL lacks;
 * - the views `public_articles`, `public_quotes`, `public_people`, `public_places`, `public_organisations` (0017);
 * - every trigger (see ../triggers.sql): the change log and its visibility, ever_public, article_places,
 *   article_documents invalidation, the search index, and the published-needs-a-date and
 *   quotes-follow-their-article rules (0004, 0005).
 */

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

const emptyList = sql`'[]'::json`;

export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    headlineEditorial: boolean('headline_editorial').notNull().default(false),
    standfirst: text('standfirst'),
    body: json('body').$type<BodyBlock[]>().notNull(),
    plainText: text('plain_text').notNull(),
    credit: text('credit'),
    source: text('source'),
    language: text('language').notNull(),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: text('published_at'),
    publishedAtSource: text('published_at_source'),
    wordCount: integer('word_count').notNull(),
    publishAt: text('publish_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_slug_unique').on(t.slug),
    index('articles_status_published_idx').on(t.status, t.publishedAt.nullsFirst(), t.id),
    index('articles_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('articles_status_created_idx').on(t.status, t.createdAt, t.id),
    index('articles_status_headline_idx').on(t.status, t.headline, t.id),
    index('articles_status_words_idx').on(t.status, t.wordCount, t.id),
    index('articles_language_idx').on(t.language, t.status, t.publishedAt.nullsFirst()),
    index('articles_id_version_idx').on(t.id, t.status, t.updatedAt),
    index('articles_slug_version_idx').on(t.slug, t.status, t.updatedAt, t.id),
  ],
);

export const places = pgTable(
  'places',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: json('aliases').$type<string[]>().notNull().default(emptyList),
    kind: text('kind', { enum: PLACE_KINDS }).notNull(),
    sameAs: json('same_as').$type<string[]>().notNull().default(emptyList),
    parentId: text('parent_id').references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    isoCode: text('iso_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    coordinatesSource: text('coordinates_source'),
    suggested: boolean('suggested').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('places_slug_unique').on(t.slug),
    index('places_parent_idx').on(t.parentId.nullsFirst()),
    index('places_name_idx').on(t.name, t.id),
    index('places_kind_idx').on(t.kind, t.name, t.id),
    index('places_updated_idx').on(t.updatedAt, t.id),
    index('places_created_idx').on(t.createdAt, t.id),
    index('places_coordinates_idx').on(t.latitude.nullsFirst(), t.longitude.nullsFirst()),
    check('places_coordinates_paired', sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
    check('places_coordinates_sourced', sql`${t.latitude} IS NULL OR ${t.coordinatesSource} IS NOT NULL`),
  ],
);

export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: json('aliases').$type<string[]>().notNull().default(emptyList),
    kind: text('kind').notNull(),
    sameAs: json('same_as').$type<string[]>().notNull().default(emptyList),
    countryId: text('country_id').references(() => places.id, { onDelete: 'restrict' }),
    suggested: boolean('suggested').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_slug_unique').on(t.slug),
    index('organisations_name_idx').on(t.name, t.id),
    index('organisations_kind_idx').on(t.kind, t.name, t.id),
    index('organisations_updated_idx').on(t.updatedAt, t.id),
    index('organisations_created_idx').on(t.createdAt, t.id),
    index('organisations_country_idx').on(t.countryId.nullsFirst()),
  ],
);

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: json('aliases').$type<string[]>().notNull().default(emptyList),
    nationality: text('nationality'),
    nationalitySource: text('nationality_source'),
    sameAs: json('same_as').$type<string[]>().notNull().default(emptyList),
    suggested: boolean('suggested').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_slug_unique').on(t.slug),
    index('people_name_idx').on(t.name, t.id),
    index('people_nationality_idx').on(t.nationality.nullsFirst(), t.name, t.id),
    index('people_updated_idx').on(t.updatedAt, t.id),
    index('people_created_idx').on(t.createdAt, t.id),
  ],
);

export const personRoles = pgTable(
  'person_roles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    countryId: text('country_id').references(() => places.id, { onDelete: 'restrict' }),
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    source: text('source'),
  },
  (t) => [
    index('person_roles_person_idx').on(t.personId),
    index('person_roles_title_idx').on(sql`lower(${t.title})`),
    index('person_roles_organisation_idx').on(t.organisationId.nullsFirst()),
    index('person_roles_country_idx').on(t.countryId.nullsFirst()),
  ],
);

export const quotes = pgTable(
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
    channel: text('channel'),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    speakerMentionStart: integer('speaker_mention_start'),
    speakerMentionEnd: integer('speaker_mention_end'),
    saidAt: text('said_at'),
    saidAtSource: text('said_at_source'),
    ...timestamps,
  },
  (t) => [
    index('quotes_article_idx').on(t.articleId, t.startOffset, t.id),
    index('quotes_speaker_person_idx').on(t.speakerPersonId.nullsFirst(), t.articleId, t.startOffset),
    index('quotes_speaker_organisation_idx').on(t.speakerOrganisationId.nullsFirst(), t.articleId, t.startOffset),
    check('quotes_one_speaker', sql`${t.speakerPersonId} IS NULL OR ${t.speakerOrganisationId} IS NULL`),
    check('quotes_offsets', sql`0 <= ${t.startOffset} AND ${t.startOffset} < ${t.endOffset}`),
  ],
);

export const mentions = pgTable(
  'mentions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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
    index('mentions_person_idx').on(t.personId.nullsFirst(), t.articleId),
    index('mentions_place_idx').on(t.placeId.nullsFirst(), t.articleId),
    index('mentions_organisation_idx').on(t.organisationId.nullsFirst(), t.articleId),
    // SQLite adds the booleans up; PostgreSQL has no boolean arithmetic, but counts non-nulls.
    check('mentions_one_entity', sql`num_nonnulls(${t.personId}, ${t.placeId}, ${t.organisationId}) = 1`),
    check('mentions_offsets', sql`0 <= ${t.startOffset} AND ${t.startOffset} < ${t.endOffset}`),
  ],
);

export const articleDocuments = pgTable('article_documents', {
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

export const articlePlaces = pgTable(
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
    index('article_places_place_idx').on(t.placeId, t.status, t.publishedAt.nullsFirst(), t.articleId),
  ],
);

export const changes = pgTable(
  'changes',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    resourceType: text('resource_type', { enum: ['article', 'quote', 'person', 'place', 'organisation'] }).notNull(),
    resourceId: text('resource_id').notNull(),
    action: text('action', { enum: CHANGE_ACTIONS }).notNull(),
    changedAt: text('changed_at').notNull(),
    visibility: text('visibility', { enum: CHANGE_VISIBILITIES }).notNull().default('hidden'),
  },
  (t) => [index('changes_resource_idx').on(t.resourceType, t.resourceId)],
);

export const everPublic = pgTable(
  'ever_public',
  {
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId] })],
);

export const seedRuns = pgTable('seed_runs', {
  name: text('name').primaryKey(),
  appliedAt: text('applied_at').notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  scopes: json('scopes').$type<ApiScope[]>().notNull(),
  secretHash: text('secret_hash').notNull(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
  lastUsedAt: text('last_used_at'),
});

export const revisions = pgTable(
  'revisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: text('article_id').notNull(),
    number: integer('number').notNull(),
    action: text('action').notNull(),
    snapshot: json('snapshot').$type<Record<string, unknown>>().notNull(),
    keyId: text('key_id'),
    keyName: text('key_name'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('revisions_article_number_unique').on(t.articleId, t.number)],
);

export const slugRedirects = pgTable(
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

export const webhooks = pgTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  events: json('events').$type<string[]>().notNull(),
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  description: text('description'),
  ...timestamps,
});

export const webhookDeliveries = pgTable(
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
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt.nullsFirst()),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
  ],
);

export const cachePurgeCursors = pgTable('cache_purge_cursors', {
  cacheUrl: text('cache_url').primaryKey(),
  /** A `changes.seq`, hence a bigint too. */
  purgedSeq: bigint('purged_seq', { mode: 'number' }).notNull(),
  failures: integer('failures').notNull().default(0),
  nextAttemptAt: text('next_attempt_at'),
  lastAttemptAt: text('last_attempt_at'),
  lastError: text('last_error'),
});

export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});
