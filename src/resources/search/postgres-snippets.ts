import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { rows } from '../../core/db/queries.ts';
import { headlineOf, isAscii, tokenize, type HeadlineTerms, type Tokens } from './postgres-headline.ts';
import type { SearchStore, TypedHit } from './store.ts';

/**
 * A hit's snippet on PostgreSQL, as FTS5's snippet() would make it. search_snippet() (migration 0002)
 * marks every word of the query and takes a short row's first matching column; FTS5 scores every
 * column and takes the best (the most distinct terms, then the most matches), and marks a phrase's
 * words as one stretch (`<mark>Talks resume</mark>`, `<mark>O’Brien</mark>`). Both are done here,
 * over what search_headline() gives for each column; a long row's snippet still comes from its
 * passages (search_snippet()).
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const marked = (snippet: string) =>
  [...snippet.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((match) => fold(match[1] ?? ''));

/** FTS5's score of a column's best stretch: 1000 for each distinct term matched, 1 for each repeat. */
function score(snippet: string): number {
  const words = marked(snippet);
  const distinct = new Set(words).size;
  return 1000 * distinct + words.length - distinct;
}

interface Lexeme {
  text: string;
  prefix: boolean;
}

/** The phrases of a tsquery's text (`'talks' <-> 'resume'`), each its lexemes in order. */
function phrasesOf(query: string): Lexeme[][] {
  const lexeme = String.raw`'(?:[^']|'')*'(?::\*)?`;
  const phrases = query.matchAll(new RegExp(`${lexeme}(?:\\s*<->\\s*${lexeme})+`, 'g'));
  return [...phrases].map(([phrase]) =>
    [...phrase.matchAll(/'((?:[^']|'')*)'(:\*)?/g)].map((match) => ({
      text: fold((match[1] ?? '').replaceAll("''", "'")),
      prefix: match[2] !== undefined,
    })),
  );
}

const matches = (word: string, lexeme: Lexeme | undefined) =>
  lexeme !== undefined && (lexeme.prefix ? word.startsWith(lexeme.text) : word === lexeme.text);

/**
 * One mark for each phrase found whole among the marked words: consecutive marks (nothing but
 * spaces or punctuation between them) whose words are a phrase of the query, in order.
 */
export function markPhrasesWhole(snippet: string, query: string): string {
  const phrases = phrasesOf(query);
  if (phrases.length === 0) return snippet;
  // The snippet as [text, marked word, between, marked word, …, text].
  const parts = snippet.split(/\uE000([^\uE001]*)\uE001/);
  const words = parts.filter((_, index) => index % 2 === 1);
  const joined = new Set<number>(); // k: word k and word k + 1 are one mark
  for (let start = 0; start < words.length; start++) {
    for (const phrase of phrases) {
      let length = 0;
      while (
        length < phrase.length &&
        start + length < words.length &&
        matches(fold(words[start + length] ?? ''), phrase[length]) &&
        (length === 0 || /^[^\p{L}\p{N}]*$/u.test(parts[2 * (start + length)] ?? ''))
      )
        length++;
      if (length === phrase.length) for (let k = start; k < start + length - 1; k++) joined.add(k);
    }
  }
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const word = (index - 1) / 2;
      return `${joined.has(word - 1) ? '' : OPEN}${part}${joined.has(word) ? '' : CLOSE}`;
    })
    .join('');
}

/**
 * What a page's snippets are made from (migration 0005's search_page_texts()), one row per hit, in its order.
 * The arrays come as JSON: `pg` parses a text[] a character at a time in JavaScript, and a page of short
 * articles carries some 40 KB of text (2.4–3.0 ms to read a page of twenty against 1.1 as JSON).
 */
const pageTexts = (hits: readonly TypedHit[]) =>
  sql`SELECT k, array_to_json(lexemes) AS exact, array_to_json(prefixes) AS prefixes, array_to_json(texts) AS texts,
        passage, cut, opening
      FROM search_page_texts(${sql.param(hits.map((hit) => hit.type))}::text[],
        ${sql.param(hits.map((hit) => hit.id))}::text[], ${sql.param(hits.map((hit) => hit.query))}::text[])
      ORDER BY k`;

