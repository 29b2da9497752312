import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { rows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { InvalidParameterError } from '../../../src/core/http/errors.ts';
import { searchSyntaxError } from '../../../src/resources/search/postgres.ts';
import { findHits, type SearchType } from '../../../src/resources/search/repository.ts';
import { matchesSearch } from '../../../src/resources/search/terms.ts';
import { articleRow, quoteRow } from '../../support/store-rows.ts';
import { useBothStores } from '../../support/stores.ts';

/**
 * Search on both stores (FTS5 on SQLite, the tsvector functions on PostgreSQL): the same articles,
 * quotes and names written to each, then the same searches asked of both. Where the README says the
 * rankings agree (a headline above body text, names above aliases) the hits come in the same order;
 * snippets carry the same <mark>s; a malformed query is the same 400 naming `q`.
 */

const AT = '2026-01-01T00:00:00.000Z';
const LONG = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(120)}Then Zelenskyy spoke in Kyiv about the grain corridor.`;

const ARTICLES: [id: string, headline: string, text: string, status: 'draft' | 'published' | 'archived'][] = [
  ['art_head', 'Zelensky in Kyiv', 'The talks went on late into the night.', 'published'],
  ['art_body', 'Talks resume', 'The president Zelensky met envoys; the talks resume on Monday.', 'published'],
  ['art_cafe', 'Café culture', 'A café on a quiet street serves the best coffee in town.', 'published'],
  ['art_yy', 'A visit', 'Zelenskyy visited the front; O’Brien & de-wever <followed>.', 'archived'],
  ['art_long', 'Long read', LONG, 'published'],
  ['art_draft', 'Zelensky draft', 'Not yet public: Zelensky in Kyiv.', 'draft'],
];

async function write(db: Db) {
  const { articles, people, places, organisations, quotes } = db.tables;
  const stamps = { createdAt: AT, updatedAt: AT };
  await db.insert(people).values([
    { id: 'per_ze', slug: 'ze', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelenskiy'], ...stamps },
    { id: 'per_zo', slug: 'zo', name: 'Zoltan Zelmer', ...stamps },
    { id: 'per_hid', slug: 'hid', name: 'Secret Source', aliases: ['Zelensky'], suggested: true, ...stamps },
  ]);
  await db
    .insert(places)
    .values({ id: 'pla_ky', slug: 'ky', name: 'Kyiv', aliases: ['Kyïv', 'Kiev'], kind: 'city', ...stamps });
  await db
    .insert(organisations)
    .values({ id: 'org_un', slug: 'un', name: 'United Nations', aliases: ['UN'], kind: 'igo', ...stamps });
  for (const [id, headline, plainText, status] of ARTICLES) {
    await db.insert(articles).values({ ...articleRow(id, status), headline, plainText });
  }
  await db.insert(quotes).values([
    { ...quoteRow('quo_1', 'art_head'), text: 'We will defend Kyiv, street by street.' },
    { ...quoteRow('quo_2', 'art_draft'), text: 'Kyiv will stand.' },
  ]);
}

const ALL: SearchType[] = ['article', 'quote', 'person', 'place', 'organisation'];

describe.each(useBothStores())('search on %s', (_store, db) => {
  beforeAll(async () => inTransaction(db(), write));

  const found = async (q: string, types: SearchType[] = ALL, limit = 20) =>
    (await findHits(db(), q, types, { limit })).items.map(({ type, id, snippet }) => ({ type, id, snippet }));

  it('ranks a headline above body text, names and aliases as phrases, public rows only', async () => {
    expect(await found('zelensky', ['article'])).toEqual([
      { type: 'article', id: 'art_head', snippet: '<mark>Zelensky</mark> in Kyiv' },
      {
        type: 'article',
        id: 'art_body',
        snippet: 'The president <mark>Zelensky</mark> met envoys; the talks resume on Monday.',
      },
    ]);
    // The alias lends the public person's other names, each as a phrase; the hidden one's alias lends nothing.
    expect((await found('Zelenskyy', ['article'])).map((hit) => hit.id).sort()).toEqual(['art_long', 'art_yy']);
    expect((await found('Zelenskyy', ['person'])).map((hit) => hit.id)).toEqual(['per_ze']);
    expect(await found('"talks resume"', ['article'])).toEqual([
      // FTS5 marks a phrase as one stretch, and shows the column with the most matches.
      { type: 'article', id: 'art_body', snippet: '<mark>Talks resume</mark>' },
    ]);
  });

  it('folds case and diacritics, and escapes the text around the marks', async () => {
    expect(await found('CAFE', ['article'])).toEqual([
      { type: 'article', id: 'art_cafe', snippet: '<mark>Café</mark> culture' },
    ]);
    expect(await found('kyiv', ['quote'])).toEqual([
      { type: 'quote', id: 'quo_1', snippet: 'We will defend <mark>Kyiv</mark>, street by street.' },
    ]);
    expect(await found("O'Brien", ['article'])).toEqual([
      {
        type: 'article',
        id: 'art_yy',
        snippet: 'Zelenskyy visited the front; <mark>O’Brien</mark> &amp; de-wever &lt;followed&gt;.',
      },
    ]);
  });

  it('matches names by prefix, for autocomplete, and lists alias lists plainly', async () => {
    expect(await found('zel', ['person'])).toEqual([
      // The aliases match twice, the name once: FTS5 shows the aliases.
      { type: 'person', id: 'per_ze', snippet: '<mark>Zelenskyy</mark>, <mark>Zelenskiy</mark>' },
      { type: 'person', id: 'per_zo', snippet: 'Zoltan <mark>Zelmer</mark>' },
    ]);
    expect(await found('kie', ['place'])).toEqual([
      { type: 'place', id: 'pla_ky', snippet: 'Kyïv, <mark>Kiev</mark>' },
    ]);
  });

  it('makes a long text’s snippet from its first matching passage', async () => {
    const [hit] = await found('grain corridor', ['article']);
    expect(hit?.id).toBe('art_long');
    expect(hit?.snippet).toMatch(/^….*<mark>grain<\/mark> <mark>corridor<\/mark>\.$/);
    expect(hit?.snippet.length).toBeLessThan(200);
  });

  it('pages through the hits with the cursor, every hit once, in the order of one page', async () => {
    const whole = await found('(zelensky OR kyiv)', ALL);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findHits(db(), '(zelensky OR kyiv)', ALL, { limit: 2, ...(cursor && { cursor }) });
      paged.push(...page.items.map((hit) => hit.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(whole.map((hit) => hit.id));
    // The order differs between the stores (ts_rank_cd is not bm25: see the README); the hits do not.
    expect(new Set(paged)).toEqual(new Set(['art_head', 'art_body', 'art_long', 'quo_1', 'pla_ky', 'per_ze']));
  });

  it('refuses a malformed query with the same 400 naming q', async () => {
    for (const [q, reason] of [
      ['"unterminated', 'unterminated string'],
      ['kyiv)', 'syntax error near ")"'],
    ]) {
      const refused = await findHits(db(), q as string, ['article'], { limit: 5 }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InvalidParameterError);
      expect(refused).toMatchObject({
        status: 400,
        errors: [
          {
            location: 'query',
            name: 'q',
            detail: `is not a valid search (${reason}); quote phrases with "…", end a prefix with *`,
          },
        ],
      });
    }
  });

  it('filters a list by q (matchesSearch), drafts included, and the list refuses a malformed q with the same 400', async () => {
    const { articles } = db().tables;
    const ids = await db()
      .select({ id: articles.id })
      .from(articles)
      .where(matchesSearch(db(), 'articles', 'zelensky'))
      .orderBy(articles.id);
    expect(ids.map((row) => row.id)).toEqual(['art_body', 'art_draft', 'art_head']);
    const refused = await (async () =>
      rows(
        db(),
        db()
          .select({ id: articles.id })
          .from(articles)
          .where(matchesSearch(db(), 'articles', 'kyiv AND ('))
          .getSQL(),
      ))().catch((error: unknown) => searchSyntaxError(error) ?? error);
    expect(refused).toMatchObject({
      status: 400,
      errors: [{ name: 'q', detail: expect.stringContaining('syntax error near ""') }],
    });
  });
});
