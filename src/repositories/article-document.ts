import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import type { BodyBlock } from '../db/schema.ts';
import { positionBlocks } from '../lib/article-text.ts';
import { looksLikeId } from '../lib/ids.ts';
import type { ArticleInclude } from '../schemas/articles.ts';

/**
 * One article with its quotes and the entities it names, already serialised as JSON by SQLite.
 *
 * The hot path of the API. `findArticle` + `embedInArticles` build the same object through the
 * query builder and Fastify's serializer; here a handful of prepared statements let SQLite write
 * the JSON itself (`json_object`, `json_group_array`), so no row becomes a JavaScript object and no
 * serializer runs. The output follows the `Article` schema, key for key and in the same order, and
 * tests compare it with the general path. What it does not cover (`include=mentions`,
 * `quotes.speaker`) answers `undefined`, and the caller takes the general path.
 */

/** The includes this path can write; any other sends the request down the general path. */
export const DOCUMENT_INCLUDES: ReadonlySet<ArticleInclude> = new Set(['quotes', 'people', 'places', 'organisations']);

export interface ArticleDocument {
  /** The `Article` object as JSON text. */
  json: string;
  /** The article, then its quotes, people, places and organisations: what the response contains. */
  ids: string[];
  /** Every `updatedAt` in the response. */
  updatedAt: string[];
}

const ARTICLE_COLUMNS = `a.id, json_object(
    'id', a.id, 'slug', a.slug, 'headline', a.headline,
    'headlineEditorial', json(iif(a.headline_editorial, 'true', 'false')),
    'standfirst', a.standfirst, 'credit', a.credit, 'source', a.source, 'language', a.language, 'status', a.status,
    'publishedAt', a.published_at, 'publishedAtSource', a.published_at_source, 'wordCount', a.word_count,
    'publishAt', a.publish_at,
    'createdAt', a.created_at, 'updatedAt', a.updated_at),
  a.body, json_quote(a.plain_text), a.updated_at`;

const PUBLIC = `a.status IN ('published', 'archived')`;

const QUOTES = `SELECT json_group_array(json_object(
    'id', id, 'articleId', article_id,
    'speakerType', CASE WHEN speaker_person_id IS NOT NULL THEN 'person'
                        WHEN speaker_organisation_id IS NOT NULL THEN 'organisation' END,
    'speakerId', coalesce(speaker_person_id, speaker_organisation_id),
    'text', text, 'kind', kind, 'channel', channel, 'start', start_offset, 'end', end_offset,
    'speakerMention', CASE WHEN speaker_mention_start IS NOT NULL AND speaker_mention_end IS NOT NULL
                           THEN json_object('start', speaker_mention_start, 'end', speaker_mention_end) END,
    'saidAt', said_at, 'saidAtSource', said_at_source, 'createdAt', created_at, 'updatedAt', updated_at)
    ORDER BY start_offset, id),
  json_group_array(id ORDER BY start_offset, id),
  json_group_array(updated_at),
  -- Each speaker, where the article names them: at the attribution, else at the quote.
  json_group_array(json_array(
      CASE WHEN speaker_person_id IS NOT NULL THEN 'person' ELSE 'organisation' END,
      coalesce(speaker_person_id, speaker_organisation_id),
      CASE WHEN speaker_mention_start IS NOT NULL AND speaker_mention_end IS NOT NULL
           THEN speaker_mention_start ELSE start_offset END) ORDER BY start_offset, id)
    FILTER (WHERE speaker_person_id IS NOT NULL OR speaker_organisation_id IS NOT NULL)
  FROM quotes WHERE article_id = ?`;

/** The entities the article names, in reading order (ties in the order the rows were written). */
const MENTIONS = `SELECT CASE WHEN person_id IS NOT NULL THEN 'person' WHEN place_id IS NOT NULL THEN 'place' ELSE 'organisation' END,
    coalesce(person_id, place_id, organisation_id, ''), start_offset
  FROM mentions WHERE article_id = ? ORDER BY start_offset, id`;

const IDS = `id IN (SELECT value FROM json_each(?))`;

