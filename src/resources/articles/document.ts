import type { Statement } from 'better-sqlite3';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import type { BodyBlock } from '../../core/db/schema.ts';
import { positionBlocks } from '../../lib/article-text.ts';
import { looksLikeId } from '../../lib/ids.ts';
import type { ArticleInclude } from './schema.ts';
import { inTransaction, inTransactionIfIdle } from '../../core/db/transaction.ts';
import {
  assembleDocument,
  documentParts,
  newest,
  readStored,
  STORED_COLUMNS,
  storedQuery,
  storedValues,
  type ArticleDocument,
  type Part,
  type StoredDocument,
  type StoredRow,
} from './document-parts.ts';
import { postgresArticleDocument, storeMissingPostgresDocuments } from './document-postgres.ts';

const isBusy = (error: unknown) => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_BUSY');

/**
 * One article with its quotes and the entities it names, already serialised as JSON.
 *
 * The hot path of the API. `findArticle` + `embedInArticles` build the same object through the
 * query builder and Fastify's serializer. Here a handful of prepared statements let SQLite write
 * the JSON itself (`json_object`, `json_group_array`), and the result is stored in parts
 * (`article_documents`): later reads fetch one row and join the parts asked for. Triggers
 * (migration 0012) delete a stored document whenever anything it shows changes, and the next read
 * builds it again. The output follows the `Article` schema, key for key and in the same order, and
 * tests compare it with the general path. Documents are public: they are built from the views of
 * what the public may see (migration 0017, visibility.ts), so a hidden entity is neither shown nor
 * referred to, and no key names it. What it does not cover (`include=mentions`,
 * `quotes.speaker`) answers `undefined`, and the caller takes the general path. On PostgreSQL the
 * same parts are stored, written by the general path (document-postgres.ts).
 */

const ARTICLE_COLUMNS = `a.id, json_object(
    'id', a.id, 'slug', a.slug, 'headline', a.headline,
    'headlineEditorial', json(iif(a.headline_editorial, 'true', 'false')),
    'standfirst', a.standfirst, 'credit', a.credit, 'source', a.source, 'language', a.language, 'status', a.status,
    'publishedAt', a.published_at, 'publishedAtSource', a.published_at_source, 'wordCount', a.word_count,
    'publishAt', a.publish_at,
    'createdAt', a.created_at, 'updatedAt', a.updated_at),
  a.body, json_quote(a.plain_text), a.updated_at`;

/** An article's quotes, each with its speaker only when the public may see the speaker. */
const QUOTES_SHOWN = `SELECT q.*,
    (SELECT p.id FROM public_people p WHERE p.id = q.speaker_person_id) AS person,
    (SELECT o.id FROM public_organisations o WHERE o.id = q.speaker_organisation_id) AS organisation,
    (q.speaker_person_id IS NOT NULL OR q.speaker_organisation_id IS NOT NULL) AS attributed
  FROM quotes q WHERE q.article_id = ?`;

/** A quote whose speaker is hidden reads as unattributed, as `showQuotes` has it. */
const QUOTES = `SELECT json_group_array(json_object(
    'id', id, 'articleId', article_id,
    'speakerType', CASE WHEN person IS NOT NULL THEN 'person' WHEN organisation IS NOT NULL THEN 'organisation' END,
    'speakerId', coalesce(person, organisation),
    'text', text, 'kind', kind, 'channel', channel, 'start', start_offset, 'end', end_offset,
    'speakerMention', CASE WHEN speaker_mention_start IS NOT NULL AND speaker_mention_end IS NOT NULL
                            AND (person IS NOT NULL OR organisation IS NOT NULL OR NOT attributed)
                           THEN json_object('start', speaker_mention_start, 'end', speaker_mention_end) END,
    'saidAt', said_at, 'saidAtSource', said_at_source, 'createdAt', created_at, 'updatedAt', updated_at)
    ORDER BY start_offset, id),
  json_group_array(id ORDER BY start_offset, id),
  json_group_array(updated_at),
  -- Each speaker, where the article names them: at the attribution, else at the quote.
  json_group_array(json_array(
      CASE WHEN person IS NOT NULL THEN 'person' ELSE 'organisation' END,
      coalesce(person, organisation),
      CASE WHEN speaker_mention_start IS NOT NULL AND speaker_mention_end IS NOT NULL
           THEN speaker_mention_start ELSE start_offset END) ORDER BY start_offset, id)
    FILTER (WHERE person IS NOT NULL OR organisation IS NOT NULL)
  FROM (${QUOTES_SHOWN})`;

