import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from './helpers.ts';

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
  const post = (headers: Record<string, string>, payload?: string) =>
    ctx.app.inject({ method: 'POST', url: '/people', headers: { ...bearer(ctx.app, 'write'), ...headers }, payload });

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
