import { getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { articles, organisations, people, places, quotes } from '../../../src/core/db/schema.ts';
import {
  publicArticles,
  publicOrganisations,
  publicPeople,
  publicPlaces,
  publicQuotes,
} from '../../../src/core/db/visibility.ts';
import { useSeededApp } from '../../support/app.ts';
import { sqlOf, statementsDuring } from '../../support/sql-stores.ts';

/**
 * The rule of what the public may see is written twice: for the query builder
 * (src/repositories/visibility.ts) and as SQL views for triggers and hand-written statements
 * (migration 0017), under the same names. Both must pick the same rows, in every state a row can be in.
 */
const ctx = useSeededApp({ generate: { articles: 40, people: 20, places: 20, organisations: 10, seed: 5 } });

const RULES: [view: string, table: SQLiteTable, rule: SQL][] = [
  ['public_articles', articles, publicArticles],
  ['public_quotes', quotes, publicQuotes],
  ['public_people', people, publicPeople],
  ['public_places', places, publicPlaces],
  ['public_organisations', organisations, publicOrganisations],
];

describe('the visibility rule', () => {
  it('picks the same rows in TypeScript as in SQL, for every status and every suggestion', async () => {
    const db = ctx.app.db;
    const store = sqlOf(db);
    const ids = async (query: string) => (await store.all<{ id: string }>(query)).map((row) => row.id);
    // Every state: each status, and suggested entities of each kind.
    const statuses = ['draft', 'scheduled', 'published', 'archived'];
    for (const [index, id] of (await ids('SELECT id FROM articles ORDER BY id LIMIT 40')).entries()) {
      await store.run(
        "UPDATE articles SET status = $1, published_at = coalesce(published_at, '2025-01-01T00:00:00Z') WHERE id = $2",
        statuses[index % 4],
        id,
      );
    }
    for (const table of ['people', 'places', 'organisations']) {
      for (const [index, id] of (await ids(`SELECT id FROM ${table} ORDER BY id`)).entries()) {
        if (index % 3 === 0) await store.run(`UPDATE ${table} SET suggested = TRUE WHERE id = $1`, id);
      }
    }
    for (const [view, table, rule] of RULES) {
      // The store's own twin of the table; the rule's SQL names its columns as both stores do.
      const twin = db.tables[getTableName(table) as keyof typeof db.tables] as typeof articles;
      const fromTypeScript = (await db.select({ id: twin.id }).from(twin).where(rule))
        .map((row) => String(row.id))
        .sort();
      const fromSql = (await ids(`SELECT id FROM ${view}`)).sort();
      const [{ total } = { total: 0 }] = await store.all<{ total: number }>(
        `SELECT count(*) AS total FROM ${getTableName(table)}`,
      );
      // Neither everything nor nothing: the data holds rows on both sides of the rule.
      expect(fromTypeScript.length, view).toBeGreaterThan(0);
      expect(fromTypeScript.length, view).toBeLessThan(Number(total));
      expect(fromTypeScript, view).toEqual(fromSql);
    }
  });

  it.each(['/quotes?limit=100', '/places?limit=100', '/organisations?limit=100', '/people?limit=100'])(
    '%s learns which references are hidden from the statements that read them, asking nothing more',
    async (path) => {
      const statements = await statementsDuring(ctx.app.db, () => ctx.app.inject(path));
      // The look-up apart (hiddenAmong) unpacks a JSON array of ids.
      expect(statements.filter((text) => /json_each|json_array_elements_text/.test(text))).toEqual([]);
      expect(statements.some((text) => text.includes('public_'))).toBe(true);
    },
  );

  it('search learns which references of the places and organisations it found are hidden as it loads them', async () => {
    const store = sqlOf(ctx.app.db);
    // A place inside another (its parent is a reference), by the first word of its name.
    const [place] = await store.all<{ name: string }>(
      'SELECT name FROM places WHERE parent_id IS NOT NULL AND suggested = FALSE ORDER BY id LIMIT 1',
    );
    const path = `/search?q=${encodeURIComponent(String(place?.name).split(' ')[0] ?? '')}&type=place&type=organisation`;
    let found = 0;
    const statements = await statementsDuring(ctx.app.db, async () => {
      found = (await ctx.app.inject(path)).json<{ data: { type: string }[] }>().data.length;
    });
    expect(found).toBeGreaterThan(0);
    expect(statements.filter((text) => /json_each|json_array_elements_text/.test(text))).toEqual([]);
    expect(statements.some((text) => text.includes('public_'))).toBe(true);
  });
});
