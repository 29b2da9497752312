import { sql } from 'drizzle-orm';
import fastJsonStringify, { type Schema } from 'fast-json-stringify';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Db } from '../../core/db/client.ts';
import { readRows, rows } from '../../core/db/queries.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { forSerialization } from '../../core/http/serialization.ts';
import { ref } from '../../core/http/schemas.ts';
import { organisationSchemas, Organisation } from '../organisations/schema.ts';
import { personSchemas, Person } from '../people/schema.ts';
import { placeSchemas, Place } from '../places/schema.ts';
import { quoteSchemas, Quote } from '../quotes/schema.ts';
import { embedInArticles } from './embed.ts';
import { articlesByIds } from './repository.ts';
import { Article, articleSchemas } from './schema.ts';
import {
  assembleDocument,
  newest,
  PARTS,
  readStored,
  STORED_COLUMNS,
  storedQuery,
  storedValues,
  type ArticleDocument,
  type Part,
  type StoredDocument,
  type StoredRow,
} from './document-parts.ts';

/**
 * Article documents on PostgreSQL: the same stored parts as on SQLite (document-parts.ts), so a
 * single article is one round trip (a read with every include was ten, one per table).
 *
 * PostgreSQL has no `json_object` that writes JSON as Fastify does (its spacing and number forms
 * differ), so the parts are written by the general path itself: `articlesByIds` and `embedInArticles`
 * as the public sees them, serialised with the `Article`, `Quote`, `Person`, `Place` and
 * `Organisation` schemas by fast-json-stringify, as the route's serialiser would. The triggers of
 * migration postgres/0001 delete a stored document whenever anything it shows changes.
 *
 * A document is built and stored in one transaction that holds `dateline_write_lock()`, which every
 * writer takes first (postgres/client.ts): no write can commit between what it was built from and
 * storing it, so a write's trigger never runs before a stale document is stored. That is SQLite's
 * `BEGIN IMMEDIATE`. On a read that finds no document the general path answers at once, and the
 * build runs beside it: a read never waits for the write lock.
 */

type Serializer = (value: unknown) => string;

const SCHEMAS = [
  ...articleSchemas,
  ...quoteSchemas,
  ...personSchemas,
  ...placeSchemas,
  ...organisationSchemas,
] as TSchema[];

let serializers: { article: Serializer; parts: Record<Part, Serializer> } | undefined;

/** The serialisers, compiled on first use (a SQLite process never needs them). */
function serializersOf() {
  if (serializers) return serializers;
  // Every schema they may refer to, in the form the app's serialiser compiles (serialization.ts).
  const external = Object.fromEntries(SCHEMAS.map((each) => [each.$id as string, forSerialization(each) as Schema]));
  const serializerOf = (schema: TSchema): Serializer =>
    fastJsonStringify(forSerialization(schema) as Schema, { schema: external });
  serializers = {
    article: serializerOf(Article),
    parts: {
      quotes: serializerOf(Type.Array(ref(Quote))),
      people: serializerOf(Type.Array(ref(Person))),
      places: serializerOf(Type.Array(ref(Place))),
      organisations: serializerOf(Type.Array(ref(Organisation))),
    },
  };
  return serializers;
}

/** The documents of the public articles among `ids`, written by the general path, by article id. */
async function buildDocuments(db: Db, ids: string[]): Promise<Map<string, StoredDocument>> {
  const articles = await articlesByIds(db, ids, 'public');
  const embedded = await embedInArticles(db, articles, new Set(PARTS), 'public');
  const { article: serializeArticle, parts: serializeParts } = serializersOf();
  const documents = new Map<string, StoredDocument>();
  articles.forEach((article, index) => {
    const full = embedded[index];
    const parts = {} as StoredDocument['parts'];
    for (const name of PARTS) {
      const items: { id: string; updatedAt: string }[] = full?.[name] ?? [];
      parts[name] = {
        json: serializeParts[name](items),
        keys: items.map((item) => item.id),
        updatedAt: newest(items.map((item) => item.updatedAt)),
      };
    }
    documents.set(article.id, { article: serializeArticle(article), parts });
  });
  return documents;
}

