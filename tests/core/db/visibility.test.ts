import { writerOf } from '../../../src/core/db/client.ts';
import { getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
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

/**
 * The rule of what the public may see is written twice: for the query builder
 * (src/repositories/visibility.ts) and as SQL views for triggers and hand-written statements
 * (migration 0017), under the same names. Both must pick the same rows, in every state a row can be in.
 */
const ctx = useSeededApp({ generate: { articles: 40, people: 20, places: 20, organisations: 10, seed: 5 } });

const RULES: [view: string, table: SQLiteTable, id: SQLiteColumn, rule: SQL][] = [
  ['public_articles', articles, articles.id, publicArticles],
  ['public_quotes', quotes, quotes.id, publicQuotes],
  ['public_people', people, people.id, publicPeople],
  ['public_places', places, places.id, publicPlaces],
  ['public_organisations', organisations, organisations.id, publicOrganisations],
];

describe('the visibility rule', () => {
  it('picks the same rows in TypeScript as in SQL, for every status and every suggestion', () => {
    const db = ctx.app.db;
    const sqlite = writerOf(db).$client;
    // Every state: each status, and suggested entities of each kind.
    const statuses = ['draft', 'scheduled', 'published', 'archived'];
    const ids = sqlite.prepare('SELECT id FROM articles ORDER BY id LIMIT 40').pluck().all() as string[];
    ids.forEach((id, index) => {
      const status = statuses[index % 4];
      sqlite
        .prepare(
          "UPDATE articles SET status = ?, published_at = coalesce(published_at, '2025-01-01T00:00:00Z') WHERE id = ?",
        )
        .run(status, id);
    });
    for (const table of ['people', 'places', 'organisations']) {
      sqlite.prepare(`UPDATE ${table} SET suggested = 1 WHERE rowid % 3 = 0`).run();
    }
    for (const [view, table, id, rule] of RULES) {
      const fromTypeScript = db
        .select({ id })
        .from(table)
        .where(rule)
        .all()
        .map((row) => String(row.id))
        .sort();
      const fromSql = (sqlite.prepare(`SELECT id FROM ${view}`).pluck().all() as string[]).sort();
      const total = sqlite
        .prepare(`SELECT count(*) FROM ${getTableName(table)}`)
        .pluck()
        .get() as number;
      // Neither everything nor nothing: the data holds rows on both sides of the rule.
      expect(fromTypeScript.length, view).toBeGreaterThan(0);
      expect(fromTypeScript.length, view).toBeLessThan(total);
      expect(fromTypeScript, view).toEqual(fromSql);
    }
  });
});
