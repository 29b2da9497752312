import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../../src/core/db/queries.ts';
import { headlineOf, tokenize } from '../../../src/resources/search/postgres-headline.ts';
import { useBothStores } from '../../support/stores.ts';

/**
 * postgres-headline.ts against the PL/pgSQL it replaces on the search path: for texts with what trips a
 * tokenizer (diacritics, ligatures, non-Latin capitals, curly quotes, non-breaking and other spaces at the
 * ends, digits, no words at all) and queries of words, prefixes, phrases and NOTs, the same characters as
 * search_headline() (migration 0002), windows, marks, trimming and '…' alike.
 */

const [, postgres] = useBothStores().find(([store]) => store === 'PostgreSQL') ?? [];

const LONG = Array.from({ length: 60 }, (_, n) => `word${n}`).join(' ');
const TEXTS = [
  'Zelensky in Kyiv',
  'The president Zelensky met envoys; the talks resume on Monday.',
  'Zürich and Kyïv: São Paulo, Łódź ﬁnance straße — ÆRØ',
  '\u00a0 \t«İstanbul» ΟΔΟΣ Σίσυφος café CAFÉ naïve résumé,\u2003 ',
  '  leading and trailing spaces  ',
  '“Zelenskyy’s” O’Brien & de-wever <followed>.',
  `${LONG} talks ${LONG} talks resume ${LONG}`,
  `talks ${LONG}`,
  `${LONG} talks`,
  '…,;:!?',
  '',
  '["Zelenskyy","Zelenskiy"]',
  '2024 budget: 3.5bn for 12 regions',
  // Letters and digits outside the Basic Multilingual Plane: one character in two UTF-16 units.
  'Talks in 𝐊𝐲𝐢𝐯 on 𝟏𝟐 May: talks resume',
];
const QUERIES = [
  "'zelensky'",
  "'talks' & 'resume'",
  "'talks' <-> 'resume'",
  "'zurich' | 'kyiv' | 'sao' <-> 'paulo'",
  "'lodz' & 'finance' & 'strasse' & 'aero'",
  "'istanbul' | 'οδος' | 'σισυφος' | 'cafe' | 'naive' | 'resume'",
  "'zel':*",
  "'word1':* & 'talks'",
  "'brien' & !'wever'",
  "'talks' & !( 'resume' | 'monday' )",
  "'2024' | '12' | '3'",
  "'nothing'",
];

describe.skipIf(postgres === undefined)('search headlines on PostgreSQL, made in TypeScript', () => {
  it('are search_headline()’s, character for character', async () => {
    const db = postgres!();
    let compared = 0;
    for (const query of QUERIES) {
      const [terms] = await rows<{ exact: string[] | null; prefixes: string[] | null }>(
        db,
        sql`SELECT array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NULL) AS exact,
              array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NOT NULL) AS prefixes
            FROM regexp_matches(${query}::tsquery::text, '(?:^|[^!])''((?:[^'']|'''')*)''(:\\*)?', 'g') m`,
      );
      for (const body of TEXTS) {
        const tokens = tokenize(body);
        const { words } = tokens;
        const folded = await rows<{ word: string; lexeme: string }>(
          db,
          sql`SELECT w AS word, lower(dateline_unaccent(lower(w COLLATE "und-x-icu"))) AS lexeme
              FROM unnest(${sql.param(words)}::text[]) AS t(w)`,
        );
        const lexemes = new Map(folded.map(({ word, lexeme }) => [word, lexeme]));
        for (const cut of [0, 1, 2, 3]) {
          const [expected] = await rows<{ headline: string }>(
            db,
            sql`SELECT search_headline(${body}, ${query}::tsquery, ${cut}) AS headline`,
          );
          const made = headlineOf(
            body,
            tokens,
            (word) => lexemes.get(word) ?? word,
            {
              exact: terms?.exact ?? [],
              prefixes: terms?.prefixes ?? [],
            },
            cut,
          );
          expect({ body, query, cut, headline: made }).toEqual({ body, query, cut, headline: expected?.headline });
          compared++;
        }
      }
    }
    expect(compared).toBe(TEXTS.length * QUERIES.length * 4);
  });
});
