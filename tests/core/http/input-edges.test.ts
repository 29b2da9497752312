import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from '../../support/app.ts';

/** Values at the edge of what a parameter's type can hold: refused with a 400 naming it, never a 500. */

const ctx = useSeededApp();

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; schema: { type?: string } }[];
}

const SAMPLE_PATH_VALUES: Record<string, string> = {
  idOrSlug: 'volodymyr-zelensky',
  id: 'art_b7tgy67umjrynfezzwmh',
  number: '1',
  deliveryId: 'del_x',
};

/** Every operation of the live document that takes an integer or number in its query or path. */
async function numericParameters(): Promise<{ operation: Operation; name: string; where: string }[]> {
  const { body } = await getJson(ctx.app, '/openapi.json');
  const found: { operation: Operation; name: string; where: string }[] = [];
  for (const [path, item] of Object.entries<Record<string, Operation>>(body.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const parameter of operation.parameters ?? []) {
        if (['integer', 'number'].includes(parameter.schema.type ?? '') && parameter.in !== 'header') {
          found.push({
            operation: { ...operation, method: method.toUpperCase(), path },
            name: parameter.name,
            where: parameter.in,
          });
        }
      }
    }
  }
  return found;
}

function urlFor(operation: Operation, name: string, where: string, value: string): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, param: string) =>
    param === name && where === 'path' ? value : (SAMPLE_PATH_VALUES[param] ?? 'x'),
  );
  const extra =
    operation.path === '/search' ? 'q=talks&' : operation.path === '/places' && name === 'radius' ? 'near=1,1&' : '';
  return where === 'query' ? `${path}?${extra}${name}=${value}` : `${path}${extra ? `?${extra}` : ''}`;
}

describe('numbers that are not finite', () => {
  it('are refused in every integer and number parameter, naming it', async () => {
    const admin = await bearer(ctx.app, 'admin');
    const parameters = await numericParameters();
    // Every list's `limit`, /search, /changes, feeds, `radius`, revision numbers…
    expect(parameters.length).toBeGreaterThan(20);
    for (const { operation, name, where } of parameters) {
      for (const value of ['Infinity', '-Infinity', '1e309', '-1e309']) {
        const url = urlFor(operation, name, where, value);
        const response = await ctx.app.inject({ method: operation.method as 'GET', url, headers: admin });
        expect(response.statusCode, `${operation.method} ${url}: ${response.body}`).toBe(400);
        expect(response.json().errors, url).toContainEqual(expect.objectContaining({ name }));
      }
    }
  });

  it('are refused anonymously on the lists the report named', async () => {
    for (const url of ['/articles?limit=Infinity', '/search?q=talks&limit=-Infinity', '/changes?limit=1e309']) {
      const { status, body } = await getJson(ctx.app, url);
      expect(status, url).toBe(400);
      expect(body.errors[0]).toMatchObject({ location: 'query', name: 'limit', detail: 'must be a finite number' });
    }
  });

  it('still take large finite values to the range check', async () => {
    const { status, body } = await getJson(ctx.app, '/articles?limit=1e300');
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ name: 'limit', detail: 'must be <= 100' });
  });
});

describe('date-times that name no instant JavaScript can hold', () => {
  const LEAP_SECOND = '2030-06-30T23:59:60Z';

  async function newDraft(write: { authorization: string }) {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers: write,
      payload: { headline: 'Leap', language: 'en', body: [{ type: 'paragraph', text: 'Text.' }] },
    });
    return { id: response.json().data.id as string, etag: response.headers.etag as string };
  }

  it.each([
    ['publishAt', { status: 'scheduled', publishAt: LEAP_SECOND }],
    ['publishedAt', { status: 'published', publishedAt: '2016-12-31T23:59:60Z' }],
    ['publishAt', { status: 'scheduled', publishAt: '9999-12-31T23:30:00-01:00' }],
    ['publishedAt', { status: 'published', publishedAt: '0000-01-01T00:30:00+01:00' }],
    ['publishAt', { status: 'scheduled', publishAt: '2031-02-29T10:00:00Z' }],
  ])('a status change refuses %s %j with a 400 naming it, changing nothing', async (name, change) => {
    const write = await bearer(ctx.app, 'write');
    const { id, etag } = await newDraft(write);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `/articles/${id}/status`,
      headers: { ...write, 'if-match': etag },
      payload: change,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([
      { location: 'body', name, detail: expect.stringContaining('leap second (:60) is not accepted') },
    ]);
    const after = await ctx.app.inject({ method: 'GET', url: `/articles/${id}`, headers: write });
    expect(after.json().data.status).toBe('draft');
  });

  it('ingest refuses a leap-second publishedAt with a 400 naming it, writing nothing', async () => {
    const write = await bearer(ctx.app, 'write');
    const before = await getJson(ctx.app, '/changes?limit=1000');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/ingest',
      headers: write,
      payload: { text: '"We will stay," the mediator said.', publishedAt: LEAP_SECOND },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ location: 'body', name: 'publishedAt' });
    const after = await getJson(ctx.app, '/changes?limit=1000');
    expect(after.body.data).toEqual(before.body.data);
  });

  it('still takes any real instant, in any offset, stored in UTC', async () => {
    const write = await bearer(ctx.app, 'write');
    const { id, etag } = await newDraft(write);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `/articles/${id}/status`,
      headers: { ...write, 'if-match': etag },
      payload: { status: 'scheduled', publishAt: '9999-12-31T23:59:59.5+00:30' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().data.publishAt).toBe('9999-12-31T23:29:59.500Z');
  });
});
