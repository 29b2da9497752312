import { describe, expect, it } from 'vitest';
import { getJson, useSeededApp } from '../../support/app.ts';
import { statementsDuring } from '../../support/sql-stores.ts';

const ctx = useSeededApp();

describe.each([
  { plural: 'people', slug: 'andrii-sybiha', name: 'Andrii Sybiha', count: 4, prefix: 'per_' },
  { plural: 'places', slug: 'donetsk-oblast', name: 'Donetsk Oblast', count: 15, prefix: 'pla_' },
  { plural: 'organisations', slug: 'nato', name: 'NATO', count: 8, prefix: 'org_' },
])('/$plural', ({ plural, slug, name, count, prefix }) => {
  it('lists them all by name', async () => {
    const { status, body } = await getJson(ctx.app, `/${plural}?limit=100`);
    expect(status).toBe(200);
    expect(body.meta.count).toBe(count);
    const names = body.data.map((item: { name: string }) => item.name);
    expect(names).toEqual([...names].sort());
  });

  it('finds one by slug and by id', async () => {
    const bySlug = await getJson(ctx.app, `/${plural}/${slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toMatchObject({ slug, name, id: expect.stringMatching(new RegExp(`^${prefix}`)) });
    const byId = await getJson(ctx.app, `/${plural}/${bySlug.body.data.id}`);
    expect(byId.body).toEqual(bySlug.body);
  });

  it('lists the articles about it', async () => {
    const { status, body } = await getJson(ctx.app, `/${plural}/${slug}/articles?include=quotes`);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].quotes).toHaveLength(18);
  });

  it('answers 404 for unknown ones, on every route', async () => {
    for (const path of ['', '/articles', ...(plural === 'places' ? [] : ['/quotes'])]) {
      const { status, body } = await getJson(ctx.app, `/${plural}/nobody-here${path}`);
      expect(status, path).toBe(404);
      expect(body.detail).toContain('nobody-here');
    }
  });

  it('rejects unknown query parameters and bad limits', async () => {
    for (const [query, param] of [
      ['limit=-1', 'limit'],
      ['colour=blue', 'colour'],
    ]) {
      const { status, body } = await getJson(ctx.app, `/${plural}?${query}`);
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({ location: 'query', name: param });
    }
    const single = await getJson(ctx.app, `/${plural}/${slug}?limit=5`);
    expect(single.status).toBe(400);
    expect(single.body.errors[0]).toMatchObject({ location: 'query', name: 'limit' });
  });
});

describe('people', () => {
  it('carry roles with dates and sources, and nationality', async () => {
    const { body } = await getJson(ctx.app, '/people/volodymyr-zelensky');
    expect(body.data).toMatchObject({
      name: 'Volodymyr Zelensky',
      aliases: expect.arrayContaining(['Zelenskyy']),
      nationality: 'UA',
      roles: [
        { title: 'President', startedOn: '2019-05-20', endedOn: null, source: expect.stringContaining('Wikipedia') },
      ],
    });
    const ukraine = await getJson(ctx.app, `/places/${body.data.roles[0].countryId}`);
    expect(ukraine.body.data.slug).toBe('ukraine');
  });

  it.each(['/people?limit=100', '/people/volodymyr-zelensky'])(
    '%s reads the people with their roles in one statement',
    async (path) => {
      let roles = 0;
      const statements = await statementsDuring(ctx.app.db, async () => {
        const { body } = await getJson(ctx.app, path);
        roles = [body.data].flat().flatMap((person: { roles: unknown[] }) => person.roles).length;
      });
      expect(roles).toBeGreaterThan(0);
      const reading = statements.filter((text) => /\bperson_roles\b/.test(text));
      expect(reading).toHaveLength(1);
      expect(reading[0]).toMatch(/^select .* from "people"/s);
    },
  );

  it('list their quotes, with the speaker embedded on request', async () => {
    const zelensky = await getJson(ctx.app, '/people/volodymyr-zelensky/quotes?limit=100&include=speaker');
    expect(zelensky.body.data).toHaveLength(12);
    for (const quote of zelensky.body.data) expect(quote.speaker.slug).toBe('volodymyr-zelensky');
    const sybiha = await getJson(ctx.app, '/people/andrii-sybiha/quotes');
    expect(sybiha.body.data.map((q: { kind: string }) => q.kind)).toEqual(['indirect', 'direct']);
    const putin = await getJson(ctx.app, '/people/vladimir-putin/quotes');
    expect(putin.body.data).toEqual([]);
  });
});

describe('organisations', () => {
  it('list their quotes', async () => {
    const { body } = await getJson(ctx.app, '/organisations/government-of-china/quotes');
    expect(body.data.map((q: { text: string }) => q.text)).toEqual([
      'it remains neutral in the Russia-Ukraine conflict',
      'not to be arming either side',
    ]);
  });
});

describe('places', () => {
  it('find articles that mention a place inside them, at any depth', async () => {
    for (const slug of ['tarasivka', 'donetsk-oblast', 'ukraine', 'europe', 'asia', 'kursk-oblast']) {
      const { body } = await getJson(ctx.app, `/places/${slug}/articles`);
      expect(body.data, slug).toHaveLength(1);
    }
  });

  it('find no articles for a place nothing mentions', async () => {
    const { body } = await getJson(ctx.app, '/places/belgium/articles');
    expect(body.data).toEqual([]);
  });

  it('carry their parent, ISO code and sourced coordinates', async () => {
    const kyiv = (await getJson(ctx.app, '/places/kyiv')).body.data;
    expect(kyiv).toMatchObject({
      kind: 'city',
      isoCode: 'UA-30',
      latitude: 50.45466,
      longitude: 30.5238,
      coordinatesSource: expect.stringContaining('GeoNames'),
    });
    const parent = (await getJson(ctx.app, `/places/${kyiv.parentId}`)).body.data;
    expect(parent).toMatchObject({ slug: 'ukraine', kind: 'country', isoCode: 'UA' });
    const village = (await getJson(ctx.app, '/places/bilohorivka')).body.data;
    expect(village).toMatchObject({ kind: 'village', latitude: null, longitude: null, coordinatesSource: null });
  });

  it('have no quotes route', async () => {
    const { status, body } = await getJson(ctx.app, '/places/kyiv/quotes');
    expect(status).toBe(404);
    expect(body.type).toBe('/problems/route-not-found');
  });
});
