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

/** One letter or decimal digit, tested where a scan stands. */
const ALNUM = /[\p{L}\p{Nd}]/uy;
/** `\s` in a "C" locale. */
const TRIM = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/** A text's words, and where each starts and ends: what lies between them is the rest of the text. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const isAsciiAlnum = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/**
 * The words of a text, scanned a character at a time: ASCII by its code, anything else by the
 * Unicode class. A search page tokenizes some 40 KB of text; the scan is five times quicker than
 * matching runs with a Unicode regular expression, which the profile of a two-word search showed
 * as the API's largest cost.
 */
export function tokenize(body: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let index = 0; index < body.length;) {
    const code = body.charCodeAt(index);
    let alnum: boolean;
    let width = 1;
    if (code < 0x80) alnum = isAsciiAlnum(code);
    else {
      ALNUM.lastIndex = index;
      alnum = ALNUM.test(body);
      if ((body.codePointAt(index) ?? 0) > 0xffff) width = 2;
    }
    if (alnum && start < 0) start = index;
    else if (!alnum && start >= 0) {
      words.push(body.slice(start, index));
      starts.push(start);
      ends.push(index);
      start = -1;
    }
    index += width;
  }
  if (start >= 0) {
    words.push(body.slice(start));
    starts.push(start);
    ends.push(body.length);
  }
  return { words, starts, ends };
}

/** A word of ASCII letters and digits folds as JavaScript folds it (unaccent leaves ASCII alone). */
export function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * The headline of a text already tokenized: `fold` gives a word's lexeme (PostgreSQL's
 * lower(dateline_unaccent(lower(word))) ), `cut` says whether the text itself goes on before (1) or after (2).
 */
export function headlineOf(
  body: string,
  { words, starts, ends }: Tokens,
  fold: (word: string) => string,
  terms: HeadlineTerms,
  cut = 0,
): string {
  const total = words.length;
  if (total === 0) return body;
  const exact = new Set(terms.exact);
  const lexemes = words.map(fold);
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
    const word = words[w] ?? '';
    shown += hits[w] ? `${OPEN}${word}${CLOSE}` : word;
    if (w < last) shown += body.slice(ends[w], starts[w + 1]);
  }
  // What lies before the first word and after the last belongs to the snippet when the text ends there.
  if (first === 0) shown = body.slice(0, starts[0]) + shown;
  if (last === total - 1) shown += body.slice(ends[total - 1]);
  const before = first > 0 || (cut & CUT_START) !== 0 ? '…' : '';
  const after = last < total - 1 || (cut & CUT_END) !== 0 ? '…' : '';
  return `${before}${shown.replace(TRIM, '')}${after}`;
}
