import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Backups on PostgreSQL (`npm run backup` with a postgres:// URL): `pg_dump --format=custom`, the
 * format `pg_restore` reads, consistent as of the moment it starts while the API keeps writing.
 */

const run = promisify(execFile);

/** A PostgreSQL client program: on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => /^\d+$/.test(version)) : [];
  for (const version of versions.sort((a, b) => Number(b) - Number(a))) {
    const path = join(root, version, 'bin', name);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `${name} not found on PATH or in ${root}/*/bin: install PostgreSQL's client (apt-get install postgresql-client)`,
  );
}

/**
 * The URL without its password, and the password for the PGPASSWORD variable: a password in the
 * arguments would show in every `ps` listing while the dump runs.
 */
function splitPassword(url: string): { dbname: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { dbname: parsed.toString(), password };
}

/** Dumps the database at `url` into `file` (which must not exist), in pg_dump's custom format. */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  if (existsSync(file)) throw new Error(`${file} exists; choose a new file`);
  const { dbname, password } = splitPassword(url);
  const env = password === undefined ? process.env : { ...process.env, PGPASSWORD: password };
  try {
    await run(findPostgresTool('pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${dbname}`], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    // Half a dump is worse than none: it looks like a backup.
    rmSync(file, { force: true });
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`pg_dump failed: ${stderr || (error instanceof Error ? error.message : String(error))}`, {
      cause: error,
    });
  }
}

/** How to restore `file`, for the operator: into a new database created as Dateline needs it. */
export function restoreHint(file: string): string {
  return [
    'To restore it, into a new database in the C locale (see README, PostgreSQL):',
    `  createdb --template=template0 --encoding=UTF8 --locale=C dateline_restored`,
    `  pg_restore --no-owner --dbname=postgres://USER@HOST:PORT/dateline_restored ${file}`,
    `(pg_restore --list ${file} shows what it holds.)`,
  ].join('\n');
}
