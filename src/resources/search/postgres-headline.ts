/**
 * search_headline() of migrations/postgres/0002_search.sql, in TypeScript: the stretch of a text to show
 * for a query, its matching words between U+E000 and U+E001. The PL/pgSQL original runs a statement per
 * word (6 ms for an article of 2,500 characters, so a page of twenty cost a tenth of a second); this takes
 * the text as PostgreSQL stores it and gives the same characters back, with PostgreSQL still the judge of
 * what a word folds to (postgres-snippets.ts asks it for words outside ASCII).
 *
 * The same as the original, step by step:
 * - words are runs of ICU's [[:alnum:]] (u_isalnum: letters and decimal digits); everything else is the
 *   runs between them. `\p{L}\p{Nd}` is that class, but for characters assigned after the Unicode version
 *   of PostgreSQL's ICU (none of them a letter any newsroom writes yet);
 * - a word is a match when its folded form is one of the query's lexemes, or starts with one of its prefixes;
 * - the window: of the 16-word stretches starting at each match, the one with the most distinct lexemes
 *   matched (then the most matches), moved to centre its matches; the first of equals;
 * - trimmed of the whitespace PostgreSQL's `\s` knows in the database's "C" locale (ASCII's), with '…'
 *   where the text goes on (`cut`: the passage itself is cut from a longer text).
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const WIDTH = 16;
const CUT_START = 1;
const CUT_END = 2;

/** What search_headline() reads as the query's terms: its lexemes but those it negates. */
export interface HeadlineTerms {
  exact: readonly string[];
  prefixes: readonly string[];
}

/** Runs of letters and digits, and of anything else: together they are the text. */
const RUNS = /[\p{L}\p{Nd}]+|[^\p{L}\p{Nd}]+/gu;
const WORD = /^[\p{L}\p{Nd}]/u;
/** `\s` in a "C" locale. */
const TRIM = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/** A text as its runs, and which of them are words. */
export interface Tokens {
  runs: string[];
  /** Indexes into `runs` of the words, in order. */
  words: number[];
}

export function tokenize(body: string): Tokens {
  const runs = body.match(RUNS) ?? [];
  const words: number[] = [];
  runs.forEach((run, index) => {
    if (WORD.test(run)) words.push(index);
  });
  return { runs, words };
}

/** A word of ASCII letters and digits folds as JavaScript folds it (unaccent leaves ASCII alone). */
export const isAscii = (word: string) => /^\p{ASCII}*$/u.test(word);

/**
 * The headline of a text already tokenized: `fold` gives a word's lexeme (PostgreSQL's
 * lower(dateline_unaccent(lower(word))) ), `cut` says whether the text itself goes on before (1) or after (2).
 */
export function headlineOf(
  body: string,
  { runs, words }: Tokens,
  fold: (word: string) => string,
  terms: HeadlineTerms,
  cut = 0,
): string {
  const total = words.length;
  if (total === 0) return body;
  const exact = new Set(terms.exact);
  const lexemes = words.map((index) => fold(runs[index] ?? ''));
  const hits = lexemes.map((lexeme) => exact.has(lexeme) || terms.prefixes.some((prefix) => lexeme.startsWith(prefix)));
  let first = 0;
  let best = -1;
  for (let start = 0; start < total; start++) {
    if (!hits[start]) continue;
    const matched = new Set<string>();
    let count = 0;
    let lastHit = start;
    for (let w = start; w < Math.min(start + WIDTH, total); w++) {
      if (!hits[w]) continue;
      matched.add(lexemes[w] ?? '');
      count++;
      lastHit = w;
    }
    const score = 1000 * matched.size + count;
    if (score > best) {
      best = score;
      // The stretch's first match is where it starts.
      const span = lastHit - start + 1;
      first = Math.max(0, Math.min(start - Math.floor((WIDTH - span) / 2), total - WIDTH));
    }
  }
  const last = Math.min(first + WIDTH - 1, total - 1);
  let shown = '';
  for (let w = first; w <= last; w++) {
    const word = runs[words[w] ?? 0] ?? '';
    shown += hits[w] ? `${OPEN}${word}${CLOSE}` : word;
    if (w < last) shown += runs.slice((words[w] ?? 0) + 1, words[w + 1]).join('');
  }
  // What lies before the first word and after the last belongs to the snippet when the text ends there.
  if (first === 0) shown = runs.slice(0, words[0]).join('') + shown;
  if (last === total - 1) shown += runs.slice((words[total - 1] ?? 0) + 1).join('');
  const before = first > 0 || (cut & CUT_START) !== 0 ? '…' : '';
  const after = last < total - 1 || (cut & CUT_END) !== 0 ? '…' : '';
  return `${before}${shown.replace(TRIM, '')}${after}`;
}
