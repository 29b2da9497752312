import { sqlOf } from '../../support/sql-stores.ts';
import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();
const write = () => bearer(ctx.app, 'write');

async function post(url: string, payload: object) {
  return ctx.app.inject({ method: 'POST', url, headers: await write(), payload });
}

async function etagOf(url: string) {
  return (await ctx.app.inject(url)).headers.etag as string;
}

describe('people, places and organisations', () => {
  it('creates a person with roles that refer to an organisation and a country by slug', async () => {
    const response = await post('/people', {
      name: 'Olena Kovalenko',
      aliases: ['Kovalenko'],
      nationality: 'UA',
      roles: [{ title: 'Spokesperson', organisationId: 'nato', countryId: 'ukraine', startedOn: '2024-01-01' }],
    });
    expect(response.statusCode).toBe(201);
    const { data } = response.json();
    expect(data).toMatchObject({ slug: 'olena-kovalenko', nationality: 'UA' });
    expect(data.roles[0].organisationId).toMatch(/^org_/);
    expect(response.headers.location).toBe(`/people/${data.id}`);
    expect((await ctx.app.inject(`/people/olena-kovalenko`)).statusCode).toBe(200);
    const search = await ctx.app.inject('/search?q=Kovalenko');
    expect(search.json().data.map((hit: { id: string }) => hit.id)).toContain(data.id);
  });

  it('says which references name nothing (422), and stores nothing', async () => {
    const response = await post('/people', {
      name: 'Nobody',
      roles: [{ title: 'Envoy', organisationId: 'no-such-org', countryId: 'atlantis' }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { name: string }) => e.name)).toEqual([
      'roles.0.organisationId',
      'roles.0.countryId',
    ]);
    expect((await ctx.app.inject('/people/nobody')).statusCode).toBe(404);
  });

  it('checks coordinates come in pairs with a source, and that a place is not put inside itself', async () => {
    const unsourced = await post('/places', { name: 'Testville', kind: 'village', latitude: 48.5, longitude: 37.9 });
    expect(unsourced.statusCode).toBe(422);
    expect(unsourced.json().errors[0].name).toBe('coordinatesSource');

    const region = (await post('/places', { name: 'Test Oblast', kind: 'region', parentId: 'ukraine' })).json().data;
    const village = (await post('/places', { name: 'Testivka', kind: 'village', parentId: region.slug })).json().data;
    const cycle = await ctx.app.inject({
      method: 'PATCH',
      url: `/places/${region.id}`,
      headers: { ...(await write()), 'if-match': await etagOf(`/places/${region.id}`) },
      payload: { parentId: village.id },
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().errors[0].name).toBe('parentId');
    const articles = await ctx.app.inject(`/articles?place=${region.slug}`);
    expect(articles.statusCode).toBe(200);
  });

  it('refuses to delete a person who is quoted (409 naming what refers), unless asked to cascade', async () => {
    const url = '/people/andrii-sybiha';
    const quotesBefore = (await ctx.app.inject(`${url}/quotes`)).json().data.length;
    const sybihaId = (await ctx.app.inject(url)).json().data.id;
    expect(quotesBefore).toBeGreaterThan(0);
    const refused = await ctx.app.inject({
      method: 'DELETE',
      url,
      headers: { ...(await write()), 'if-match': await etagOf(url) },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(`${quotesBefore} quotes (as speaker)`);
    expect((await ctx.app.inject(url)).statusCode).toBe(200);

    const cascaded = await ctx.app.inject({
      method: 'DELETE',
      url: `${url}?cascade=true`,
      headers: { ...(await write()), 'if-match': await etagOf(url) },
    });
    expect(cascaded.statusCode).toBe(204);
    expect((await ctx.app.inject(url)).statusCode).toBe(404);
    const remaining = (await ctx.app.inject('/quotes?limit=100')).json().data;
    expect(remaining.map((q: { speakerId: string | null }) => q.speakerId)).not.toContain(sybihaId);
    // The change feed reports each of their quotes as deleted.
    const changes = (await ctx.app.inject('/changes?limit=1000')).json().data;
    const deletedQuotes = new Set(
      changes
        .filter((c: { type: string; action: string }) => c.type === 'quote' && c.action === 'delete')
        .map((c: { id: string }) => c.id),
    );
    expect(deletedQuotes.size).toBe(quotesBefore);
  });

  it('renames with a 301 from the old slug, for sub-resources too', async () => {
    const url = '/organisations/nato';
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...(await write()), 'if-match': await etagOf(url) },
      payload: { slug: 'north-atlantic-treaty-organization' },
    });
    expect(renamed.statusCode).toBe(200);
    const old = await ctx.app.inject('/organisations/nato/quotes?limit=5');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/organisations/north-atlantic-treaty-organization/quotes?limit=5');
  });

  it('answers 409 naming the slug when a chosen one is taken', async () => {
    const response = await post('/organisations', {
      name: 'Another NATO',
      kind: 'alliance',
      slug: 'government-of-ukraine',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0]).toMatchObject({ location: 'body', name: 'slug' });
  });
});