const ENTITIES = {
  person: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases),
      'nationality', nationality, 'nationalitySource', nationality_source, 'sameAs', json(same_as),
      'roles', (SELECT json_group_array(json_object('title', r.title, 'organisationId', r.organisation_id,
                  'countryId', r.country_id, 'startedOn', r.started_on, 'endedOn', r.ended_on, 'source', r.source)
                  ORDER BY r.id)
                FROM person_roles r WHERE r.person_id = people.id),
      'suggested', json(iif(suggested, 'true', 'false')),
      'createdAt', created_at, 'updatedAt', updated_at)
    FROM people WHERE ${IDS}`,
  place: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases), 'kind', kind, 'sameAs', json(same_as),
      'parentId', parent_id, 'isoCode', iso_code, 'latitude', latitude, 'longitude', longitude,
      'coordinatesSource', coordinates_source, 'suggested', json(iif(suggested, 'true', 'false')),
      'createdAt', created_at, 'updatedAt', updated_at)
    FROM places WHERE ${IDS}`,
  organisation: `SELECT id, updated_at, json_object(
      'id', id, 'slug', slug, 'name', name, 'aliases', json(aliases), 'kind', kind, 'countryId', country_id,
      'suggested', json(iif(suggested, 'true', 'false')), 'sameAs', json(same_as), 'createdAt', created_at, 'updatedAt', updated_at)
    FROM organisations WHERE ${IDS}`,
} as const;

type EntityType = keyof typeof ENTITIES;
const INCLUDE_OF: Record<EntityType, ArticleInclude> = {
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};

const ARTICLE_BY_ID = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${PUBLIC} AND a.id = ?`;
const ARTICLE_BY_SLUG = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${PUBLIC} AND a.slug = ?`;

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

/** Entity JSON documents in the order given, skipping any that no longer exist. */
function entityDocuments(query: Statement, ids: Set<string>, document: ArticleDocument): string {
  if (ids.size === 0) return '[]';
  const rows = query.all(JSON.stringify([...ids])) as [id: string, updatedAt: string, json: string][];
  const byId = new Map(rows.map((row) => [row[0], row]));
  const parts: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    parts.push(row[2]);
    document.ids.push(id);
    document.updatedAt.push(row[1]);
  }
  return `[${parts.join(',')}]`;
}

/**
 * The public article with this id or slug, with `include`d resources, as JSON; `null` when there
 * is no such article, `undefined` when this path cannot write it (the caller builds it instead).
 */
export function articleDocument(
  db: Db,
  idOrSlug: string,
  include: Set<ArticleInclude>,
): ArticleDocument | null | undefined {
  for (const name of include) if (!DOCUMENT_INCLUDES.has(name)) return undefined;
  const row = statement(db, looksLikeId(idOrSlug) ? ARTICLE_BY_ID : ARTICLE_BY_SLUG).get(idOrSlug) as
    ArticleRow | undefined;
  if (!row) return null;
  const [id, fields, body, plainText, updatedAt] = row;
  const document: ArticleDocument = { json: '', ids: [id], updatedAt: [updatedAt] };
  let json = `${fields.slice(0, -1)},"body":${positionedBody(body)},"plainText":${plainText}`;

  const wanted = (Object.keys(ENTITIES) as EntityType[]).filter((type) => include.has(INCLUDE_OF[type]));
  if (include.has('quotes') || wanted.length > 0) {
    const [quotes, ids, times, speakers] = statement(db, QUOTES).get(id) as [string, string, string, string | null];
    if (include.has('quotes')) {
      json += `,"quotes":${quotes}`;
      document.ids.push(...(JSON.parse(ids) as string[]));
      document.updatedAt.push(...(JSON.parse(times) as string[]));
    }
    if (wanted.length > 0) {
      const named = referencedIds(
        statement(db, MENTIONS).all(id) as Reference[],
        speakers === null ? [] : (JSON.parse(speakers) as Reference[]),
      );
      for (const type of wanted) {
        json += `,"${INCLUDE_OF[type]}":${entityDocuments(statement(db, ENTITIES[type]), named[type], document)}`;
      }
    }
  }
  document.json = `${json}}`;
  return document;
}