/** The entities the article names, in reading order (ties in the order the rows were written). */
const MENTIONS = `SELECT CASE WHEN person_id IS NOT NULL THEN 'person' WHEN place_id IS NOT NULL THEN 'place' ELSE 'organisation' END,
    coalesce(person_id, place_id, organisation_id, ''), start_offset
  FROM mentions WHERE article_id = ? ORDER BY start_offset, id`;

const IDS = `id IN (SELECT value FROM json_each(?))`;

/** A reference to a place, as the public sees it: null when the place is hidden. */
const shownPlace = (column: string) => `(SELECT c.id FROM public_places c WHERE c.id = ${column})`;

/** The public entities among those named, each referring only to public ones. */
const ENTITIES = {
  person: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases),
      'nationality', nationality, 'nationalitySource', nationality_source, 'sameAs', json(same_as),
      'roles', (SELECT json_group_array(json_object('title', r.title,
                  'organisationId', (SELECT o.id FROM public_organisations o WHERE o.id = r.organisation_id),
                  'countryId', ${shownPlace('r.country_id')},
                  'startedOn', r.started_on, 'endedOn', r.ended_on, 'source', r.source)
                  ORDER BY r.id)
                FROM person_roles r WHERE r.person_id = public_people.id),
      'suggested', json(iif(suggested, 'true', 'false')),
      'createdAt', created_at, 'updatedAt', updated_at)
    FROM public_people WHERE ${IDS}`,
  place: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases), 'kind', kind, 'sameAs', json(same_as),
      'parentId', ${shownPlace('public_places.parent_id')}, 'isoCode', iso_code, 'latitude', latitude, 'longitude', longitude,
      'coordinatesSource', coordinates_source, 'suggested', json(iif(suggested, 'true', 'false')),
      'createdAt', created_at, 'updatedAt', updated_at)
    FROM public_places WHERE ${IDS}`,
  organisation: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases), 'kind', kind,
      'countryId', ${shownPlace('public_organisations.country_id')},
      'suggested', json(iif(suggested, 'true', 'false')), 'sameAs', json(same_as), 'createdAt', created_at, 'updatedAt', updated_at)
    FROM public_organisations WHERE ${IDS}`,
} as const;

type EntityType = keyof typeof ENTITIES;

const ARTICLE = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`;

const STORE = `INSERT OR REPLACE INTO article_documents (${STORED_COLUMNS}) VALUES (${Array(14).fill('?').join(', ')})`;

/** A statement that answers rows as arrays (the connection keeps compiled statements by their text). */
const statement = (db: Db, sql: string) => db.$client.prepare(sql).raw(true);

type ArticleRow = [id: string, fields: string, body: string, plainText: string, updatedAt: string];
type Reference = [type: EntityType, id: string, at: number];

/** Body blocks with their offsets in the plain text, as JSON (offsets in UTF-16 code units, as `positionBlocks`). */
function positionedBody(body: string): string {
  return JSON.stringify(
    positionBlocks(JSON.parse(body) as BodyBlock[]).map(({ type, text, start, end }) => ({ type, text, start, end })),
  );
}

/**
 * Per type, the entities the article refers to, in the order it first does so: mentions of a name
 * and quotes' speakers, by offset; at the same offset mentions come first (as `embedInArticles` has it).
 */
function referencedIds(mentions: Reference[], speakers: Reference[]): Record<EntityType, Set<string>> {
  const ordered = [...mentions, ...speakers].sort((a, b) => a[2] - b[2]);
  const named: Record<EntityType, Set<string>> = { person: new Set(), place: new Set(), organisation: new Set() };
  for (const [type, id] of ordered) named[type].add(id);
  return named;
}

