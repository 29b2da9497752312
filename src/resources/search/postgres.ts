import { sql, type SQL } from 'drizzle-orm';
import { classifyDatabaseError } from '../../core/db/errors.ts';
import { rows } from '../../core/db/queries.ts';
import type { InvalidParameterError } from '../../core/http/errors.ts';
import { invalidSearch } from '../../core/http/errors.ts';
import { postgresSnippets } from './postgres-snippets.ts';
import type { SearchTable } from './terms.ts';
import {
  SEARCH_TABLES,
  byPrefix,
  type SearchStore,
  type SearchType,
  type TypedHit,
  type TypeRequest,
} from './store.ts';

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

/** The hits of one type, as a branch of the one statement that finds every type's. */
function typeHits({ type, keyset }: TypeRequest, limit: number): SQL {
  const query = byPrefix(type) ? sql`q.prefixed` : sql`q.plain`;
  return sql`(SELECT ${type}::text AS type, id, rid::float8 AS rid, score, ${query}::text AS query
      FROM q, search_hits(${type}, ${query})
      WHERE TRUE ${keyset ? KEYSETS[keyset.relation](keyset.score, keyset.rid) : sql``}
      ORDER BY score, rid LIMIT ${limit})`;
}

export const postgresSearch: SearchStore = {
  // One statement for every type: what was typed read once as words and once as prefixes (search_query()
  // looks up aliases, 2-3 ms), then each type's best hits. search_hits() is PL/pgSQL (migration 0004), so a
  // query passed as a column of `q` is computed once, not once per candidate row.
  async hits(db, q, wanted, limit) {
    if (wanted.length === 0) return [];
    refuseNul(q);
    try {
      return await rows<TypedHit>(
        db,
        sql`WITH q AS MATERIALIZED (
              SELECT ${wanted.some(({ type }) => !byPrefix(type)) ? sql`search_query(${q}, false)` : sql`NULL::tsquery`} AS plain,
                ${wanted.some(({ type }) => byPrefix(type)) ? sql`search_query(${q}, true)` : sql`NULL::tsquery`} AS prefixed
            )
            ${sql.join(
              wanted.map((request) => typeHits(request, limit)),
              sql` UNION ALL `,
            )}`,
      );
    } catch (error) {
      throw searchSyntaxError(error) ?? error;
    }
  },

  snippets: postgresSnippets,
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
