import type { ArticleInclude } from './schema.ts';

/**
 * What both stores' article documents share: the parts a stored document is kept in
 * (`article_documents`), how a read picks the parts asked for, and how they are joined into the
 * `Article` JSON a response sends. SQLite writes the parts itself (document.ts); PostgreSQL has them
 * written by the general path's serialisers (document-postgres.ts). Either way the bytes are the
 * general path's.
 */

/** The includes a document can answer; any other sends the request down the general path. */
export const DOCUMENT_INCLUDES: ReadonlySet<ArticleInclude> = new Set(['quotes', 'people', 'places', 'organisations']);

export interface ArticleDocument {
  /** The `Article` object as JSON text. */
  json: string;
  /** The article, then its quotes, people, places and organisations: what the response contains. */
  ids: string[];
  /** The article's `updatedAt` (its version), then the newest of each included part. */
  updatedAt: string[];
}

/** What `include=` can add to the article, in the order the `Article` schema lists them. */
export const PARTS = ['quotes', 'people', 'places', 'organisations'] as const;
export type Part = (typeof PARTS)[number];

/** One part of a document: its JSON array, the ids in it, and its newest `updatedAt`. */
export interface DocumentPart {
  json: string;
  keys: string[];
  updatedAt: string | null;
}

/** A stored document: the article's JSON (without includes), and each part. */
export interface StoredDocument {
  article: string;
  parts: Record<Part, DocumentPart>;
}

/** The newest of some `updatedAt` times (ISO 8601 in UTC, so they compare as text); null for none. */
export const newest = (times: string[]) =>
  times.reduce<string | null>((max, time) => (max === null || time > max ? time : max), null);

/** The row a read of a stored document answers, its columns in this order (see `storedQuery`). */
export type StoredRow = [id: string, updatedAt: string, article: string | null, ...parts: (string | null)[]];

/** The parts of a request's includes, in the schema's order; undefined when a document cannot answer them. */
export function documentParts(include: Set<ArticleInclude>): Part[] | undefined {
  for (const name of include) if (!DOCUMENT_INCLUDES.has(name)) return undefined;
  return PARTS.filter((part) => include.has(part));
}

/** Each part's columns in `article_documents`: its JSON, its ids, its newest `updatedAt`. */
const PART_COLUMNS: Record<Part, string> = {
  quotes: 'd.quotes, d.quote_keys, d.quotes_updated_at',
  people: 'd.people, d.people_keys, d.people_updated_at',
  places: 'd.places, d.place_keys, d.places_updated_at',
  organisations: 'd.organisations, d.organisation_keys, d.organisations_updated_at',
};

/**
 * The public article and the parts of its stored document asked for, if there is one (columns in
 * `StoredRow` order), up to the value of its id or slug, which the caller binds. Only those parts: a
 * row holds several KB over overflow pages, and reading the parts a request leaves out cost a single
 * article's read as much again.
 */
const storedQueries = new Map<string, string>();
export function storedQuery(by: 'id' | 'slug', parts: readonly Part[]): string {
  const key = `${by} ${parts.join(' ')}`;
  let query = storedQueries.get(key);
  if (query === undefined) {
    query = `SELECT a.id, a.updated_at, d.article${parts.map((part) => `, ${PART_COLUMNS[part]}`).join('')}
      FROM public_articles a LEFT JOIN article_documents d ON d.article_id = a.id WHERE a.${by} = `;
    storedQueries.set(key, query);
  }
  return query;
}

/** The columns a document is stored in, in the order `storedValues` gives their values. */
export const STORED_COLUMNS = `article_id, article,
    quotes, quote_keys, quotes_updated_at, people, people_keys, people_updated_at,
    places, place_keys, places_updated_at, organisations, organisation_keys, organisations_updated_at`;

/** The values of a document's row, in `STORED_COLUMNS` order. */
export function storedValues(id: string, { article, parts }: StoredDocument): unknown[] {
  return [
    id,
    article,
    ...PARTS.flatMap((part) => [parts[part].json, parts[part].keys.join(' '), parts[part].updatedAt]),
  ];
}

/** The stored parts read (`parts`, in that order), or undefined when the document is not stored yet. */
export function readStored(row: StoredRow, parts: readonly Part[]): StoredDocument | undefined {
  const [, , article, ...columns] = row;
  if (article === null) return undefined;
  const read = {} as StoredDocument['parts'];
  parts.forEach((part, index) => {
    const [json, keys, updatedAt] = columns.slice(index * 3, index * 3 + 3);
    read[part] = { json: json ?? '[]', keys: keys ? keys.split(' ') : [], updatedAt: updatedAt ?? null };
  });
  return { article, parts: read };
}

/** The article with the parts asked for, as the response's JSON, with what it contains for the cache layer. */
export function assembleDocument(
  id: string,
  updatedAt: string,
  { article, parts: read }: StoredDocument,
  parts: readonly Part[],
): ArticleDocument {
  const document: ArticleDocument = { json: '', ids: [id], updatedAt: [updatedAt] };
  let json = article.slice(0, -1);
  for (const part of parts) {
    const { json: partJson, keys, updatedAt: partUpdatedAt } = read[part];
    json += `,"${part}":${partJson}`;
    document.ids.push(...keys);
    if (partUpdatedAt !== null) document.updatedAt.push(partUpdatedAt);
  }
  document.json = `${json}}`;
  return document;
}
