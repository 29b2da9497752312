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

export interface SearchStore {
  /** What `q` means to the store's index, checked: a malformed query is the client's 400 naming `q`. */
  query(db: Db, table: SearchTable, q: string, prefix: boolean): Promise<string>;
  /** The best public hits of `type` for `query`, past `keyset`, by score then rid. */
  hits(db: Db, type: SearchType, query: string, keyset: Keyset | undefined, limit: number): Promise<StoreHit[]>;
  /** A hit's snippet, its matches between U+E000 and U+E001. */
  snippet(db: Db, type: SearchType, hit: StoreHit, query: string): Promise<string>;
}
