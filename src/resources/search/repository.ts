import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { encodeCursor, decodeCursor, type Page, type PageRequest, type SortOrder } from '../../core/db/pagination.ts';
import { articleSummariesByIds } from '../articles/repository.ts';
import { organisationsByIds } from '../organisations/repository.ts';
import { peopleByIds } from '../people/repository.ts';
import { placesByIds } from '../places/repository.ts';
import { quotesByIds } from '../quotes/repository.ts';
import { postgresSearch } from './postgres.ts';
import { sqliteSearch } from './sqlite.ts';
import { SEARCH_TYPES, isText, type Keyset, type SearchStore, type SearchType, type TypedHit } from './store.ts';
import { sql } from 'drizzle-orm';

/**
 * One ranked search over every resource: each type's index is asked for its best matches (names and
 * headlines weighted over body text), and the lists are merged by score. The store's own SQL is in
 * sqlite.ts (FTS5, bm25) and postgres.ts (tsvector, ts_rank_cd); what comes back has one shape.
 */

export { SEARCH_TYPES, type SearchType };

/** The resources of a page of hits, as the public sees them. */
type Loader = (db: Db, ids: string[], audience: 'public') => { id: string }[] | Promise<{ id: string }[]>;

const LOADERS: Record<SearchType, Loader> = {
  article: articleSummariesByIds,
  quote: quotesByIds,
  person: peopleByIds,
  place: placesByIds,
  organisation: organisationsByIds,
};

export interface SearchHit {
  type: SearchType;
  id: string;
  score: number;
  snippet: string;
  resource: object;
}

/** A hit before its resource is loaded: what the store found, its snippet highlighted. */
export type FoundHit = Omit<SearchHit, 'resource'>;

interface RawHit extends TypedHit {
  order: number;
}

const ORDER: SortOrder = {
  name: 'search:relevance',
  keys: [
    { column: sql`score`, direction: 'asc' },
    { column: sql`type`, direction: 'asc' },
    { column: sql`rid`, direction: 'asc' },
  ],
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Alias lists are stored as JSON arrays; a snippet of one reads better as a plain list. */
const unJson = (snippet: string) =>
  snippet.startsWith('[') || snippet.endsWith(']') || snippet.includes('","')
    ? snippet
        .replace(/^\[|\]$/g, '')
        .replaceAll('","', ', ')
        .replaceAll('"', '')
    : snippet;

/** FTS5 marks matches with private-use characters; the text is escaped before they become <mark>s. */
function highlight(snippet: string, isText: boolean): string {
  return escapeHtml(isText ? snippet : unJson(snippet))
    .replaceAll('\uE000', '<mark>')
    .replaceAll('\uE001', '</mark>');
}

const storeOf = (db: Db): SearchStore => (dialectOf(db) ? postgresSearch : sqliteSearch);

/** Where the previous page ended, as it bears on the type numbered `order`. */
function keysetFor(order: number, after: [number, number, number] | undefined): Keyset | undefined {
  if (after === undefined) return undefined;
  const [score, afterType, rid] = after;
  return { relation: order > afterType ? 'from' : order < afterType ? 'after' : 'tie', score, rid };
}

interface PageOfHits {
  page: RawHit[];
  nextCursor: string | null;
  lastChange?: string | undefined;
}

/** A page of hits, best first, before their snippets: what the store found, and where the next page starts. */
async function pageOfHits(db: Db, q: string, types: readonly SearchType[], request: PageRequest): Promise<PageOfHits> {
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, ORDER);
  const afterValues = after?.values as [number, number, number] | undefined;
  // Keyset over (score, type, rid), resolved per type since the type is fixed within a type's hits.
  const wanted = types.map((type) => ({ type, keyset: keysetFor(SEARCH_TYPES.indexOf(type), afterValues) }));
  const found = await storeOf(db).hits(db, q, wanted, request.limit + 1);
  const hits: RawHit[] = found.hits.map((hit) => ({ ...hit, order: SEARCH_TYPES.indexOf(hit.type) }));
  hits.sort((a, b) => a.score - b.score || a.order - b.order || a.rid - b.rid);
  const page = hits.slice(0, request.limit);
  const last = page.at(-1);
  return {
    page,
    nextCursor:
      hits.length > request.limit && last ? encodeCursor(ORDER.name, [last.score, last.order, last.rid]) : null,
    lastChange: found.lastChange,
  };
}

/** The page's hits with their snippets (each from a bounded stretch of its text: snippets.ts). */
const withSnippets = (page: readonly RawHit[], snippets: readonly string[]): FoundHit[] =>
  page.map((hit, index) => ({
    type: hit.type,
    id: hit.id,
    score: -hit.score,
    snippet: highlight(snippets[index] ?? '', isText(hit.type)),
  }));

/** A page of hits with their snippets, best first: the search without the resources found. */
export async function findHits(
  db: Db,
  q: string,
  types: readonly SearchType[],
  request: PageRequest,
): Promise<Page<FoundHit>> {
  const { page, nextCursor } = await pageOfHits(db, q, types, request);
  const snippets = await storeOf(db).snippets(db, page);
  return { items: withSnippets(page, snippets), nextCursor, prevCursor: null };
}

export async function search(
  db: Db,
  q: string,
  types: readonly SearchType[],
  request: PageRequest,
): Promise<Page<SearchHit>> {
  const { page, nextCursor, lastChange } = await pageOfHits(db, q, types, request);
  // The snippets and each type's resources at once: on PostgreSQL each query has a pooled connection of its own.
  const [snippets, loaded] = await Promise.all([
    storeOf(db).snippets(db, page),
    Promise.all(
      types.map(async (type) =>
        LOADERS[type](
          db,
          page.filter((hit) => hit.type === type).map((hit) => hit.id),
          'public',
        ),
      ),
    ),
  ]);
  const resources = new Map<string, object>(loaded.flat().map((resource) => [resource.id, resource]));
  const items = withSnippets(page, snippets).map((hit) => ({ ...hit, resource: resources.get(hit.id) ?? {} }));
  return { items, nextCursor, prevCursor: null, ...(lastChange !== undefined && { lastChange }) };
}
