import { describe, expect, it } from 'vitest';
import { writerOf } from '../../src/core/db/client.ts';
import { getJson, TEST_STORE, useSeededApp } from '../support/app.ts';
import { sqlOf, statementsDuring } from '../support/sql-stores.ts';

const ctx = useSeededApp();
const slugs = (body: any) => body.data.map((item: { slug: string }) => item.slug);
const count = async (url: string) => {
  const { status, body } = await getJson(ctx.app, url);
  expect(status, `${url}: ${JSON.stringify(body)}`).toBe(200);
  return body.data.length as number;
};

describe('article filters', () => {
  it.each([
    ['person=volodymyr-zelensky', 1],
    ['person=volodymyr-zelensky&person=andrii-sybiha&match[person]=all', 1],
    ['person=andrii-sybiha&match[person]=none', 0],
    ['place=bilohorivka', 1],
    ['place=donetsk-oblast', 1],
    ['place=europe', 1],
    ['place=belgium', 0],
    ['place=belgium&match[place]=none', 1],
    ['organisation=nato', 1],
    ['organisation=government-of-ukraine', 1],
    ['status=archived', 0],
    ['status=published&status=archived', 1],
    ['language=en', 1],
    ['language=fr', 0],
    ['from=2025-04-08&to=2025-04-08', 1],
    ['from=2025-04-09', 0],
    ['to=2025-04-07', 0],
    ['q=bilohorivka', 1],
    ['q=BILOHORÍVKA', 1],
    ['q=%22foreign%20minister%22', 1],
    ['q=%22minister%20foreign%22', 0],
    ['q=kurs*', 1],
    ['q=zelenskyy', 1],
    ['q=penguin', 0],
    ['hasQuotes=true', 1],
    ['hasQuotes=false', 0],
    ['person=vladimir-putin&place=moscow&organisation=nato&q=china', 1],
  ])('/articles?%s → %i', async (query, expected) => {
    expect(await count(`/articles?${query}`)).toBe(expected);
  });

  it.each([
    ['person=nobody', 'person'],
    ['place=atlantis&match[place]=all', 'place'],
    ['organisation=nowhere&language=en', 'organisation'],
    ['person=volodymyr-zelensky&place=atlantis', 'place'],
    // Of two unknown keys, always the first: the keys are resolved in order, beside the page's last change.
    ['person=nobody&place=atlantis&organisation=nowhere', 'person'],
    ['organisation=nowhere&match[organisation]=none', 'organisation'],
  ])('/articles?%s is a 400 naming %s', async (query, name) => {
    const { status, body } = await getJson(ctx.app, `/articles?${query}`);
    expect(status, query).toBe(400);
    expect(body.errors[0].name).toBe(name);
  });

  it.each([
    ['/articles?person=volodymyr-zelensky&place=bilohorivka', 2],
    ['/quotes?speaker=nato', 2],
  ])(
    '%s: on PostgreSQL, where a statement is a round trip, the page’s own statement looks each key up',
    async (url, lookedUpFirst) => {
      const response = await statementsDuring(ctx.app.db, () => ctx.app.inject(url));
      const lookups = response.filter((text) => /from "(?:people|places|organisations)"/i.test(text));
      const onTheirOwn = lookups.filter((text) => !/from "(?:articles|article_places|quotes)"/i.test(text));
      // SQLite looks each key up first (a speaker among people, then organisations): microseconds.
      expect(onTheirOwn).toHaveLength(TEST_STORE === 'postgres' ? 0 : lookedUpFirst);
    },
  );

  it('apply on entity article lists too', async () => {
    expect(await count('/people/andrii-sybiha/articles?q=penguin')).toBe(0);
    expect(await count('/places/ukraine/articles?person=vladimir-putin')).toBe(1);
  });
});

