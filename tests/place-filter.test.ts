import { describe, expect, it } from 'vitest';
import { aboutPlacesOrInside, listArticles } from '../src/repositories/articles.ts';
import { getJson, useSeededApp } from './helpers.ts';

/** A place filter runs one of two plans (see aboutPlacesOrInside); both must find the same articles. */
const ctx = useSeededApp({ generate: { articles: 400, people: 100, places: 300, organisations: 20, seed: 5 } });

function pages(placeId: string, probe: boolean) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = listArticles(
      ctx.app.db,
      { limit: 7, cursor },
      { status: ['published'], scope: aboutPlacesOrInside([placeId], { probe }) },
    );
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('place filters', () => {
  it('walk the index and sort the matches to the same pages, for continents, countries and towns', () => {
    const places = ctx.app.db.$client
      .prepare("SELECT id FROM places WHERE slug LIKE 'gen-%' AND kind IN ('continent', 'country', 'city') LIMIT 12")
      .pluck()
      .all() as string[];
    const sizes = places.map((id) => {
      const sorted = pages(id, false);
      expect(pages(id, true), id).toEqual(sorted);
      return sorted.length;
    });
    // Some span several pages, so cursors are exercised under both plans.
    expect(Math.max(...sizes)).toBeGreaterThan(20);
  });

  it('answer the same through the API whichever plan it picks', async () => {
    const { body } = await getJson(ctx.app, '/articles?place=gen-northland&limit=100&total=true');
    const northland = ctx.app.db.$client.prepare("SELECT id FROM places WHERE slug = 'gen-northland'").pluck().get();
    expect(body.data.map((article: { id: string }) => article.id)).toEqual(
      pages(String(northland), false).slice(0, 100),
    );
    expect(body.meta.total).toBeGreaterThan(0);
  });
});
