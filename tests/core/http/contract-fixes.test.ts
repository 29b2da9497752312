import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from '../../support/app.ts';

/** Answers that must say what they are and stay within what the OpenAPI document promises. */

const ctx = useSeededApp({ env: { BODY_LIMIT_BYTES: '2048' } });

describe('fields=', () => {
  it.each([
    '/people?fields=name',
    '/quotes?fields=text',
    '/people/volodymyr-zelensky?fields=name',
    '/places?fields=name,kind',
  ])('%s is sent as application/json', async (url) => {
    const response = await ctx.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json(;|$)/);
  });
});

describe("the framework's own errors", () => {
  const post = async (headers: Record<string, string>, payload?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: { ...(await bearer(ctx.app, 'write')), ...headers },
      payload,
    });

  it.each([
    ['malformed JSON', { 'content-type': 'application/json' }, '{"name":', 400, '/problems/malformed-json'],
    ['a body that is not JSON', { 'content-type': 'text/plain' }, 'name', 415, '/problems/unsupported-media-type'],
    [
      'a body over the limit',
      { 'content-type': 'application/json' },
      `{"name":"${'a'.repeat(4000)}"}`,
      413,
      '/problems/payload-too-large',
    ],
    ['an empty JSON body', { 'content-type': 'application/json' }, '', 400, '/problems/invalid-request'],
  ] as const)('answer %s with the API problem type, not a Fastify code', async (_, headers, payload, status, type) => {
    const response = await post(headers, payload);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().type).toBe(type);
    expect(response.body).not.toMatch(/fst_|FST_/);
  });

  it('name the body when a route that needs one gets none', async () => {
    const response = await post({ 'content-type': 'application/json' }, '');
    expect(response.json().errors).toEqual([
      { location: 'body', name: '(root)', detail: expect.stringMatching(/empty/) },
    ]);
  });
});

describe('problems stay within the documented lengths', () => {
  it('cuts a detail, instance and parameter name built from a huge request to 1,000 characters', async () => {
    const name = 'x'.repeat(3000);
    const { status, body } = await getJson(ctx.app, `/people?${name}=1&q=${'y'.repeat(3000)}`);
    expect(status).toBe(400);
    expect(body.instance).toHaveLength(1000);
    expect(body.instance.endsWith('…')).toBe(true);
    expect(body.detail.length).toBeLessThanOrEqual(1000);
    for (const error of body.errors) {
      expect(error.name.length).toBeLessThanOrEqual(1000);
      expect(error.detail.length).toBeLessThanOrEqual(1000);
    }
  });

  it('lists at most 100 invalid parameters', async () => {
    const query = Array.from({ length: 150 }, (_, n) => `unknown${n}=1`).join('&');
    const { body } = await getJson(ctx.app, `/people?${query}`);
    expect(body.errors).toHaveLength(100);
  });
});

describe('the OpenAPI document agrees with the server', () => {
  async function liveDocument() {
    return (await getJson(ctx.app, '/openapi.json')).body;
  }

  it('documents on every operation the answers given before it runs: 400, 401, 431; 414 with path parameters; 304 and 301 on reads', async () => {
    const document = await liveDocument();
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const statuses = Object.keys(operation.responses);
        const where = `${method} ${path}`;
        expect(statuses, where).toEqual(expect.arrayContaining(['400', '401', '431']));
        if (path.includes('{')) expect(statuses, where).toContain('414');
        if (method === 'get') expect(statuses, where).toContain('304');
        if (method === 'get' && path.includes('{idOrSlug}')) expect(statuses, where).toContain('301');
      }
    }
    expect(Object.keys(document.paths['/articles'].get.responses)).toContain('403');
    expect(Object.keys(document.paths['/articles/{idOrSlug}/revisions/{number}/restore'].post.responses)).toContain(
      '400',
    );
  });

  it.each([
    ['/people', '/people?fields=name'],
    ['/people/{idOrSlug}', '/people/volodymyr-zelensky?fields=name'],
    ['/articles', '/articles?fields=headline&include=quotes&fields[quotes]=text'],
    [
      '/articles/{idOrSlug}',
      '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia?fields=headline',
    ],
    ['/quotes', '/quotes?fields=text&include=speaker&fields[speaker]=name'],
  ])('documents %s under fields= as it is sent (%s)', async (path, url) => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const formats = (await import('ajv-formats')).default as unknown as (ajv: unknown) => void;
    const document = await liveDocument();
    const ajv = new Ajv2020({ strict: false });
    formats(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const schema = document.paths[path].get.responses['200'].content['application/json'].schema;
    const validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')),
    );
    const { status, body } = await getJson(ctx.app, url);
    expect(status).toBe(200);
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });

  it('keeps Surrogate-Key within its documented length, the collection and the items first', async () => {
    const document = await liveDocument();
    const documented = document.paths['/changes'].get.responses['200'].headers['Surrogate-Key'].schema.maxLength;
    const write = await bearer(ctx.app, 'write');
    for (let n = 0; n < 60; n++) {
      await ctx.app.inject({ method: 'POST', url: '/people', headers: write, payload: { name: `Person number ${n}` } });
    }
    for (const url of [
      '/changes?limit=1000',
      '/people?limit=100&include=organisations,places',
      '/quotes?limit=100&include=speaker,article',
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url });
      const header = String(response.headers['surrogate-key']);
      expect(header.length, url).toBeLessThanOrEqual(documented);
      const itemIds = response.json().data.map((item: { id: string }) => item.id);
      expect(header.split(' ').slice(0, 1 + Math.min(itemIds.length, 100)), url).toEqual(
        expect.arrayContaining(itemIds.filter((id: string) => /^(art|quo|per|pla|org)_/.test(id)).slice(0, 100)),
      );
    }
  });
});
