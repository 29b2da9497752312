import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.ts';
import { describePostgresUrl } from '../src/core/db/postgres/client.ts';
import { dumpPostgres, restoreHint } from '../src/core/db/postgres/dump.ts';

/**
 * `npm run backup -- <file>`: a consistent copy of the live database, taken with SQLite's online
 * backup API, so the server keeps reading and writing while it runs.
 *
 * On PostgreSQL (`--url postgres://…`, or a postgres:// `DATABASE_URL` in the environment): a
 * `pg_dump --format=custom` of it, consistent as of its start, which `pg_restore` reads back.
 */

const USAGE = 'usage: npm run backup -- <file> [--url postgres://user@host:port/database]';
const isPostgresUrl = (url: string | undefined): url is string => /^postgres(ql)?:\/\//.test(url ?? '');

async function backupSqlite(target: string) {
  const { databasePath } = loadConfig();
  if (!existsSync(databasePath)) throw new Error(`no database at ${databasePath} (set DATABASE_PATH)`);
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(resolve(target));
    console.log(`backed up ${databasePath} to ${target} (${totalPages} pages)`);
  } finally {
    source.close();
  }
}

async function backupPostgres(url: string, target: string) {
  await dumpPostgres(url, target);
  console.log(
    `backed up ${describePostgresUrl(url)} to ${target} (pg_dump, custom format, ${statSync(target).size} bytes)`,
  );
  console.log(restoreHint(target));
}

async function main() {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  const [target, ...rest] = positionals;
  if (!target || rest.length > 0) throw new Error(USAGE);
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  const url = values.url ?? process.env.DATABASE_URL;
  if (values.url !== undefined && !isPostgresUrl(values.url))
    throw new Error(`--url must be a postgres:// URL\n${USAGE}`);
  if (isPostgresUrl(url)) await backupPostgres(url, target);
  else await backupSqlite(target);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
