import type { Db } from './client.ts';

/**
 * The triggers and views the migrations leave in place, as one readable SQL text: triggers are
 * written across many migrations, later ones replacing earlier ones, and here they are as they stand. `npm run db:triggers` writes it to src/core/db/triggers.sql; a test compares that
 * file with a freshly migrated database, so it cannot drift from the migrations.
 */
export function triggersAndViewsSql(db: Db): string {
  const rows = db.$client
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE type IN ('view', 'trigger') AND sql IS NOT NULL
       ORDER BY type DESC, tbl_name, name`,
    )
    .all() as { type: string; name: string; sql: string }[];
  const header = [
    '-- Generated from a freshly migrated database by `npm run db:triggers`. Do not edit: change the schema',
    '-- with a migration (npx drizzle-kit generate --custom), then regenerate. Views first, then triggers by table.',
  ];
  return [...header, '', ...rows.map((row) => `${row.sql.trim()};\n`)].join('\n');
}
