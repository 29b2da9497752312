import { sql, type SQL } from 'drizzle-orm';
import { classifyDatabaseError } from '../../core/db/errors.ts';
import { rows } from '../../core/db/queries.ts';
import type { InvalidParameterError } from '../../core/http/errors.ts';
import { invalidSearch } from '../../core/http/errors.ts';
import { postgresSnippetOf } from './postgres-snippets.ts';
import type { SearchTable } from './terms.ts';
import { SEARCH_TABLES, type SearchStore, type SearchType, type StoreHit } from './store.ts';

/** The type a table's rows have in search_passages: SEARCH_TABLES read backwards. */
const TYPE_OF_TABLE = Object.fromEntries(Object.entries(SEARCH_TABLES).map(([type, table]) => [table, type])) as Record<
  SearchTable,
  SearchType
>;

/**
 * Search on PostgreSQL, through the functions of migrations/postgres/0002_search.sql (its header says
 * how they match FTS5 and where ranking differs): search_query() reads what was typed as FTS5 would,
 * search_hits() ranks the public rows of a type with ts_rank_cd, search_snippet() and
 * postgres-snippets.ts mark matches as FTS5's snippet() does.
 */

/** PostgreSQL text cannot hold U+0000, and a query bound with one fails as the server's error, not the search's. */
function refuseNul(q: string): void {
  if (q.includes('\u0000')) throw invalidSearch('contains the character U+0000');
}

/** A search PostgreSQL refused as malformed (core/db/errors.ts), as the 400 naming `q` that SQLite's check gives. */
export function searchSyntaxError(error: unknown): InvalidParameterError | undefined {
  const failure = classifyDatabaseError(error);
  return failure?.kind === 'search-syntax' ? invalidSearch(failure.reason) : undefined;
}

const KEYSETS = {
  from: (score: number) => sql`AND score >= ${score}::real`,
  after: (score: number) => sql`AND score > ${score}::real`,
  tie: (score: number, rid: number) => sql`AND (score > ${score}::real OR (score = ${score}::real AND rid > ${rid}))`,
};

export const postgresSearch: SearchStore = {
  async query(db, _table, q, prefix) {
    refuseNul(q);
    try {
      const [row] = await rows<{ query: string }>(db, sql`SELECT search_query(${q}, ${prefix})::text AS query`);
      return row?.query ?? '';
    } catch (error) {
      throw searchSyntaxError(error) ?? error;
    }
  },

  // The query goes in as a value, not as a search_query() call: search_hits() is inlined into this
  // statement, and a call in its place would run once per candidate row (see the migration).
  hits: (db, type, query, keyset, limit) =>
    rows<StoreHit>(
      db,
      sql`SELECT id, rid::float8 AS rid, score FROM search_hits(${type}, ${query}::tsquery)
          WHERE TRUE ${keyset ? KEYSETS[keyset.relation](keyset.score, keyset.rid) : sql``}
          ORDER BY score, rid LIMIT ${limit}`,
    ),

  snippet: (db, type, hit, query) => postgresSnippetOf(db, type, hit.id, query),
};

/**
 * Rows of `table` whose text matches `q`, drafts too (a list's own conditions say who sees what).
 * The query is made once per statement (an uncorrelated sub-select is an InitPlan); a malformed one
 * fails the statement with SQLSTATE 42D01, which searchSyntaxError() turns into the 400.
 */
export function postgresMatches(table: SearchTable, q: string, prefix: boolean): SQL {
  refuseNul(q);
  const query = sql`(SELECT search_query(${q}, ${prefix}))`;
  // A phrase far into a long text is only in its passages (migrations/postgres/0003_phrases_in_passages.sql).
  return sql`${sql.identifier(table)}.id IN (
    SELECT id FROM ${sql.identifier(`${table}_fts`)} WHERE document @@ ${query}
    UNION ALL SELECT id FROM search_phrase_rows(${TYPE_OF_TABLE[table]}, ${query}))`;
}
