import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { rows } from '../../core/db/queries.ts';
import type { SearchType } from './store.ts';

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

/** A short row's searchable texts, in its index's column order. */
const TEXTS: Record<SearchType, (id: string) => SQL> = {
  article: (id) => sql`(SELECT ARRAY[a.headline, a.standfirst, a.plain_text] FROM articles a WHERE a.id = ${id})`,
  quote: (id) => sql`(SELECT ARRAY[q.text] FROM quotes q WHERE q.id = ${id})`,
  person: (id) => sql`(SELECT ARRAY[e.name, e.aliases::text] FROM people e WHERE e.id = ${id})`,
  place: (id) => sql`(SELECT ARRAY[e.name, e.aliases::text] FROM places e WHERE e.id = ${id})`,
  organisation: (id) => sql`(SELECT ARRAY[e.name, e.aliases::text] FROM organisations e WHERE e.id = ${id})`,
};

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

/** The snippet of the hit `id` of `type` for `query` (a tsquery's text), matches between U+E000 and U+E001. */
export async function postgresSnippetOf(db: Db, type: SearchType, id: string, query: string): Promise<string> {
  const [row] = await rows<{ passage: string | null; headlines: string[] | null }>(
    db,
    sql`WITH hit AS (
          SELECT EXISTS (SELECT 1 FROM search_passages p WHERE p.resource_type = ${type} AND p.resource_id = ${id}) AS long
        )
        SELECT CASE WHEN hit.long THEN search_snippet(${type}, ${id}, ${query}::tsquery) END AS passage,
          CASE WHEN NOT hit.long THEN ARRAY(
            SELECT search_headline(t.body, ${query}::tsquery) FROM unnest(${TEXTS[type](id)}) WITH ORDINALITY t(body, n)
            WHERE t.body IS NOT NULL ORDER BY t.n
          ) END AS headlines
        FROM hit`,
  );
  let snippet = row?.passage ?? null;
  if (snippet === null) {
    // The best column; the first of equals, as FTS5 keeps the first column of the best score.
    let best = 0;
    for (const headline of row?.headlines ?? []) {
      const value = score(headline);
      if (value > best) [best, snippet] = [value, headline];
    }
  }
  if (snippet === null) {
    // No word of the query in any column (a query of NOTs): search_snippet()'s own choice.
    const [fallback] = await rows<{ snippet: string }>(
      db,
      sql`SELECT search_snippet(${type}, ${id}, ${query}::tsquery) AS snippet`,
    );
    snippet = fallback?.snippet ?? '';
  }
  return markPhrasesWhole(snippet, query);
}
