import type { Db } from '../../core/db/client.ts';
import type { SearchTable } from './terms.ts';

/**
 * What a store does for a search, in its own SQL (sqlite.ts: FTS5; postgres.ts: the tsvector functions of
 * migrations/postgres/0002): the repository asks the same questions of either and gets the same shapes back.
 */

export const SEARCH_TYPES = ['article', 'quote', 'person', 'place', 'organisation'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TABLES: Record<SearchType, SearchTable> = {
  article: 'articles',
  quote: 'quotes',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};

/** One row a type's index found: `rid` is the row's creation order (SQLite's rowid), `score` lower is better. */
export interface StoreHit {
  id: string;
  rid: number;
  score: number;
}

/**
 * Where the previous page ended, as it bears on one type: hits of a type after the last one's need a
 * score at least as good (`from`), of a type before it a strictly worse one (`after`), of its own
 * type a worse score or an equal one with a later rid (`tie`).
 */
export interface Keyset {
  relation: 'from' | 'after' | 'tie';
  score: number;
  rid: number;
}

/** A hit as its store found it: its type, and the store's own query it matched (what its snippet marks). */
export interface TypedHit extends StoreHit {
  type: SearchType;
  query: string;
}

/**
 * What a store found, and where reading it apart costs a round trip (PostgreSQL), the time of the last
 * change read by the same statement (for the page's Last-Modified, as prepared-select.ts does for lists).
 */
export interface FoundHits {
  hits: TypedHit[];
  lastChange?: string | undefined;
}

/** A type to search, and where the previous page left it. */
export interface TypeRequest {
  type: SearchType;
  keyset: Keyset | undefined;
}

/** Articles and quotes are texts; people, places and organisations are names (and aliases). */
export const isText = (type: SearchType) => type === 'article' || type === 'quote';

/** Names match as prefixes (for autocomplete); words of texts whole. */
export const byPrefix = (type: SearchType) => !isText(type);

export interface SearchStore {
  /**
   * The best public hits of each type asked for, for what was typed (`q`): each type's past its keyset,
   * by score then rid, at most `limit` of each. A malformed `q` is the client's 400 naming `q`.
   */
  hits(db: Db, q: string, wanted: readonly TypeRequest[], limit: number): Promise<FoundHits>;
  /** The snippets of a page of hits, in its order, their matches between U+E000 and U+E001. */
  snippets(db: Db, hits: readonly TypedHit[]): Promise<string[]>;
}
