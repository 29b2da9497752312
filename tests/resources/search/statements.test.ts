import { describe, expect, it } from 'vitest';
import { getJson, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { statementsDuring } from '../../support/sql-stores.ts';

const ctx = useSeededApp();

// PostgreSQL's search reads a page in two statements of its own (migration 0005); this is SQLite's.
describe.skipIf(TEST_STORE === 'postgres')('a search on SQLite', () => {
  it('looks up the names a query is an alias of once for every type, and runs no statement to check it parses', async () => {
    let found: { type: string }[] = [];
    const statements = await statementsDuring(ctx.app.db, async () => {
      // The seed's report spells him Zelensky: only the alias lookup finds it.
      found = (await getJson(ctx.app, '/search?q=Zelenskyy')).body.data;
    });
    expect(found.map((hit) => hit.type)).toContain('article');
    for (const table of ['people', 'places', 'organisations']) {
      expect(statements.filter((text) => text.startsWith(`SELECT t.name, t.aliases FROM ${table}_fts`))).toHaveLength(
        1,
      );
    }
    expect(statements.filter((text) => /^SELECT 1 FROM \w+_fts WHERE/.test(text))).toEqual([]);
  });

  it('answers a failure of the hits statement that is not the query’s as the server’s error, not a 400', async () => {
    const client = ctx.app.db.$client;
    const prepare = client.prepare.bind(client);
    client.prepare = (text: string) => {
      if (text.includes('bm25(')) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
      return prepare(text);
    };
    try {
      const { status, body } = await getJson(ctx.app, '/search?q=talks');
      expect(status).toBeGreaterThanOrEqual(500);
      expect(JSON.stringify(body)).not.toContain('not a valid search');
    } finally {
      client.prepare = prepare;
    }
  });

  it('still answers a query FTS5 refuses with a problem naming q', async () => {
    const { status, body } = await getJson(ctx.app, '/search?q=%22unclosed');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('q');
    expect(JSON.stringify(body)).toContain('unterminated string');
  });
});
