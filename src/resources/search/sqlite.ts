import { snippetOf } from './snippets.ts';
import { otherNames, parsedBy, termsOf } from './terms.ts';
import type { Db } from '../../core/db/client.ts';
import { SEARCH_TABLES, byPrefix, type Keyset, type SearchStore, type SearchType, type StoreHit } from './store.ts';

/**
 * Search on SQLite: each type's FTS5 index ranked by bm25, with names and headlines weighted over
 * body text.
 */

interface TypeIndex {
  /** bm25 weights, one per indexed column. */
  weights: number[];
  /** What the public may see of the table (the views of migration 0017): joined by rowid, and a condition on it. */
  visible: { from: string; where?: string };
}

const INDEXES: Record<SearchType, TypeIndex> = {
  // Archived articles are public, and found like published ones (their status says which they are).
  article: { weights: [10, 4, 1], visible: { from: 'public_articles' } },
  // What public_quotes says, but with the public articles collected once: a search can match thousands
  // of quotes, and testing each one's article by itself cost 2.5 times as much.
  quote: { weights: [1], visible: { from: 'quotes', where: 't.article_id IN (SELECT id FROM public_articles)' } },
  person: { weights: [10, 6], visible: { from: 'public_people' } },
  place: { weights: [10, 6], visible: { from: 'public_places' } },
  organisation: { weights: [10, 6], visible: { from: 'public_organisations' } },
};

const KEYSETS = {
  from: 'AND score >= @afterScore',
  after: 'AND score > @afterScore',
  tie: 'AND (score > @afterScore OR (score = @afterScore AND rid > @afterRid))',
};

/** The best public hits of `type` for the FTS5 query `query`, past `keyset`, by score then rid. */
function typeHits(db: Db, type: SearchType, query: string, keyset: Keyset | undefined, limit: number): StoreHit[] {
  const index = INDEXES[type];
  const fts = `${SEARCH_TABLES[type]}_fts`;
  return db.$client
    .prepare(
      `SELECT * FROM (
         SELECT t.id AS id, t.rowid AS rid, bm25(${fts}, ${index.weights.join(', ')}) AS score
         FROM ${fts} JOIN ${index.visible.from} t ON t.rowid = ${fts}.rowid
         WHERE ${fts} MATCH @query ${index.visible.where ? `AND ${index.visible.where}` : ''}
       ) WHERE 1 ${keyset ? KEYSETS[keyset.relation] : ''}
       ORDER BY score, rid LIMIT @limit`,
    )
    .all({ query, limit, afterScore: keyset?.score, afterRid: keyset?.rid }) as StoreHit[];
}

export const sqliteSearch: SearchStore = {
  // terms.ts's ftsQuery() per type, with the aliases looked up once for all (they depend on q alone), and
  // the query checked only should the hits statement fail (parsedBy), not by a statement of its own first.
  hits: async (db, q, wanted, limit) => {
    const names = wanted.length > 0 ? otherNames(db, q) : [];
    return {
      hits: wanted.flatMap(({ type, keyset }) => {
        const query = termsOf(q, byPrefix(type), names);
        return parsedBy(db, SEARCH_TABLES[type], query, () => typeHits(db, type, query, keyset, limit)).map((hit) => ({
          ...hit,
          type,
          query,
        }));
      }),
    };
  },

  snippets: async (db, hits) => hits.map((hit) => snippetOf(db, SEARCH_TABLES[hit.type], hit.rid, hit.query)),
};
