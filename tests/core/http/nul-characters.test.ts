import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from '../../support/app.ts';

/**
 * U+0000 anywhere a client puts text is a 400 naming where, on both stores alike (PostgreSQL's text
 * cannot hold it, so there it used to fail as the server's error), and nothing stored changes.
 */

const ctx = useSeededApp({ env: { RATE_LIMIT_MAX: '100000' } });

const SAMPLE_PATH_VALUES: Record<string, string> = {
  idOrSlug: 'volodymyr-zelensky',
  id: 'art_b7tgy67umjrynfezzwmh',
  number: '1',
  deliveryId: 'del_x',
};

interface Parameter {
  name: string;
  in: string;
  schema: { type?: string };
}

describe('U+0000 in what a client sends', () => {
  it('is a 400 naming the parameter, in the query or the path of every GET', async () => {
    const { body: document } = await getJson(ctx.app, '/openapi.json');
    const headers = await bearer(ctx.app, 'read:drafts', 'admin', 'write');
    let checked = 0;
    for (const [path, item] of Object.entries<Record<string, { parameters?: Parameter[] }>>(document.paths)) {
      const parameters = item.get?.parameters ?? [];
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PATH_VALUES[name] ?? 'x');
      for (const parameter of parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
        const url =
          parameter.in === 'path'
            ? path
                .replace(`{${parameter.name}}`, 'a%00b')
                .replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PATH_VALUES[name] ?? 'x')
            : `${filled}?${encodeURIComponent(parameter.name)}=a%00b`;
        const response = await ctx.app.inject({ url, headers });
        expect(response.statusCode, url).toBe(400);
        expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
        expect(response.json().errors, url).toContainEqual({
          location: parameter.in,
          name: parameter.name,
          detail: 'contains the character U+0000',
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('is a 400 naming the field of a body, and nothing is stored', async () => {
    const headers = await bearer(ctx.app, 'write');
    const before = (await ctx.app.inject({ url: '/articles?limit=1&total=true' })).json().meta.total;
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/articles',
      headers,
      payload: {
        headline: 'A headline',
        language: 'en',
        body: [
          { type: 'paragraph', text: 'Fine.' },
          { type: 'paragraph', text: 'Not\u0000fine.' },
        ],
      },
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([
      { location: 'body', name: 'body.1.text', detail: 'contains the character U+0000' },
    ]);
    expect((await ctx.app.inject({ url: '/articles?limit=1&total=true' })).json().meta.total).toBe(before);
  });

  it('refuses an edit holding it and keeps what was stored', async () => {
    const headers = await bearer(ctx.app, 'write');
    const person = await ctx.app.inject({ url: '/people/volodymyr-zelensky', headers });
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: '/people/volodymyr-zelensky',
      headers: {
        ...headers,
        'if-match': person.headers.etag as string,
        'content-type': 'application/merge-patch+json',
      },
      payload: JSON.stringify({ name: 'Volodymyr\u0000Zelensky' }),
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().errors).toEqual([{ location: 'body', name: 'name', detail: 'contains the character U+0000' }]);
    const after = await ctx.app.inject({ url: '/people/volodymyr-zelensky', headers });
    expect(after.body).toBe(person.body);
  });
});