/** Entity JSON documents in the order given, skipping any that no longer exist or the public may not see. */
function entityPart(query: Statement, ids: Set<string>): StoredDocument['parts'][Part] {
  if (ids.size === 0) return { json: '[]', keys: [], updatedAt: null };
  const rows = query.all(JSON.stringify([...ids])) as [id: string, updatedAt: string, json: string][];
  const byId = new Map(rows.map((row) => [row[0], row]));
  const found = [...ids].map((id) => byId.get(id)).filter((row) => row !== undefined);
  return {
    json: `[${found.map((row) => row[2]).join(',')}]`,
    keys: found.map((row) => row[0]),
    updatedAt: newest(found.map((row) => row[1])),
  };
}

/** Builds the document of the article with this id from its rows. */
function buildDocument(db: Db, id: string): StoredDocument {
  const [, fields, body, plainText] = statement(db, ARTICLE).get(id) as ArticleRow;
  const [quotes, quoteIds, quoteTimes, speakers] = statement(db, QUOTES).get(id) as [
    string,
    string,
    string,
    string | null,
  ];
  const named = referencedIds(
    statement(db, MENTIONS).all(id) as Reference[],
    speakers === null ? [] : (JSON.parse(speakers) as Reference[]),
  );
  return {
    article: `${fields.slice(0, -1)},"body":${positionedBody(body)},"plainText":${plainText}}`,
    parts: {
      quotes: {
        json: quotes,
        keys: JSON.parse(quoteIds) as string[],
        updatedAt: newest(JSON.parse(quoteTimes) as string[]),
      },
      people: entityPart(statement(db, ENTITIES.person), named.person),
      places: entityPart(statement(db, ENTITIES.place), named.place),
      organisations: entityPart(statement(db, ENTITIES.organisation), named.organisation),
    },
  };
}

function store(db: Db, id: string, document: StoredDocument) {
  db.$client.prepare(STORE).run(...storedValues(id, document));
}

/**
 * Builds the document and stores it, in one write transaction, so that no write can come between
 * what it was built from and storing it (a later write's trigger deletes it). When this process is
 * writing, or another process holds the write lock past the busy timeout, the document is built
 * from what the caller's connection reads and served unstored.
 */
function buildAndStore(db: Db, id: string): StoredDocument {
  try {
    const built = inTransactionIfIdle(db, (tx) => {
      const document = buildDocument(tx, id);
      store(tx, id, document);
      return document;
    });
    if (built) return built;
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  return buildDocument(db, id);
}

/**
 * The public article with this id or slug, with `include`d resources, as JSON; `null` when there
 * is no such article, `undefined` when this path cannot write it (the caller builds it instead).
 */
export async function articleDocument(
  db: Db,
  idOrSlug: string,
  include: Set<ArticleInclude>,
): Promise<ArticleDocument | null | undefined> {
  const parts = documentParts(include);
  if (!parts) return undefined;
  const by = looksLikeId(idOrSlug) ? 'id' : 'slug';
  if (dialectOf(db)) return postgresArticleDocument(db, by, idOrSlug, parts);
  const row = statement(db, `${storedQuery(by, parts)}?`).get(idOrSlug) as StoredRow | undefined;
  if (!row) return null;
  const [id, updatedAt] = row;
  return assembleDocument(id, updatedAt, readStored(row, parts) ?? buildAndStore(db, id), parts);
}

/** Stores the documents of public articles that have none, a batch at a time; answers how many it built. */
export async function storeMissingDocuments(db: Db, batch = 500): Promise<number> {
  if (dialectOf(db)) return storeMissingPostgresDocuments(db, batch);
  const missing = db.$client.prepare(
    `SELECT a.id FROM public_articles a
       WHERE NOT EXISTS (SELECT 1 FROM article_documents d WHERE d.article_id = a.id) LIMIT ?`,
  );
  let built = 0;
  for (;;) {
    const ids = missing.pluck().all(batch) as string[];
    if (ids.length === 0) return built;
    await inTransaction(db, (tx) => {
      for (const id of ids) store(tx, id, buildDocument(tx, id));
    });
    built += ids.length;
  }
}
