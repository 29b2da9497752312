import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatelineClient, type DatelineClient, type Schemas } from '../../src/client/index.ts';
import { useSeededApp } from '../support/app.ts';

/**
 * The typed client against a live server, for every resource. Each body is also checked against
 * the committed openapi.yaml: the document clients are generated from must describe what the
 * server really sends.
 */

const ctx = useSeededApp({ listen: true });
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(formats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
ajv.addSchema({ $id: 'openapi', components: spec.components });
let api: DatelineClient;

beforeAll(() => {
  api = createDatelineClient({ baseUrl: ctx.baseUrl });
});

/** Validates `body` against the documented schema of `path`'s GET response for `status` and `media`. */
function expectDocumented(path: string, body: unknown, status = '200', media = 'application/json') {
  const schema = spec.paths[path].get.responses[status].content[media].schema;
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
  const validate = ajv.compile(rewritten);
  expect(validate(body) ? [] : validate.errors, path).toEqual([]);
}

const ARTICLE = 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';

describe('the typed client', () => {
  it('reads articles, with includes, and every other format of an article', async () => {
    const list = await api.GET('/articles', { params: { query: { limit: 5, include: 'quotes' } } });
    expect(list.response.status).toBe(200);
    expect(list.data?.data[0]?.quotes?.length).toBe(18);
    expectDocumented('/articles', list.data);

    const one = await api.GET('/articles/{idOrSlug}', {
      params: { path: { idOrSlug: ARTICLE }, query: { include: 'quotes,people,places,organisations,mentions' } },
    });
    // This operation has three representations, so the client cannot pick the body type alone.
    expect((one.data as Schemas['ArticleItem']).data.headline).toMatch(/^Zelensky says/);
    expectDocumented('/articles/{idOrSlug}', one.data);

    for (const [format, media] of [
      ['jsonld', 'application/ld+json'],
      ['ninjs', 'application/vnd.iptc.ninjs+json'],
    ] as const) {
      const response = await fetch(`${ctx.baseUrl}/articles/${ARTICLE}?format=${format}`);
      expectDocumented('/articles/{idOrSlug}', await response.json(), '200', media);
    }

    const feed = await api.GET('/articles/feed.json', { params: { query: { limit: 10 } }, parseAs: 'json' });
    expectDocumented('/articles/feed.json', feed.data, '200', 'application/feed+json');
  });

  it('reads quotes with their speakers', async () => {
    const list = await api.GET('/quotes', { params: { query: { limit: 100, include: 'speaker,article' } } });
    expect(list.data?.data).toHaveLength(18);
    expectDocumented('/quotes', list.data);
    const id = list.data?.data[0]?.id ?? '';
    const one = await api.GET('/quotes/{id}', { params: { path: { id }, query: { include: 'speaker' } } });
    expect(one.data?.data.id).toBe(id);
    expectDocumented('/quotes/{id}', one.data);
  });

  it.each(['people', 'organisations', 'places'] as const)('reads %s, one of them, and its articles', async (plural) => {
    const slug = { people: 'volodymyr-zelensky', organisations: 'nato', places: 'donetsk-oblast' }[plural];
    const list = await api.GET(`/${plural}`, { params: { query: { limit: 100 } } });
    expect(list.data?.data.length).toBeGreaterThan(3);
    expectDocumented(`/${plural}`, list.data);
    const one = await api.GET(`/${plural}/{idOrSlug}`, { params: { path: { idOrSlug: slug } } });
    expect(one.data?.data.slug).toBe(slug);
    expectDocumented(`/${plural}/{idOrSlug}`, one.data);
    const articles = await api.GET(`/${plural}/{idOrSlug}/articles`, { params: { path: { idOrSlug: slug } } });
    expect(articles.data?.data).toHaveLength(1);
    expectDocumented(`/${plural}/{idOrSlug}/articles`, articles.data);
  });

  it.each(['people', 'organisations'] as const)('reads the quotes of %s', async (plural) => {
    const slug = plural === 'people' ? 'andrii-sybiha' : 'nato';
    const quotes = await api.GET(`/${plural}/{idOrSlug}/quotes`, { params: { path: { idOrSlug: slug } } });
    expect(quotes.data?.data.length).toBeGreaterThan(0);
    expectDocumented(`/${plural}/{idOrSlug}/quotes`, quotes.data);
  });

  it('gets typed problems for errors', async () => {
    const missing = await api.GET('/people/{idOrSlug}', { params: { path: { idOrSlug: 'nobody' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.type).toBe('/problems/not-found');
    expectDocumented('/people/{idOrSlug}', missing.error, '404', 'application/problem+json');
    const invalid = await api.GET('/articles', { params: { query: { limit: 1000 } } });
    expect(invalid.error?.errors?.[0]?.name).toBe('limit');
    expectDocumented('/articles', invalid.error, '400', 'application/problem+json');
  });

  it('reads health and readiness', async () => {
    expect((await api.GET('/health')).data).toEqual({ status: 'ok' });
    const ready = await api.GET('/ready');
    expect(ready.data?.status).toBe('ready');
    expectDocumented('/ready', ready.data);
  });
});
