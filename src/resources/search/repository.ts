import type { Db } from '../../core/db/client.ts';
import { encodeCursor, decodeCursor, type Page, type PageRequest, type SortOrder } from '../../core/db/pagination.ts';
import { articleSummariesByIds } from '../articles/repository.ts';
import { organisationsByIds } from '../organisations/repository.ts';
import { peopleByIds } from '../people/repository.ts';
import { placesByIds } from '../places/repository.ts';
import { quotesByIds } from '../quotes/repository.ts';
import { snippetOf } from './snippets.ts';
import { ftsQuery, type SearchTable } from './terms.ts';
import { sql } from 'drizzle-orm';

/**
 * One ranked search over every resource: each type's FTS5 index is asked for its best matches
 * (bm25, with names and headlines weighted over body text), and the lists are merged by score.
 */

export const SEARCH_TYPES = ['article', 'quote', 'person', 'place', 'organisation'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

interface TypeIndex {
  table: SearchTable;
  /** bm25 weights, one per indexed column. */
  weights: number[];
  /** What the public may see of the table (the views of migration 0017): joined by rowid, and a condition on it. */
  visible: { from: string; where?: string };
  /** The resources of a page of hits, as the public sees them. */
  load: (db: Db, ids: string[], audience: 'public') => Promise<{ id: string }[]>;
}

const INDEXES: Record<SearchType, TypeIndex> = {
  // Archived articles are public, and found like published ones (their status says which they are).
  article: {
    table: 'articles',
    weights: [10, 4, 1],
    visible: { from: 'public_articles' },
    load: articleSummariesByIds,
  },
  // What public_quotes says, but with the public articles collected once: a search can match thousands
  // of quotes, and testing each one's article by itself cost 2.5 times as much.
  quote: {
    table: 'quotes',
    weights: [1],
    visible: { from: 'quotes', where: 't.article_id IN (SELECT id FROM public_articles)' },
    load: quotesByIds,
  },
  person: { table: 'people', weights: [10, 6], visible: { from: 'public_people' }, load: peopleByIds },
  place: { table: 'places', weights: [10, 6], visible: { from: 'public_places' }, load: placesByIds },
  organisation: {
    table: 'organisations',
    weights: [10, 6],
    visible: { from: 'public_organisations' },
    load: organisationsByIds,
  },
};

export interface SearchHit {
  type: SearchType;
  id: string;
  score: number;
  snippet: string;
  resource: object;
}

interface RawHit {
  id: string;
  score: number;
  rid: number;
  type: SearchType;
  order: number;
  query: string;
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

export async function search(
  db: Db,
  q: string,
  types: readonly SearchType[],
  request: PageRequest,
): Promise<Page<SearchHit>> {
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, ORDER);
  const [afterScore, afterType, afterRid] = (after?.values ?? []) as [number, number, number];
  const hits: RawHit[] = [];
  for (const type of types) {
    const index = INDEXES[type];
    const order = SEARCH_TYPES.indexOf(type);
    const query = ftsQuery(db, index.table, q, { prefix: type !== 'article' && type !== 'quote' });
    // Keyset over (score, type, rowid), resolved per type since the type is fixed within a query.
    const keyset =
      after === undefined
        ? ''
        : order > afterType
          ? 'AND score >= @afterScore'
          : order < afterType
            ? 'AND score > @afterScore'
            : 'AND (score > @afterScore OR (score = @afterScore AND rid > @afterRid))';
    const fts = `${index.table}_fts`;
    const rows = db.$client
      .prepare(
        `SELECT * FROM (
           SELECT t.id AS id, t.rowid AS rid, bm25(${fts}, ${index.weights.join(', ')}) AS score
           FROM ${fts} JOIN ${index.visible.from} t ON t.rowid = ${fts}.rowid
           WHERE ${fts} MATCH @query ${index.visible.where ? `AND ${index.visible.where}` : ''}
         ) WHERE 1 ${keyset}
         ORDER BY score, rid LIMIT @limit`,
      )
      .all({ query, limit: request.limit + 1, afterScore, afterRid }) as Pick<RawHit, 'id' | 'rid' | 'score'>[];
    hits.push(...rows.map((row) => ({ ...row, type, order, query })));
  }
  hits.sort((a, b) => a.score - b.score || a.order - b.order || a.rid - b.rid);
  const page = hits.slice(0, request.limit);
  const last = page.at(-1);

  const resources = new Map<string, object>();
  for (const type of types) {
    const ids = page.filter((hit) => hit.type === type).map((hit) => hit.id);
    for (const resource of await INDEXES[type].load(db, ids, 'public')) resources.set(resource.id, resource);
  }
  return {
    items: page.map((hit) => ({
      type: hit.type,
      id: hit.id,
      score: -hit.score,
      // Only for the page's hits, each from a bounded stretch of its text (search-snippets.ts).
      snippet: highlight(
        snippetOf(db, INDEXES[hit.type].table, hit.rid, hit.query),
        hit.type === 'article' || hit.type === 'quote',
      ),
      resource: resources.get(hit.id) ?? {},
    })),
    nextCursor:
      hits.length > request.limit && last ? encodeCursor(ORDER.name, [last.score, last.order, last.rid]) : null,
    prevCursor: null,
  };
}