describe('quotes', () => {
  async function article() {
    return (await ctx.app.inject('/articles?limit=1&fields=id,slug')).json().data[0] as { id: string; slug: string };
  }

  it('anchors a quote found in the text, and refuses offsets that do not hold its words', async () => {
    const { id, slug } = await article();
    const text = (await ctx.app.inject(`/articles/${id}`)).json().data.plainText as string;
    const words = 'two Chinese nationals';
    const start = text.indexOf(words);

    const wrong = await post('/quotes', {
      articleId: slug,
      text: words,
      kind: 'partial',
      start: start + 1,
      end: start + 1 + words.length,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].name).toBe('text');

    const ambiguous = await post('/quotes', { articleId: id, text: 'Ukraine', kind: 'partial' });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json().errors[0].detail).toContain('more than once');

    const unique = text.slice(start, start + 40);
    const created = await post('/quotes', {
      articleId: id,
      text: unique,
      kind: 'indirect',
      speakerType: 'person',
      speakerId: 'volodymyr-zelensky',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toMatchObject({ start, end: start + 40, speakerType: 'person' });

    const url = `/quotes/${created.json().data.id}`;
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...(await write()), 'if-match': created.headers.etag as string },
      payload: { channel: 'press conference', speakerType: null, speakerId: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({ channel: 'press conference', speakerType: null, speakerId: null });
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url,
      headers: { ...(await write()), 'if-match': patched.headers.etag as string },
    });
    expect(deleted.statusCode).toBe(204);
  });

  it('names an unknown article and speaker (422)', async () => {
    const response = await post('/quotes', {
      articleId: 'no-such-article',
      text: 'x',
      kind: 'direct',
      speakerType: 'organisation',
      speakerId: 'nobody',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { name: string }) => e.name)).toEqual(['articleId', 'speakerId']);
  });
});

describe('the database as the last guard', () => {
  // A route that writes past every check, as a race between two editors could.
  const guarded = useSeededApp({
    setup: (app) =>
      app.post('/test-only/duplicate-slug', async () => {
        await sqlOf(app.db).run("UPDATE people SET slug = 'andrii-sybiha' WHERE slug = 'volodymyr-zelensky'");
        return {};
      }),
  });

  it('turns a unique clash into a 409 naming the field, without SQLite wording', async () => {
    const response = await guarded.app.inject({ method: 'POST', url: '/test-only/duplicate-slug' });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ location: 'body', name: 'slug', detail: 'is already taken' }]);
    expect(response.body).not.toMatch(/SQLITE|constraint failed/i);
  });
});

describe('moving a quote to another article', () => {
  it('finds its words there again and forgets the old speaker mention', async () => {
    const headers = await bearer(ctx.app, 'write');
    const make = async (text: string) =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/articles',
          headers,
          payload: { headline: text, language: 'en', body: [{ type: 'paragraph', text }] },
        })
      ).json().data.id as string;
    const first = await make('Ann said hello world today.');
    const second = await make('London heard it: hello world, once more.');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/quotes',
      headers,
      payload: { articleId: first, text: 'hello world', kind: 'partial', speakerMention: { start: 0, end: 3 } },
    });
    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: `/quotes/${created.json().data.id}`,
      headers: { ...headers, 'if-match': created.headers.etag as string },
      payload: { articleId: second },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().data).toMatchObject({ articleId: second, start: 17, end: 28, speakerMention: null });
  });
});

describe('renamed resources and writes', () => {
  it('redirects reads of an old slug, but not writes', async () => {
    const url = '/people/volodymyr-zelensky';
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...(await write()), 'if-match': await etagOf(url) },
      payload: { slug: 'volodymyr-zelenskyy' },
    });
    expect(renamed.statusCode).toBe(200);
    expect((await ctx.app.inject(url)).statusCode).toBe(301);
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { ...(await write()), 'if-match': '*' },
      payload: { nationality: 'UA' },
    });
    expect(patch.statusCode).toBe(404);
  });
});
