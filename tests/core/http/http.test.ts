import { inTransaction } from '../../../src/core/db/transaction.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { openDatabase } from '../../../src/core/db/client.ts';
import { newId } from '../../../src/lib/ids.ts';
import { getJson, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

describe('methods', () => {
  it('answers a wrong method on a known path with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await ctx.app.inject({ method, url: '/people/andrii-sybiha/quotes' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 405, type: '/problems/method-not-allowed' });
    }
  });

  it('answers OPTIONS with the allowed methods', async () => {
    const response = await ctx.app.inject({ method: 'OPTIONS', url: '/articles' });
    expect(response.statusCode).toBe(204);
    expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    const item = await ctx.app.inject({ method: 'OPTIONS', url: '/people/andrii-sybiha' });
    expect(item.headers.allow).toBe('GET, HEAD, PUT, PATCH, DELETE, OPTIONS');
  });

  it('answers HEAD like GET, without a body', async () => {
    const get = await ctx.app.inject({ method: 'GET', url: '/places' });
    const head = await ctx.app.inject({ method: 'HEAD', url: '/places' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  it('answers an unknown path with a 404 problem', async () => {
    const { status, body, response } = await getJson(ctx.app, '/authors');
    expect(status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: '/problems/route-not-found', title: 'Not found', instance: '/authors' });
  });
});

describe('keyset pagination', () => {
  it('neither repeats nor skips items when rows are inserted between pages', async () => {
    const first = await getJson(ctx.app, '/people?limit=2');
    expect(first.body.data.map((p: { name: string }) => p.name)).toEqual(['Andrii Sybiha', 'Bart De Wever']);
    const now = new Date().toISOString();
    // Written on the app's own store, past the API, as another process's writes would arrive.
    const insert = (name: string, slug: string) =>
      inTransaction(ctx.app.db, (tx) =>
        tx.insert(tx.tables.people).values({ id: newId('person'), slug, name, createdAt: now, updatedAt: now }),
      );
    await insert('Aaron Before', 'aaron-before'); // sorts before the cursor: must not appear on page two
    await insert('Boris Between', 'boris-between'); // sorts after it: must
    const second = await getJson(ctx.app, `/people?limit=2&cursor=${first.body.meta.nextCursor}`);
    expect(second.body.data.map((p: { name: string }) => p.name)).toEqual(['Boris Between', 'Vladimir Putin']);
  });
});

describe('server errors', () => {
  it('hide the details of a failure behind a 500 problem with the request id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-500-'));
    const app = await buildApp({ config: loadConfig({}), db: openDatabase(join(dir, 'x.db')) });
    app.get('/boom', async () => {
      throw new Error('SQLITE_CORRUPT: secret table layout');
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/boom' });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = response.json();
      expect(body).toMatchObject({ status: 500, type: '/problems/internal-error', requestId: expect.any(String) });
      expect(response.body).not.toContain('SQLITE');
      expect(response.body).not.toContain('secret');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