/** Builds the documents of these articles and stores them (the caller holds the write lock). */
async function buildAndStoreIn(tx: Db, ids: string[]): Promise<number> {
  const documents = await buildDocuments(tx, ids);
  for (const [id, document] of documents) await rows(tx, storeStatement(id, document));
  return documents.size;
}

const UPDATED_COLUMNS = STORED_COLUMNS.split(',')
  .map((column) => column.trim())
  .filter((column) => column !== 'article_id');

/** Stores a document over any stored before. */
function storeStatement(id: string, document: StoredDocument) {
  const values = sql.join(
    storedValues(id, document).map((value) => sql`${value}`),
    sql`, `,
  );
  const updates = UPDATED_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ');
  return sql`INSERT INTO article_documents (${sql.raw(STORED_COLUMNS)}) VALUES (${values})
    ON CONFLICT (article_id) DO UPDATE SET ${sql.raw(updates)}`;
}

/** Articles read without a stored document, per database, waiting for theirs to be built. */
const waiting = new WeakMap<Db, Set<string>>();
/** At most this many wait: beyond them, a read leaves its article to be queued by a later read. */
const WAITING_MAX = 10_000;
/**
 * Documents built and stored per transaction: a few, since the transaction holds the write lock
 * (about 2 ms a document at 100k articles), and writers wait for it meanwhile.
 */
const BUILT_TOGETHER = 10;

/**
 * Has the document built and stored beside the read that found none. One queue per database and
 * process, worked through a few articles per transaction: each build holds a pooled connection and
 * the write lock while it runs, so after a restart a burst of reads of unstored articles never takes
 * the pool from the reads or the lock from writers for long. A failed build leaves its documents
 * unstored; a later read queues them again.
 */
function buildBeside(db: Db, id: string) {
  const queue = waiting.get(db);
  if (queue) {
    if (queue.size < WAITING_MAX) queue.add(id);
    return;
  }
  const started = new Set([id]);
  waiting.set(db, started);
  void buildWaiting(db, started);
}

async function buildWaiting(db: Db, queue: Set<string>) {
  while (queue.size > 0) {
    const ids = [...queue].slice(0, BUILT_TOGETHER);
    for (const id of ids) queue.delete(id);
    await inTransaction(db, (tx) => buildAndStoreIn(tx, ids)).catch(() => undefined);
  }
  waiting.delete(db);
}

/** The stored row of the public article with this id or slug, with the parts asked for. */
async function storedRow(db: Db, by: 'id' | 'slug', idOrSlug: string, parts: readonly Part[]) {
  // On a replica where there are replicas, as every other public read: the hottest read of the API.
  const [row] = await readRows<Record<string, string | null>>(db, sql`${sql.raw(storedQuery(by, parts))}${idOrSlug}`);
  // Columns in the order selected: PostgreSQL answers them so, and node-postgres keeps that order.
  return row && (Object.values(row) as StoredRow);
}

/**
 * The public article with this id or slug and the parts asked for, from its stored document; `null`
 * when there is no such article; `undefined` when no document is stored yet (the general path
 * answers, and the document is built beside it).
 */
export async function postgresArticleDocument(
  db: Db,
  by: 'id' | 'slug',
  idOrSlug: string,
  parts: readonly Part[],
): Promise<ArticleDocument | null | undefined> {
  const row = await storedRow(db, by, idOrSlug, parts);
  if (!row) return null;
  const [id, updatedAt] = row;
  const stored = readStored(row, parts);
  if (stored) return assembleDocument(id, updatedAt, stored, parts);
  buildBeside(db, id);
  return undefined;
}

/** Stores the documents of public articles that have none, a batch at a time; answers how many it built. */
export async function storeMissingPostgresDocuments(db: Db, batch: number): Promise<number> {
  let built = 0;
  for (;;) {
    const missing = await rows<{ id: string }>(
      db,
      sql`SELECT a.id FROM public_articles a
          WHERE NOT EXISTS (SELECT 1 FROM article_documents d WHERE d.article_id = a.id)
          LIMIT ${batch}`,
    );
    if (missing.length === 0) return built;
    const stored = await inTransaction(db, (tx) =>
      buildAndStoreIn(
        tx,
        missing.map(({ id }) => id),
      ),
    );
    // None stored (each went out of public view meanwhile): stop, rather than ask for the same batch again.
    if (stored === 0) return built;
    built += stored;
  }
}
