import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { invalidSearch } from '../../core/http/errors.ts';
import { postgresMatches } from './postgres.ts';

/**
 * Turning what a user typed into an FTS5 query, safely. The text is always bound as a parameter
 * (never spliced into SQL); FTS5's own syntax errors become a 400 naming `q`.
 */

export type SearchTable = 'articles' | 'quotes' | 'people' | 'places' | 'organisations';

const PLAIN_WORDS = /^[\p{L}\p{N}\s'’-]+$/u;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Plain words (letters, digits, hyphens, apostrophes) are quoted one by one, so `de-wever` or
 * `O'Brien` mean what they say instead of FTS5 syntax; `prefix` makes each a prefix (`zel` finds
 * Zelensky, for autocomplete). Anything else is taken as FTS5 syntax, as typed.
 */
function asWords(q: string, prefix: boolean): string {
  if (!PLAIN_WORDS.test(q)) return q;
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${phrase(word)}${prefix ? '*' : ''}`)
    .join(' ');
}

/**
 * When the whole query is a name or alias of a person, place or organisation, it also matches the
 * entity's other names: `Zelenskyy` finds articles that spell it `Zelensky`. These are those other
 * names. Only public entities lend their names: a hidden one's would tie its secret name to the
 * articles that use another.
 */
export function otherNames(db: Db, q: string): string[] {
  const wanted = fold(q.replace(/^"(.*)"$/, '$1'));
  if (!wanted || !PLAIN_WORDS.test(wanted)) return [];
  const names = new Set<string>();
  for (const table of ['people', 'places', 'organisations'] as const) {
    const rows = db.$client
      .prepare(
        `SELECT t.name, t.aliases FROM ${table}_fts JOIN public_${table} t ON t.rowid = ${table}_fts.rowid
         WHERE ${table}_fts MATCH ? LIMIT 20`,
      )
      .all(phrase(wanted)) as { name: string; aliases: string }[];
    for (const row of rows) {
      const all = [row.name, ...(JSON.parse(row.aliases) as string[])];
      if (all.some((name) => fold(name) === wanted)) for (const name of all) names.add(name);
    }
  }
  return [...names].filter((name) => fold(name) !== wanted);
}

/** The FTS5 query for what the user typed (asWords), or any of the other names it is (otherNames()). */
export function termsOf(q: string, prefix: boolean, names: string[]): string {
  const query = asWords(q, prefix);
  return names.length === 0 ? query : [`(${query})`, ...names.map(phrase)].join(' OR ');
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/**
 * Any one of the words and phrases of an FTS5 query, as an FTS5 query: `a AND "b c" NOT d*` gives
 * `"a" OR "b c" OR "d"*`. Only for choosing a snippet, when no one passage of a long text holds the
 * whole query; undefined when it names no word.
 */
export function anyTermOf(query: string): string | undefined {
  // Column filters (`{a b}:`, `name:`) and NEAR's distances are not words.
  const words = query.replace(/\{[^}]*\}\s*:/g, ' ').replace(/,\s*\d+\s*\)/g, ')');
  const terms = new Set<string>();
  // FTS5 barewords: ASCII letters, digits, _ and SUB (U+001A), and anything beyond ASCII.
  // eslint-disable-next-line no-control-regex -- U+001A is one of FTS5's bareword characters
  for (const match of words.matchAll(/"((?:[^"]|"")+)"(\*?)|((?:[\w\u001a]|[^\u0000-\u007f])+)(\*?)(\s*:)?/gu)) {
    const [, quoted, quotedPrefix, bare, barePrefix, column] = match;
    if (quoted !== undefined) terms.add(`"${quoted}"${quotedPrefix}`);
    else if (bare !== undefined && column === undefined && !KEYWORDS.has(bare))
      terms.add(`${phrase(bare)}${barePrefix}`);
  }
  return terms.size > 0 ? [...terms].join(' OR ') : undefined;
}

/** Checks that `query` parses as FTS5 for `table`, so a bad query is the client's 400, not our 500. */
function assertParses(db: Db, table: SearchTable, query: string) {
  try {
    db.$client.prepare(`SELECT 1 FROM ${table}_fts WHERE ${table}_fts MATCH ? LIMIT 1`).all(query);
  } catch (error) {
    throw invalidSearch(error instanceof Error ? error.message : String(error));
  }
}

/**
 * What `run` answers for the FTS5 `query` on `table`, with no statement apart to check the query first.
 * Should `run` fail, the check tells why: a query FTS5 refuses is the client's 400; anything else stays ours.
 */
export function parsedBy<T>(db: Db, table: SearchTable, query: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    assertParses(db, table, query);
    throw error;
  }
}

/** The search query FTS5 will run for `q` on `table`, after checking it parses. */
export function ftsQuery(db: Db, table: SearchTable, q: string, options: { prefix?: boolean } = {}): string {
  const query = termsOf(q, options.prefix ?? false, otherNames(db, q));
  assertParses(db, table, query);
  return query;
}

/**
 * Rows of `table` whose text matches `q`, as a condition for a list's WHERE. On SQLite the query is
 * checked here (a 400 before the list runs); on PostgreSQL inside the list's statement (postgres.ts).
 */
export function matchesSearch(db: Db, table: SearchTable, q: string, options: { prefix?: boolean } = {}): SQL {
  if (dialectOf(db)) return postgresMatches(table, q, options.prefix ?? false);
  const query = ftsQuery(db, table, q, options);
  return sql`${sql.identifier(table)}.rowid IN (SELECT rowid FROM ${sql.identifier(`${table}_fts`)} WHERE ${sql.identifier(`${table}_fts`)} MATCH ${query})`;
}