describe('quote filters', () => {
  it.each([
    ['speaker=volodymyr-zelensky', 12],
    ['speaker=volodymyr-zelensky&match[speaker]=none', 6],
    ['speaker=nato', 1],
    ['speaker=volodymyr-zelensky&speaker=nato', 13],
    ['kind=direct&kind=partial', 8],
    ['kind=indirect', 10],
    ['channel=post%20on%20X', 1],
    ['channel=press%20conference&channel=social%20media%20post', 4],
    ['place=beijing', 2],
    ['place=beijing&place=united-states&match[place]=all', 0],
    ['place=donetsk-oblast', 2],
    ['place=kursk-oblast', 1],
    ['person=andrii-sybiha', 1],
    ['person=andrii-sybiha&match[person]=none', 17],
    ['q=peace', 2],
    ['hasSpeaker=true', 18],
    ['hasSpeaker=false', 0],
    ['article=zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia&kind=partial', 2],
    ['from=2025-04-08T00:00:00Z&to=2025-04-08T00:00:01Z', 18],
  ])('/quotes?%s → %i', async (query, expected) => {
    expect(await count(`/quotes?limit=100&${query}`)).toBe(expected);
  });

  it('say which parameter names nothing', async () => {
    for (const [query, name] of [
      ['speaker=nobody', 'speaker'],
      ['article=nothing', 'article'],
      ['place=atlantis', 'place'],
      ['kind=rumour', 'kind'],
      ['match[speaker]=all&speaker=nato', 'match[speaker]'],
    ]) {
      const { status, body } = await getJson(ctx.app, `/quotes?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors[0].name).toBe(name);
    }
  });
});

describe('people, organisation and place filters', () => {
  it.each([
    ['/people?role=president', ['vladimir-putin', 'volodymyr-zelensky']],
    ['/people?role=PRIME%20MINISTER', ['bart-de-wever']],
    ['/people?nationality=ua', ['andrii-sybiha', 'volodymyr-zelensky']],
    ['/people?organisation=government-of-ukraine', ['andrii-sybiha']],
    ['/people?q=zel', ['volodymyr-zelensky']],
    ['/people?q=sybi', ['andrii-sybiha']],
    ['/people?q=zelenskiy', ['volodymyr-zelensky']],
    ['/organisations?kind=military', ['armed-forces-of-ukraine', 'russian-armed-forces']],
    ['/organisations?nationality=RU', ['russian-armed-forces']],
    ['/organisations?q=nat', ['nato', 'un-security-council']],
    ['/organisations?place=ukraine&q=arm', ['armed-forces-of-ukraine']],
    ['/places?kind=village', ['bilohorivka', 'tarasivka']],
    ['/places?parent=donetsk-oblast', ['bilohorivka', 'tarasivka']],
    ['/places?parent=ukraine', ['donetsk-oblast', 'kyiv']],
    ['/places?parent=ukraine&descendants=true', ['bilohorivka', 'donetsk-oblast', 'kyiv', 'tarasivka']],
    ['/places?bbox=29,49,32,51', ['kyiv']],
    ['/places?bbox=170,-10,-170,10', []],
    ['/places?q=kiev', ['kyiv']],
  ])('%s', async (url, expected) => {
    const { status, body } = await getJson(ctx.app, url);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(slugs(body)).toEqual(expected);
  });

  it('sorts places near a point by distance and returns it', async () => {
    const { body } = await getJson(ctx.app, '/places?near=55.75,37.62&radius=1000');
    expect(slugs(body)).toEqual(['moscow', 'kyiv']);
    expect(body.data[0].distanceKm).toBeLessThan(1);
    // Moscow to Kyiv is about 756 km as the crow flies.
    expect(body.data[1].distanceKm).toBeGreaterThan(740);
    expect(body.data[1].distanceKm).toBeLessThan(770);
    const small = await getJson(ctx.app, '/places?near=50.45,30.52&radius=5');
    expect(slugs(small.body)).toEqual(['kyiv']);
  });

  it('rejects nonsense coordinates and lone modifiers, naming the parameter', async () => {
    for (const [query, name] of [
      ['near=91,0', 'near'],
      ['near=1,2&sort=name', 'sort'],
      ['radius=5', 'radius'],
      ['bbox=0,10,1,5', 'bbox'],
      ['bbox=0,0,1', 'bbox'],
      ['descendants=true', 'descendants'],
      ['parent=atlantis', 'parent'],
    ]) {
      const { status, body } = await getJson(ctx.app, `/places?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors[0].name).toBe(name);
    }
  });

  it('serves place lists as GeoJSON on request', async () => {
    const response = await ctx.app.inject({ url: '/places?kind=city', headers: { accept: 'application/geo+json' } });
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = response.json();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: any) => f.properties.slug)).toEqual(['beijing', 'kyiv', 'moscow']);
    expect(collection.features[1]).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [30.5238, 50.45466] },
    });
    const villages = (
      await ctx.app.inject({ url: '/places?kind=village', headers: { accept: 'application/geo+json' } })
    ).json();
    expect(villages.features[0].geometry).toBeNull();
    expect(collection.links.self).toContain('/places?kind=city');
  });
});

