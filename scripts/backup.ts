import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.ts';

/**
 * `npm run backup -- <file>`: a consistent copy of the live database, taken with SQLite's online
 * backup API, so the server keeps reading and writing while it runs.
 */
async function main() {
  const target = process.argv[2];
  if (!target) throw new Error('usage: npm run backup -- <file>');
  const { databasePath } = loadConfig();
  if (!existsSync(databasePath)) throw new Error(`no database at ${databasePath} (set DATABASE_PATH)`);
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(resolve(target));
    console.log(`backed up ${databasePath} to ${target} (${totalPages} pages)`);
  } finally {
    source.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
