import { describe, expect, it } from 'vitest';
import { useSeededApp } from '../../support/app.ts';

// Enough generated rows (with ANALYZE statistics) that the planner chooses as it would at scale.
const ctx = useSeededApp({ generate: { articles: 3000, people: 2000, places: 1000, organisations: 300, seed: 3 } });

interface Recorded {
  sql: string;
  args: unknown[];
}

/** Records every statement the app runs while `work` runs, with its arguments. */
async function recordStatements(work: () => Promise<unknown>): Promise<Recorded[]> {
  const client = ctx.app.db.$client;
  const recorded: Recorded[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate', 'raw'] as const) {
      const original = (statement as any)[method].bind(statement);
      (statement as any)[method] = (...args: unknown[]) => {
        if (method === 'raw') return original(...args);
        recorded.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof client.prepare;
  try {
    await work();
  } finally {
    client.prepare = prepare;
  }
  return recorded;
}

function plan({ sql, args }: Recorded): string[] {
  const rows = ctx.app.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  return rows.map((row) => row.detail);
}

const TABLES = 'articles|quotes|mentions|people|person_roles|places|organisations';
const FULL_SCAN = new RegExp(`^SCAN (${TABLES})(?: \\(|$)`);

/**
 * Whole lists must come out of an index already in order. Sub-lists (one person's quotes) are found
 * through an index first and may then sort the few rows they found.
 */
const ROUTES: { url: string; sortedByIndex: boolean }[] = [
  { url: '/articles', sortedByIndex: true },
  { url: '/articles?include=quotes,people,places,organisations,mentions', sortedByIndex: true },
  {
    url: '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia?include=quotes,people,mentions',
    sortedByIndex: true,
  },
  {
    url: '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia?include=quotes,people,places,organisations',
    sortedByIndex: false,
  },
  { url: '/quotes?include=speaker,article', sortedByIndex: true },
  { url: '/people', sortedByIndex: true },
  { url: '/places', sortedByIndex: true },
  { url: '/organisations', sortedByIndex: true },
  { url: '/people/volodymyr-zelensky', sortedByIndex: true },
  { url: '/people/volodymyr-zelensky/quotes', sortedByIndex: false },
  { url: '/people/volodymyr-zelensky/articles', sortedByIndex: false },
  { url: '/places/ukraine/articles', sortedByIndex: false },
  { url: '/organisations/nato/quotes', sortedByIndex: false },
  { url: '/organisations/nato/articles', sortedByIndex: false },
  { url: '/articles?person=gen-person-1', sortedByIndex: false },
  { url: '/articles?person=gen-person-1&person=gen-person-2&match[person]=all', sortedByIndex: false },
  // One place, whatever its size: its range of article_places is walked in date order.
  { url: '/articles?place=gen-country-1', sortedByIndex: true },
  { url: '/articles?place=gen-region-1', sortedByIndex: true },
  { url: '/articles?place=gen-town-1', sortedByIndex: true },
  { url: '/articles?place=gen-northland', sortedByIndex: true },
  // Several places: the articles index is walked or the matches sorted (see aboutPlacesOrInside).
  { url: '/articles?place=gen-country-1&place=gen-country-2', sortedByIndex: false },
  { url: '/articles?place=gen-northland&place=gen-southmere', sortedByIndex: true },
  { url: '/articles?organisation=gen-org-1', sortedByIndex: false },
  { url: '/articles?from=2023-01-01&to=2023-02-01', sortedByIndex: true },
  { url: '/articles?language=fr', sortedByIndex: false },
  { url: '/articles?sort=headline', sortedByIndex: true },
  { url: '/articles?sort=-wordCount', sortedByIndex: true },
  { url: '/articles?q=ceasefire', sortedByIndex: false },
  { url: '/articles?hasQuotes=false', sortedByIndex: true },
  { url: '/quotes?speaker=gen-person-1', sortedByIndex: false },
  { url: '/quotes?kind=direct&channel=interview', sortedByIndex: true },
  { url: '/quotes?place=gen-town-1', sortedByIndex: false },
  { url: '/people?nationality=XA', sortedByIndex: true },
  { url: '/people?role=mayor', sortedByIndex: false },
  { url: '/people?q=olen', sortedByIndex: false },
  { url: '/people?sort=-updatedAt', sortedByIndex: true },
  { url: '/places?kind=village', sortedByIndex: true },
  { url: '/places?parent=gen-country-1&descendants=true', sortedByIndex: false },
  { url: '/places?bbox=0,0,30,30', sortedByIndex: false },
  { url: '/places?near=10,10&radius=500', sortedByIndex: false },
  { url: '/organisations?kind=government', sortedByIndex: true },
  { url: '/search?q=talks', sortedByIndex: false },
  { url: '/changes?limit=50', sortedByIndex: true },
];

describe('query plans', () => {
  it.each(ROUTES)('$url reads through indexes, never scanning a whole table', async ({ url, sortedByIndex }) => {
    const statements = await recordStatements(() => ctx.app.inject({ method: 'GET', url }));
    const selects = statements.filter((s) => /^\s*(select|with)/i.test(s.sql));
    expect(selects.length).toBeGreaterThan(0);
    for (const statement of selects) {
      const details = plan(statement);
      const context = `${statement.sql}\n${details.join('\n')}`;
      expect(
        details.filter((d) => FULL_SCAN.test(d)),
        context,
      ).toEqual([]);
      if (sortedByIndex)
        expect(
          details.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY')),
          context,
        ).toEqual([]);
    }
  });
});

describe('the lists that must stay fast at scale', () => {
  const plansOf = async (url: string, statement: RegExp) => {
    const statements = await recordStatements(() => ctx.app.inject({ method: 'GET', url }));
    return statements.filter((s) => statement.test(s.sql)).map(plan);
  };

  it.each(['gen-northland', 'gen-country-1', 'gen-region-1', 'gen-town-1'])(
    'articles about %s read a page of article_places in order, then only those articles',
    async (place) => {
      const [list] = await plansOf(`/articles?place=${place}`, /from "article_places"/);
      expect(list).toEqual([
        'SEARCH article_places USING COVERING INDEX article_places_place_idx (place_id=? AND status=?)',
        // By id, through the index that also holds the status (article-document.ts reads versions from it).
        'SEARCH articles USING INDEX articles_id_version_idx (id=? AND status=?)',
        // The last change's time, read once for the page's Last-Modified: the newest row of the log.
        'SCALAR SUBQUERY 1',
        'SCAN changes',
      ]);
    },
  );

  // A bound one-item `IN (?)` hides the value from SQLite's statistics: at 100,000 articles it walked every
  // published article testing the language, where `= ?` reads the language index for a rare language
  // and the status index for the common one (filters.ts, oneOf). At this scale both spellings plan
  // alike, so what is checked here is the spelling.
  it.each([
    ['/articles?language=fr', '"articles"."language" = ?'],
    ['/quotes?kind=direct&channel=interview', '"quotes"."kind" = ? and "quotes"."channel" = ?'],
    ['/places?kind=village', '"places"."kind" = ?'],
    ['/organisations?kind=government', '"organisations"."kind" = ?'],
  ])('%s filters on one value with an equality the planner can weigh', async (url, condition) => {
    const statements = await recordStatements(() => ctx.app.inject({ method: 'GET', url }));
    expect(statements.map((s) => s.sql).filter((sql) => sql.includes(condition))).toHaveLength(1);
  });

  it('the change feed reads its rows and nothing else: no lookup per row', async () => {
    const [feed] = await plansOf('/changes?limit=50', /from "changes" where \("changes"\."seq" > \?/);
    expect(feed).toEqual(['SEARCH changes USING INTEGER PRIMARY KEY (rowid>?)']);
  });

  /** The cursor of page `pages + 1` of `url`, reached by following `next`. */
  async function cursorAfter(url: string, pages: number): Promise<string> {
    let cursor = '';
    for (let n = 0; n < pages; n++) {
      const response = await ctx.app.inject(
        `${url}${url.includes('?') ? '&' : '?'}limit=20${cursor && `&cursor=${cursor}`}`,
      );
      cursor = encodeURIComponent(response.json().meta.nextCursor as string);
    }
    return cursor;
  }

  it.each([
    ['/articles', 'articles_status_published_idx (status=? AND (published_at,id)<(?,?))'],
    ['/articles?sort=headline', 'articles_status_headline_idx (status=? AND (headline,id)>(?,?))'],
    [
      '/articles?place=gen-country-1',
      'article_places_place_idx (place_id=? AND status=? AND (published_at,article_id)<(?,?))',
    ],
    ['/people', ',id)>(?,?))'],
    ['/places?kind=village', ',id)>(?,?))'],
  ])('a deep page of %s starts where its cursor points, not at the top of the list', async (url, range) => {
    const cursor = await cursorAfter(url, 5);
    const [page] = await plansOf(`${url}${url.includes('?') ? '&' : '?'}limit=20&cursor=${cursor}`, / order by /);
    expect(page?.join('\n')).toContain(range);
  });
});