describe('sort, total, fields and include', () => {
  it('sorts by any whitelisted field, both ways', async () => {
    const asc = slugs((await getJson(ctx.app, '/people?sort=name')).body);
    const desc = slugs((await getJson(ctx.app, '/people?sort=-name')).body);
    expect(desc).toEqual([...asc].reverse());
    expect((await getJson(ctx.app, '/quotes?sort=createdAt&limit=100')).body.data).toHaveLength(18);
  });

  it('refuses a cursor from another sort', async () => {
    const first = await getJson(ctx.app, '/people?sort=name&limit=1');
    const { status, body } = await getJson(ctx.app, `/people?sort=-name&cursor=${first.body.meta.nextCursor}`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ name: 'cursor', detail: expect.stringContaining('sort=name') });
  });

  it('counts matches on request', async () => {
    const { body } = await getJson(ctx.app, '/quotes?kind=direct&limit=2&total=true');
    expect(body.meta).toMatchObject({ count: 2, total: 6 });
    expect((await getJson(ctx.app, '/quotes?limit=2')).body.meta.total).toBeUndefined();
  });

  it('picks fields of items and of what they embed', async () => {
    const { body } = await getJson(
      ctx.app,
      '/articles?fields=headline,quotes&include=quotes.speaker&fields[quotes]=text,speaker&fields[speaker]=name',
    );
    const [article] = body.data;
    expect(Object.keys(article).sort()).toEqual(['headline', 'id', 'quotes']);
    expect(Object.keys(article.quotes[0]).sort()).toEqual(['id', 'speaker', 'text']);
    expect(article.quotes[0].speaker).toEqual({ id: expect.stringMatching(/^per_/), name: 'Volodymyr Zelensky' });
  });

  it('embeds related resources on every resource', async () => {
    const person = (await getJson(ctx.app, '/people/andrii-sybiha?include=organisations,places')).body.data;
    expect(person.organisations.map((o: any) => o.slug)).toEqual(['government-of-ukraine']);
    expect(person.places.map((p: any) => p.slug)).toEqual(['ukraine']);
    const village = (await getJson(ctx.app, '/places/tarasivka?include=parent&fields=name,parent')).body.data;
    expect(village).toMatchObject({ name: 'Tarasivka', parent: { slug: 'donetsk-oblast' } });
    const nato = (await getJson(ctx.app, '/organisations?include=country&q=nato')).body.data[0];
    expect(nato.country).toBeNull();
    const army = (await getJson(ctx.app, '/organisations/russian-armed-forces?include=country')).body.data;
    expect(army.country.slug).toBe('russia');
  });

  it('rejects unknown fields and includes', async () => {
    for (const query of ['fields=password', 'include=secrets', 'fields[quotes]=nope', 'fields[unknown]=id']) {
      expect((await getJson(ctx.app, `/articles?${query}`)).status, query).toBe(400);
    }
  });
});

