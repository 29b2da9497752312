import { describe, expect, it } from 'vitest';
import { aboutPlacesOrInside, listArticles, type ArticleFilters } from '../../../src/resources/articles/repository.ts';
import type { Page } from '../../../src/core/db/pagination.ts';
import type { ArticleSummary } from '../../../src/resources/articles/schema.ts';
import { getJson, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

/** A place filter runs one of two plans (see aboutPlacesOrInside); both must find the same articles. */
const ctx = useSeededApp({ generate: { articles: 400, people: 100, places: 300, organisations: 20, seed: 5 } });

/** The ids a query selects, on the app's own store. */
async function ids(sql: string) {
  return (await sqlOf(ctx.app.db).all<{ id: string }>(sql)).map((row) => row.id);
}

async function pages(placeId: string, probe: boolean, sort = '-publishedAt') {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listArticles(
      ctx.app.db,
      { limit: 7, cursor },
      { status: ['published'], scope: aboutPlacesOrInside([placeId], { probe }) },
      sort,
    );
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** Every page of articles about one place, by the place filter (which walks article_places). */
async function walkedPages(placeId: string, sort: string) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let last: Page<ArticleSummary> | undefined;
  do {
    last = await listArticles(
      ctx.app.db,
      { limit: 7, cursor },
      { status: ['published'], place: { ids: [placeId], match: 'any' } },
      sort,
    );
    ids.push(...last.items.map((item) => item.id));
    cursor = last.nextCursor ?? undefined;
  } while (cursor);
  // And back again from the last page, by the cursors it gave.
  const back: string[] = [];
  let prev = last.prevCursor ?? undefined;
  while (prev) {
    const page = await listArticles(
      ctx.app.db,
      { limit: 7, cursor: prev },
      { status: ['published'], place: { ids: [placeId], match: 'any' } },
      sort,
    );
    back.unshift(...page.items.map((item) => item.id));
    prev = page.prevCursor ?? undefined;
  }
  return { ids, back: [...back, ...last.items.map((item) => item.id)] };
}

describe('place filters', () => {
  it('walk article_places to the same pages as the recursive query, both ways and in both orders', async () => {
    const places = await ids("SELECT id FROM places WHERE slug LIKE 'gen-%' ORDER BY kind, id");
    let spanning = 0;
    for (const id of places) {
      const sorted = await pages(id, false);
      const walked = await walkedPages(id, '-publishedAt');
      expect(walked.ids, id).toEqual(sorted);
      expect(walked.back, id).toEqual(sorted);
      expect((await walkedPages(id, 'publishedAt')).ids, id).toEqual(await pages(id, false, 'publishedAt'));
      if (sorted.length > 7) spanning += 1;
    }
    expect(spanning).toBeGreaterThan(10);
  });

  it('walk article_places within a date range, and with other filters, to what the recursive query finds', async () => {
    const places = await ids("SELECT id FROM places WHERE slug LIKE 'gen-%' ORDER BY kind, id");
    const narrower = [{ from: '2022-01-01', to: '2023-06-01' }, { language: ['fr', 'de'] }, { hasQuotes: false }];
    for (const id of places) {
      for (const narrow of narrower) {
        const first = async (filters: Partial<ArticleFilters>) =>
          (await listArticles(ctx.app.db, { limit: 50 }, { status: ['published'], ...narrow, ...filters })).items.map(
            (item) => item.id,
          );
        expect(await first({ place: { ids: [id], match: 'any' } }), id).toEqual(
          await first({ scope: aboutPlacesOrInside([id]) }),
        );
      }
    }
  });

  it('walk the index and sort the matches to the same pages, for continents, countries and towns', async () => {
    // Four of each kind, the same on either store (PostgreSQL has no rowid order to fall back on).
    const places: string[] = [];
    for (const kind of ['continent', 'country', 'city']) {
      places.push(
        ...(await ids(`SELECT id FROM places WHERE slug LIKE 'gen-%' AND kind = '${kind}' ORDER BY id LIMIT 4`)),
      );
    }
    const sizes: number[] = [];
    for (const id of places) {
      const sorted = await pages(id, false);
      expect(await pages(id, true), id).toEqual(sorted);
      sizes.push(sorted.length);
    }
    // Some span several pages, so cursors are exercised under both plans.
    expect(Math.max(...sizes)).toBeGreaterThan(20);
  });

  it('answer the same through the API whichever plan it picks', async () => {
    const { body } = await getJson(ctx.app, '/articles?place=gen-northland&limit=100&total=true');
    const [northland] = await ids("SELECT id FROM places WHERE slug = 'gen-northland'");
    expect(body.data.map((article: { id: string }) => article.id)).toEqual(
      (await pages(String(northland), false)).slice(0, 100),
    );
    expect(body.meta.total).toBeGreaterThan(0);
  });

  // Several places named often enough take the walk (placeFilterPlan); its hint once answered 500 on PostgreSQL.
  it('answer several densely named places through the API as the recursive query does', async () => {
    const continents = await sqlOf(ctx.app.db).all<{ id: string; slug: string }>(
      "SELECT id, slug FROM places WHERE kind = 'continent' ORDER BY slug",
    );
    expect(continents.length).toBeGreaterThan(1);
    const query = continents.map(({ slug }) => `place=${slug}`).join('&');
    const response = await getJson(ctx.app, `/articles?${query}&limit=30`);
    expect(response.status).toBe(200);
    const sorted = await listArticles(
      ctx.app.db,
      { limit: 30 },
      { status: ['published'], scope: aboutPlacesOrInside(continents.map(({ id }) => id)) },
      '-publishedAt',
    );
    expect(response.body.data.map((article: { id: string }) => article.id)).toEqual(
      sorted.items.map((item) => item.id),
    );
    expect(sorted.items).toHaveLength(30);
  });
});
