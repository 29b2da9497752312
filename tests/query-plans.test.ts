import { describe, expect, it } from 'vitest';
import { useSeededApp } from './helpers.ts';

const ctx = useSeededApp();

interface Recorded {
  sql: string;
  args: unknown[];
}

/** Records every statement the app runs while `work` runs, with its arguments. */
async function recordStatements(work: () => Promise<unknown>): Promise<Recorded[]> {
  const client = ctx.app.db.$client;
  const recorded: Recorded[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate', 'raw'] as const) {
      const original = (statement as any)[method].bind(statement);
      (statement as any)[method] = (...args: unknown[]) => {
        if (method === 'raw') return original(...args);
        recorded.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof client.prepare;
  try {
    await work();
  } finally {
    client.prepare = prepare;
  }
  return recorded;
}

function plan({ sql, args }: Recorded): string[] {
  const rows = ctx.app.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  return rows.map((row) => row.detail);
}

const TABLES = 'articles|quotes|mentions|people|person_roles|places|organisations';
const FULL_SCAN = new RegExp(`^SCAN (${TABLES})(?: \\(|$)`);

/**
 * Whole lists must come out of an index already in order. Sub-lists (one person's quotes) are found
 * through an index first and may then sort the few rows they found.
 */
const ROUTES: { url: string; sortedByIndex: boolean }[] = [
  { url: '/articles', sortedByIndex: true },
  { url: '/articles?include=quotes,people,places,organisations,mentions', sortedByIndex: true },
  {
    url: '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia?include=quotes,people,mentions',
    sortedByIndex: true,
  },
  { url: '/quotes?include=speaker,article', sortedByIndex: true },
  { url: '/people', sortedByIndex: true },
  { url: '/places', sortedByIndex: true },
  { url: '/organisations', sortedByIndex: true },
  { url: '/people/volodymyr-zelensky', sortedByIndex: true },
  { url: '/people/volodymyr-zelensky/quotes', sortedByIndex: false },
  { url: '/people/volodymyr-zelensky/articles', sortedByIndex: true },
  { url: '/places/ukraine/articles', sortedByIndex: true },
  { url: '/organisations/nato/quotes', sortedByIndex: false },
  { url: '/organisations/nato/articles', sortedByIndex: true },
];

describe('query plans', () => {
  it.each(ROUTES)('$url reads through indexes, never scanning a whole table', async ({ url, sortedByIndex }) => {
    const statements = await recordStatements(() => ctx.app.inject({ method: 'GET', url }));
    const selects = statements.filter((s) => /^\s*(select|with)/i.test(s.sql));
    expect(selects.length).toBeGreaterThan(0);
    for (const statement of selects) {
      const details = plan(statement);
      const context = `${statement.sql}\n${details.join('\n')}`;
      expect(
        details.filter((d) => FULL_SCAN.test(d)),
        context,
      ).toEqual([]);
      if (sortedByIndex)
        expect(
          details.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY')),
          context,
        ).toEqual([]);
    }
  });
});
