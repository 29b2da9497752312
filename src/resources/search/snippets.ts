import type { Db } from '../../core/db/client.ts';
import { CUT_END, CUT_START } from '../../lib/passages.ts';
import { anyTermOf, type SearchTable } from './terms.ts';

/**
 * The snippet of one search hit, built from a bounded amount of text however long the row is.
 * FTS5's snippet() is quadratic in the matches in the text it is given, so a row whose text is long
 * (lib/passages.ts) gets its snippet from its first passage that matches (the `search_passages`
 * index, migration 0017), and only a short row from its own index. Matches come back between
 * U+E000 and U+E001, which search.ts turns into <mark>s after escaping the text.
 */

/** Each type's number in the rowids of `search_passages`: kind << 60 | rowid << 20 | passage. */
const KINDS: Record<SearchTable, number> = { articles: 1, quotes: 2, people: 3, places: 4, organisations: 5 };

const SNIPPET = `char(57344), char(57345), '…', 16`;
const ROW_PASSAGES = 'rowid BETWEEN @first AND @last';

/**
 * The rowids a row's passages may have, as BigInts: a JavaScript number is bound as a double, which
 * cannot hold them exactly, and FTS5 then cannot seek to them either (it scanned the index instead).
 */
function passageRange(table: SearchTable, rid: number) {
  const first = (BigInt(KINDS[table]) << 60n) + (BigInt(rid) << 20n);
  return { first, last: first + (1n << 20n) - 1n };
}
/** Characters of the opening shown when no passage matches (the words matched across passages). */
const LEAD_LENGTH = 120;

/** Marks where the passage's own text goes on, before or after it. */
function withCuts(snippet: string, cut: number): string {
  const start = cut & CUT_START && !snippet.startsWith('…') ? '…' : '';
  const end = cut & CUT_END && !snippet.endsWith('…') ? '…' : '';
  return `${start}${snippet}${end}`;
}

function firstMatchingPassage(db: Db, query: string, at: { first: bigint; last: bigint }) {
  return db.$client
    .prepare(
      `SELECT snippet(search_passages, -1, ${SNIPPET}) AS snippet, cut FROM search_passages
       WHERE search_passages MATCH @query AND ${ROW_PASSAGES} ORDER BY rowid LIMIT 1`,
    )
    .get({ query, ...at }) as { snippet: string; cut: number } | undefined;
}

/** The highlighted snippet of the row `rid` of `table`, for the FTS5 query it matched. */
export function snippetOf(db: Db, table: SearchTable, rid: number, query: string): string {
  const at = passageRange(table, rid);
  const hasPassages = db.$client.prepare(`SELECT 1 FROM search_passages WHERE ${ROW_PASSAGES} LIMIT 1`).get(at);
  if (!hasPassages) {
    const fts = `${table}_fts`;
    const snippet = db.$client
      .prepare(`SELECT snippet(${fts}, -1, ${SNIPPET}) FROM ${fts} WHERE ${fts} MATCH @query AND rowid = @rid`)
      .pluck()
      // A BigInt: FTS5 ignores `rowid = ?` given a double, and would answer the first matching row's snippet.
      .get({ query, rid: BigInt(rid) }) as string | undefined;
    return snippet ?? '';
  }
  // The whole query may match the row and no single passage of it (its words far apart): then the
  // first passage with any of its words, and failing that the opening, unmarked.
  const exact = firstMatchingPassage(db, query, at);
  if (exact) return withCuts(exact.snippet, exact.cut);
  const anyTerm = anyTermOf(query);
  const loose = anyTerm === undefined ? undefined : firstMatchingPassage(db, anyTerm, at);
  if (loose) return withCuts(loose.snippet, loose.cut);
  const lead = db.$client
    .prepare(
      `SELECT substr(coalesce(headline, standfirst, plain_text, text, name, aliases), 1, ${LEAD_LENGTH})
       FROM search_passages WHERE ${ROW_PASSAGES} ORDER BY rowid LIMIT 1`,
    )
    .pluck()
    .get(at) as string;
  return `${lead.replace(/\s+\S*$/, '')}…`;
}
