import { describe, expect, it } from 'vitest';
import { bearer, getJson, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

const unmarked = (snippet: string) => snippet.replace(/<\/?mark>/g, '');

describe('search snippets', () => {
  // FTS5 ignored `rowid = ?` bound as a JavaScript number (a double): every hit after the first
  // showed the first matching row's words.
  it('come from the hit itself, for every hit of a short row', async () => {
    const writer = await bearer(ctx.app, 'write');
    const names = ['Quillon Abernathy', 'Quillon Bexley-Marsh', 'Quillon Castellane', 'Quillon Dunmore'];
    for (const name of names) {
      const created = await ctx.app.inject({ method: 'POST', url: '/people', headers: writer, payload: { name } });
      expect(created.statusCode).toBe(201);
    }
    const { status, body } = await getJson(ctx.app, '/search?q=quillon&type=person');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(names.length);
    for (const hit of body.data) expect(unmarked(hit.snippet)).toBe(hit.resource.name);
    expect(new Set(body.data.map((hit: { snippet: string }) => hit.snippet)).size).toBe(names.length);
  });
});