describe('/search', () => {
  it('ranks hits across types, with type, snippet and the resource', async () => {
    const { body } = await getJson(ctx.app, '/search?q=sybiha');
    const types = new Set(body.data.map((hit: any) => hit.type));
    expect(types).toEqual(new Set(['person', 'article', 'quote']));
    const person = body.data.find((hit: any) => hit.type === 'person');
    expect(person).toMatchObject({
      resource: { slug: 'andrii-sybiha' },
      snippet: expect.stringContaining('<mark>Sybiha</mark>'),
    });
    const scores = body.data.map((hit: any) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('restricts by type, matches prefixes, phrases, aliases, case and diacritics', async () => {
    const quotes = (await getJson(ctx.app, '/search?q=%22decisive%20enabler%22&type=quote')).body.data;
    expect(quotes).toHaveLength(1);
    expect(quotes[0].snippet).toBe('<mark>decisive enabler</mark>');
    const prefix = (await getJson(ctx.app, '/search?q=zelen*&type=person')).body.data;
    expect(prefix.map((hit: any) => hit.resource.slug)).toEqual(['volodymyr-zelensky']);
    const alias = (await getJson(ctx.app, '/search?q=Zelenskyy&type=article')).body.data;
    expect(alias).toHaveLength(1);
    const accents = (await getJson(ctx.app, '/search?q=K%C3%9DIV&type=place')).body.data;
    expect(accents.map((hit: any) => hit.resource.slug)).toEqual(['kyiv']);
  });

  it('escapes the text around the highlights', async () => {
    await sqlOf(ctx.app.db).run("UPDATE people SET aliases = '[\"<script>Vova\"]' WHERE slug = 'vladimir-putin'");
    const { body } = await getJson(ctx.app, '/search?q=vova&type=person');
    expect(body.data[0].snippet).not.toContain('<script>');
    expect(body.data[0].snippet).toContain('&lt;script&gt;');
  });

  it('pages with a cursor, never repeating a hit', async () => {
    const seen: string[] = [];
    let url: string | null = '/search?q=china&limit=3';
    while (url) {
      const { body }: { body: any } = await getJson(ctx.app, url);
      seen.push(...body.data.map((hit: any) => `${hit.type}:${hit.id}`));
      url = body.links.next && body.links.next.replace(/^https?:\/\/[^/]+/, '');
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('turns any malformed query into a 400 naming q, never a 500', async () => {
    for (const q of ['(', '"unterminated', 'AND', 'NEAR(', 'nocolumn:word', '*', '^', 'a OR', '\u0000']) {
      const { status, body } = await getJson(ctx.app, `/search?q=${encodeURIComponent(q)}`);
      if (status === 200) continue; // some odd strings are valid FTS5 (e.g. a lone word)
      expect(status, q).toBe(400);
      expect(body.errors[0].name, q).toBe('q');
    }
    expect((await getJson(ctx.app, '/search')).status).toBe(400);
    expect((await getJson(ctx.app, "/search?q=x');DROP TABLE articles;--")).status).toBeLessThan(500);
    expect((await getJson(ctx.app, '/articles')).body.data).toHaveLength(1);
  });

  it('stays in step with every write', async () => {
    const now = new Date().toISOString();
    // Through the writer: on SQLite the app's own handle is the read-only connection.
    const db = writerOf(ctx.app.db);
    await db.insert(db.tables.people).values({
      id: 'per_aaaaaaaaaaaaaaaaaaaa',
      slug: 'oksana-test',
      name: 'Oksana Quillfeather',
      createdAt: now,
      updatedAt: now,
    });
    expect((await getJson(ctx.app, '/search?q=quillfeather')).body.data).toHaveLength(1);
    await sqlOf(db).run("UPDATE people SET name = 'Oksana Brightwater' WHERE slug = 'oksana-test'");
    expect((await getJson(ctx.app, '/search?q=quillfeather')).body.data).toHaveLength(0);
    expect((await getJson(ctx.app, '/search?q=brightwater')).body.data).toHaveLength(1);
    await sqlOf(db).run("DELETE FROM people WHERE slug = 'oksana-test'");
    expect((await getJson(ctx.app, '/search?q=brightwater')).body.data).toHaveLength(0);
  });
});

describe('/changes', () => {
  it('replays every resource from the start, then only what changed, with tombstones', async () => {
    const all: any[] = [];
    let since: string | undefined;
    for (;;) {
      const { body } = await getJson(ctx.app, `/changes?limit=20${since ? `&since=${since}` : ''}`);
      all.push(...body.data);
      since = body.meta.nextCursor;
      if (!body.meta.hasMore) break;
    }
    const seqs = all.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const created = new Set(all.filter((c) => c.action === 'create').map((c) => `${c.type}:${c.id}`));
    expect([...created].filter((key) => key.startsWith('quote:'))).toHaveLength(18);
    expect([...created].filter((key) => key.startsWith('article:'))).toHaveLength(1);

    const quiet = await getJson(ctx.app, `/changes?since=${since}`);
    expect(quiet.body.data).toEqual([]);
    expect(quiet.body.meta.nextCursor).toBe(since);

    const sql = sqlOf(ctx.app.db);
    await sql.run('UPDATE places SET aliases = \'["Kiev","Kyjiw"]\' WHERE slug = \'kyiv\'');
    await sql.run("UPDATE articles SET status = 'draft'");
    await sql.run("DELETE FROM organisations WHERE slug = 'x'");
    const { body } = await getJson(ctx.app, `/changes?since=${since}`);
    // Taking the article back to draft withdraws its 18 quotes too: each gets a tombstone.
    const seen = body.data.map((c: any) => `${c.type}:${c.action}`);
    expect(seen[0]).toBe('place:update');
    expect(seen.at(-1)).toBe('organisation:delete');
    expect(seen.slice(1, -1).sort()).toEqual(['article:delete', ...Array.from({ length: 18 }, () => 'quote:delete')]);
    const article = body.data.find((c: any) => c.type === 'article');
    expect(body.data[0].href).toMatch(/\/places\/pla_/);
    expect(article.href).toBeNull();
    await sql.run("UPDATE articles SET status = 'published'");
    const only = await getJson(ctx.app, `/changes?since=${body.meta.nextCursor}&type=article`);
    expect(only.body.data.map((c: any) => c.action)).toEqual(['update']);
  });
});

describe('edge cases found in review', () => {
  const place = async (slug: string, lat: number, lon: number) => {
    const now = new Date().toISOString();
    await sqlOf(ctx.app.db).run(
      `INSERT INTO places (id, slug, name, kind, latitude, longitude, coordinates_source, created_at, updated_at)
       VALUES ($1, $2, $3, 'city', $4, $5, 'test', $6, $7)`,
      `pla_${slug
        .replace(/[^a-z]/g, '')
        .padEnd(20, 'a')
        .slice(0, 20)}`,
      slug,
      slug,
      lat,
      lon,
      now,
      now,
    );
  };

  it('finds every place inside the radius, at the equator, at high latitudes and across a pole', async () => {
    await place('just-north', 0.8989, 0); // 99.95 km north of 0,0
    await place('far-north-east', 64, 37); // 1952 km from 60,0
    await place('over-the-pole', 89.5, 180); // 611 km from 85,0
    const near = async (query: string) => slugs((await getJson(ctx.app, `/places?${query}`)).body);
    expect(await near('near=0,0&radius=100')).toContain('just-north');
    expect(await near('near=60,0&radius=2000')).toContain('far-north-east');
    expect(await near('near=85,0&radius=1000')).toContain('over-the-pole');
    expect(await near('near=0,0&radius=99')).not.toContain('just-north');
  });

  it('takes hyphens and apostrophes in plain words as words', async () => {
    for (const q of ['de-wever', "O'Brien", 'Jean-Luc', 'al-Sharaa']) {
      expect((await getJson(ctx.app, `/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
      expect((await getJson(ctx.app, `/articles?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
    expect(await count('/articles?q=de-wever')).toBe(1);
  });

  it('keeps GeoJSON geometry whatever fields are picked', async () => {
    const response = await ctx.app.inject({
      url: '/places?kind=city&fields=name',
      headers: { accept: 'application/geo+json' },
    });
    const feature = response.json().features.find((f: any) => f.properties.name === 'Kyiv');
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [30.5238, 50.45466] });
    expect(Object.keys(feature.properties).sort()).toEqual(['id', 'name']);
  });

  it('refuses impossible dates and years past 9999', async () => {
    expect((await getJson(ctx.app, '/articles?to=9999-12-31')).body.data).toHaveLength(1);
    for (const query of ['from=2025-02-30T10:00:00Z', 'from=9999-12-31T23:00:00-02:00', 'to=2025-13-01']) {
      const { status, body } = await getJson(ctx.app, `/articles?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors[0].name).toBe(query.split('=')[0]);
    }
  });

  it('takes a cursor only on the list that issued it', async () => {
    const people = await getJson(ctx.app, '/people?limit=1');
    const { status, body } = await getJson(ctx.app, `/places?cursor=${people.body.meta.nextCursor}`);
    expect(status).toBe(400);
    expect(body.errors[0].name).toBe('cursor');
    const tampered = Buffer.from(JSON.stringify({ s: 'changes:seq', v: ['abc'] })).toString('base64url');
    const changes = await getJson(ctx.app, `/changes?since=${tampered}`);
    expect(changes.status).toBe(400);
    expect(changes.body.errors[0].name).toBe('since');
  });
});