interface PageText {
  k: number;
  exact: string[] | null;
  prefixes: string[] | null;
  texts: (string | null)[] | null;
  passage: string | null;
  cut: number | null;
  opening: string | null;
}

/**
 * What words outside ASCII fold to, as PostgreSQL folds them for its index (ICU's lower case, the unaccent
 * rules): a word asked once is not asked again. The fold is the server's, the same for every database of one
 * deployment; bounded, and emptied when full, so that a stream of new words cannot grow it without end.
 */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 50_000;

async function foldWords(db: Db, texts: readonly Tokens[]): Promise<(word: string) => string> {
  const page = new Map<string, string>();
  const unknown = new Set<string>();
  for (const { words } of texts)
    for (const word of words) {
      if (page.has(word) || unknown.has(word)) continue;
      if (isAscii(word)) page.set(word, word.toLowerCase());
      else if (FOLDED.has(word)) page.set(word, FOLDED.get(word) ?? word);
      else unknown.add(word);
    }
  if (unknown.size > 0) {
    const folded = await rows<{ word: string; lexeme: string }>(
      db,
      sql`SELECT w AS word, lower(dateline_unaccent(lower(w COLLATE "und-x-icu"))) AS lexeme
          FROM unnest(${sql.param([...unknown])}::text[]) AS t(w)`,
    );
    if (FOLDED.size + folded.length > MAX_FOLDED) FOLDED.clear();
    for (const { word, lexeme } of folded) {
      FOLDED.set(word, lexeme);
      page.set(word, lexeme);
    }
  }
  return (word) => page.get(word) ?? word;
}

/** The best column's headline; the first of equals, as FTS5 keeps the first column of the best score. */
function bestHeadline(headlines: readonly string[]): string | null {
  let best = 0;
  let snippet: string | null = null;
  for (const headline of headlines) {
    const value = score(headline);
    if (value > best) [best, snippet] = [value, headline];
  }
  return snippet;
}

/** The snippets of a page of hits, in its order, matches between U+E000 and U+E001. */
export const postgresSnippets: SearchStore['snippets'] = async (db, hits) => {
  if (hits.length === 0) return [];
  const texts = await rows<PageText>(db, pageTexts(hits));
  // Each hit's texts to make headlines of: a short row's columns, or a long row's passage.
  const bodies = texts.map((row) =>
    (row.passage === null ? (row.texts ?? []) : [row.passage])
      .filter((body): body is string => body !== null)
      .map((body) => ({ body, tokens: tokenize(body) })),
  );
  const fold = await foldWords(
    db,
    bodies.flatMap((texts) => texts.map(({ tokens }) => tokens)),
  );
  const snippets = texts.map((row, index): string | null => {
    const terms: HeadlineTerms = { exact: row.exact ?? [], prefixes: row.prefixes ?? [] };
    const made = (bodies[index] ?? []).map(({ body, tokens }) => headlineOf(body, tokens, fold, terms, row.cut ?? 0));
    if (row.passage !== null) return made[0] ?? '';
    if (row.opening !== null) return row.opening;
    return bestHeadline(made);
  });
  // No word of the query in any column (a query of NOTs): search_snippet()'s own choice.
  const unmarked = hits.filter((_, index) => snippets[index] === null);
  const fallbacks =
    unmarked.length === 0
      ? []
      : await rows<{ snippet: string | null }>(
          db,
          sql`SELECT search_snippet(h.type, h.id, h.query::tsquery) AS snippet
              FROM unnest(${sql.param(unmarked.map((hit) => hit.type))}::text[], ${sql.param(unmarked.map((hit) => hit.id))}::text[],
                ${sql.param(unmarked.map((hit) => hit.query))}::text[]) WITH ORDINALITY AS h(type, id, query, k)
              ORDER BY h.k`,
        );
  let fallback = 0;
  return hits.map((hit, index) => markPhrasesWhole(snippets[index] ?? fallbacks[fallback++]?.snippet ?? '', hit.query));
};
