import { describe, expect, it } from 'vitest';
import { getJson, useSeededApp } from '../support/app.ts';
import { sqlOf } from '../support/sql-stores.ts';

/**
 * The same API over a generated newsroom (bench/generate.ts): each filter's answer is checked
 * against a brute-force computation over the raw tables, and every page walk against the whole.
 */
const ctx = useSeededApp({ generate: { articles: 400, people: 300, places: 300, organisations: 60, seed: 7 } });

const rows = <T>(query: string, ...params: unknown[]) => sqlOf(ctx.app.db).all<T>(query, ...params);

async function walk(url: string): Promise<any[]> {
  const items: any[] = [];
  let next: string | null = url;
  while (next) {
    const { status, body }: { status: number; body: any } = await getJson(
      ctx.app,
      next.replace(/^https?:\/\/[^/]+/, ''),
    );
    expect(status, JSON.stringify(body)).toBe(200);
    items.push(...body.data);
    next = body.links.next;
  }
  return items;
}

const publishedIds = async () =>
  new Set((await rows<{ id: string }>("SELECT id FROM articles WHERE status = 'published'")).map((r) => r.id));

describe('generated data', () => {
  it('has quotes and mentions that point at their words', async () => {
    const texts = new Map(
      (await rows<{ id: string; plain_text: string }>('SELECT id, plain_text FROM articles')).map((r) => [
        r.id,
        r.plain_text,
      ]),
    );
    for (const quote of await rows<any>('SELECT * FROM quotes')) {
      expect(texts.get(quote.article_id)?.slice(quote.start_offset, quote.end_offset)).toBe(quote.text);
    }
    const names = new Map(
      (
        await rows<{ id: string; name: string }>(
          'SELECT id, name FROM people UNION ALL SELECT id, name FROM places UNION ALL SELECT id, name FROM organisations',
        )
      ).map((r) => [r.id, r.name]),
    );
    for (const m of await rows<any>(
      "SELECT * FROM mentions WHERE article_id IN (SELECT id FROM articles WHERE slug LIKE 'gen-%')",
    )) {
      const entity = m.person_id ?? m.place_id ?? m.organisation_id;
      expect(texts.get(m.article_id)?.slice(m.start_offset, m.end_offset)).toBe(names.get(entity));
    }
    // PostgreSQL's count(*) is a bigint, which pg hands over as a string.
    expect(Number((await rows<{ n: number }>('SELECT count(*) n FROM quotes'))[0]?.n)).toBeGreaterThanOrEqual(5 * 400);
  });

  it.each(['-publishedAt', 'publishedAt', 'headline', '-wordCount', 'updatedAt'])(
    'walks every published article exactly once, in order, by %s',
    async (sort) => {
      const items = await walk(`/articles?limit=37&sort=${sort}`);
      const published = await publishedIds();
      expect(new Set(items.map((a) => a.id))).toEqual(published);
      expect(items).toHaveLength(published.size);
      const field = sort.replace('-', '');
      const keys = items.map((a) => a[field]);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted);
    },
  );

  it('walks back with prev cursors to the same pages', async () => {
    const first = await getJson(ctx.app, '/quotes?limit=25');
    const second = await getJson(ctx.app, `/quotes?limit=25&cursor=${first.body.meta.nextCursor}`);
    const third = await getJson(ctx.app, `/quotes?limit=25&cursor=${second.body.meta.nextCursor}`);
    const back = await getJson(ctx.app, `/quotes?limit=25&cursor=${third.body.meta.prevCursor}`);
    expect(back.body.data).toEqual(second.body.data);
    const total = (await getJson(ctx.app, '/quotes?limit=1&total=true')).body.meta.total;
    const [counted] = await rows<{ n: number }>(
      "SELECT count(*) n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.status = 'published'",
    );
    expect(total).toBe(Number(counted?.n));
  });

  it('combines person filters with any, all and none exactly as the tables say', async () => {
    const busiest = (
      await rows<{ person_id: string }>(
        `SELECT person_id FROM mentions WHERE person_id IS NOT NULL AND person_id LIKE 'per_%' GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 2`,
      )
    ).map((r) => r.person_id);
    const about = async (id: string) =>
      new Set(
        (
          await rows<{ article_id: string }>(
            'SELECT article_id FROM mentions WHERE person_id = $1 UNION SELECT article_id FROM quotes WHERE speaker_person_id = $1',
            id,
          )
        ).map((r) => r.article_id),
      );
    const [a = '', b = ''] = busiest;
    const [aboutA, aboutB] = [await about(a), await about(b)];
    const published = await publishedIds();
    const expected = {
      any: [...published].filter((id) => aboutA.has(id) || aboutB.has(id)),
      all: [...published].filter((id) => aboutA.has(id) && aboutB.has(id)),
      none: [...published].filter((id) => !aboutA.has(id) && !aboutB.has(id)),
    };
    for (const match of ['any', 'all', 'none'] as const) {
      const items = await walk(`/articles?limit=100&person=${a}&person=${b}&match[person]=${match}`);
      expect(new Set(items.map((i) => i.id)), match).toEqual(new Set(expected[match]));
    }
    expect(expected.all.length).toBeGreaterThan(0);
  });

  it('finds articles about a country through every place inside it', async () => {
    const [country] = await rows<{ id: string }>(
      "SELECT id FROM places WHERE slug LIKE 'gen-country-%' ORDER BY id LIMIT 1",
    );
    const places = await rows<{ id: string; parent_id: string | null }>('SELECT id, parent_id FROM places');
    const inside = new Set([country?.id ?? '']);
    for (let grew = true; grew;) {
      grew = false;
      for (const place of places) {
        if (place.parent_id && inside.has(place.parent_id) && !inside.has(place.id)) {
          inside.add(place.id);
          grew = true;
        }
      }
    }
    const published = await publishedIds();
    const expected = new Set(
      (
        await rows<{ article_id: string; place_id: string }>(
          'SELECT article_id, place_id FROM mentions WHERE place_id IS NOT NULL',
        )
      )
        .filter((m) => inside.has(m.place_id) && published.has(m.article_id))
        .map((m) => m.article_id),
    );
    const items = await walk(`/articles?limit=100&place=${country?.id}`);
    expect(new Set(items.map((i) => i.id))).toEqual(expected);
  });

  it('finds every place within a radius, nearest first, and nothing outside it', async () => {
    const center = { lat: 20, lon: 10 };
    const radius = 3000;
    const haversine = (lat: number, lon: number) => {
      const rad = Math.PI / 180;
      const h =
        Math.sin(((lat - center.lat) * rad) / 2) ** 2 +
        Math.cos(center.lat * rad) * Math.cos(lat * rad) * Math.sin(((lon - center.lon) * rad) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    };
    const expected = (
      await rows<{ id: string; latitude: number; longitude: number }>(
        'SELECT id, latitude, longitude FROM places WHERE latitude IS NOT NULL',
      )
    ).filter((p) => haversine(p.latitude, p.longitude) <= radius);
    const items = await walk(`/places?limit=50&near=${center.lat},${center.lon}&radius=${radius}`);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.map((p) => p.id)));
    const distances = items.map((i) => i.distanceKm);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(expected.length).toBeGreaterThan(3);
  });

  it('filters quotes by speaker and kind as the tables say', async () => {
    const [speaker] = await rows<{ id: string }>(
      "SELECT speaker_person_id id FROM quotes WHERE speaker_person_id LIKE 'per_%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    );
    const expected = await rows<{ id: string }>(
      `SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE a.status = 'published' AND q.speaker_person_id = $1 AND q.kind = 'direct'`,
      speaker?.id,
    );
    const items = await walk(`/quotes?limit=100&speaker=${speaker?.id}&kind=direct`);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.map((r) => r.id)));
  });

  it('searches the generated text', async () => {
    const { body } = await getJson(ctx.app, '/search?q=ceasefire&type=article&limit=5');
    expect(body.data.length).toBe(5);
    for (const hit of body.data) expect(hit.snippet.toLowerCase()).toContain('<mark>ceasefire</mark>');
  });
});
