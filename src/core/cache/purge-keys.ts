import type { ChangeType } from '../../resources/changes/repository.ts';

/**
 * Which surrogate keys a change makes stale. Responses name every resource they contain in
 * `Surrogate-Key` (src/plugins/caching.ts): item ids, embedded ids, and for a list the collection
 * it serves (`articles` for `/articles`, `/people/:id/articles` and every feed). So a change of one
 * resource purges its id (its own page, every page embedding it, every list it is in) and its
 * collection (lists it may have joined or left), plus `search` and `changes`, which any change may
 * alter. A quote also purges its article, whose page lists its quotes but may not yet name a new one.
 */

export interface ChangedResource {
  type: ChangeType;
  id: string;
  /** For a quote that still exists: the article it belongs to. */
  articleId?: string | null;
}

const COLLECTION: Record<ChangeType, string> = {
  article: 'articles',
  quote: 'quotes',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};

/** Keys every change purges: search results and the change feed may change with anything. */
const ALWAYS = ['search', 'changes'];

/** The distinct keys to purge for `changes`, collections first. */
export function purgeKeys(changes: readonly ChangedResource[]): string[] {
  const keys = new Set<string>(ALWAYS);
  for (const change of changes) keys.add(COLLECTION[change.type]);
  for (const change of changes) {
    keys.add(change.id);
    if (change.articleId) keys.add(change.articleId);
  }
  return [...keys];
}

/**
 * Space-separated keys in headers of at most `maxLength` characters, so no single PURGE request
 * exceeds what a cache reads in one header (Varnish: http_req_hdr_len, 8 KB by default).
 */
export function keyHeaders(keys: readonly string[], maxLength = 4000): string[] {
  const headers: string[] = [];
  let current = '';
  for (const key of keys) {
    if (current && current.length + 1 + key.length > maxLength) {
      headers.push(current);
      current = '';
    }
    current = current ? `${current} ${key}` : key;
  }
  if (current) headers.push(current);
  return headers;
}
