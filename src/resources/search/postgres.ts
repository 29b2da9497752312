import { sql, type SQL } from 'drizzle-orm';
import { classifyDatabaseError } from '../../core/db/errors.ts';
import { rows } from '../../core/db/queries.ts';
import type { InvalidParameterError } from '../../core/http/errors.ts';
import { invalidSearch } from '../../core/http/errors.ts';
import { postgresSnippets } from './postgres-snippets.ts';
import type { SearchTable } from './terms.ts';
import { SEARCH_TABLES, type SearchStore, type SearchType, type TypedHit, type TypeRequest } from './store.ts';

/** The type a table's rows have in search_passages: SEARCH_TABLES read backwards. */
const TYPE_OF_TABLE = Object.fromEntries(Object.entries(SEARCH_TABLES).map(([type, table]) => [table, type])) as Record<
  SearchTable,
  SearchType
>;

/**
 * Search on PostgreSQL, through the functions of migrations/postgres/0002_search.sql (its header says
 * how they match FTS5 and where ranking differs) and of 0005 (a page in two calls): search_page_hits() reads
 * what was typed as FTS5 would and ranks the public rows of each type with ts_rank_cd, and
 * postgres-snippets.ts marks matches as FTS5's snippet() does.
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

export const postgresSearch: SearchStore = {
  // One call for every type (migration 0005's search_page_hits()): what was typed is read once, each
  // type's hits are ranked by search_hits(), and the keysets travel as arrays, one entry per type.
  // The last change's time comes with each hit, saving the round trip that would read it apart.
  async hits(db, q, wanted, limit) {
    if (wanted.length === 0) return { hits: [] };
    refuseNul(q);
    const column = <T>(of: (request: TypeRequest) => T) => sql.param(wanted.map(of));
    try {
      const found = await rows<TypedHit & { lastChange: string | null }>(
        db,
        sql`SELECT hit_type AS type, hit_id AS id, hit_rid AS rid, hit_score AS score, hit_query AS query,
              (SELECT changed_at FROM changes ORDER BY seq DESC LIMIT 1) AS "lastChange"
            FROM search_page_hits(${q}, ${column(({ type }) => type)}::text[],
              ${column(({ keyset }) => keyset?.relation ?? null)}::text[], ${column(({ keyset }) => keyset?.score ?? null)}::real[],
              ${column(({ keyset }) => keyset?.rid ?? null)}::bigint[], ${limit})`,
      );
      return {
        hits: found.map(({ lastChange: _, ...hit }) => hit),
        lastChange: found[0]?.lastChange ?? undefined,
      };
    } catch (error) {
      throw searchSyntaxError(error) ?? error;
    }
  },

  snippets: postgresSnippets,
};

/**
 * Rows of `table` whose text matches `q`, drafts too (a list's own conditions say who sees what).
 * The query is made once per statement, in a materialised CTE: written as a sub-select in each of the
 * two places it is used, it was made twice (two InitPlans; 2.4 against 1.8 ms for a name prefix over
 * 10,000 people). A malformed one fails the statement with SQLSTATE 42D01, which searchSyntaxError()
 * turns into the 400.
 */
export function postgresMatches(table: SearchTable, q: string, prefix: boolean): SQL {
  refuseNul(q);
  const query = sql`(SELECT query FROM search_q)`;
  // A phrase far into a long text is only in its passages (migrations/postgres/0003_phrases_in_passages.sql).
  return sql`${sql.identifier(table)}.id IN (
    WITH search_q AS MATERIALIZED (SELECT search_query(${q}, ${prefix}) AS query)
    SELECT id FROM ${sql.identifier(`${table}_fts`)} WHERE document @@ ${query}
    UNION ALL SELECT id FROM search_phrase_rows(${TYPE_OF_TABLE[table]}, ${query}))`;
}
