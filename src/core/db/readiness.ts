import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Db } from './client.ts';
import { dialectOf } from './dialect.ts';
import { rows } from './queries.ts';

/** What `/ready` asks of a store: does it answer, and are its committed migrations applied? */

const SQLITE_MIGRATIONS = { table: sql`__drizzle_migrations`, folder: MIGRATIONS_FOLDER };

export interface MigrationState {
  applied: number;
  committed: number;
}

/** The database did not answer within the bound: it may be unreachable, or reachable and stuck. */
export class DatabaseSilentError extends Error {
  constructor(withinMs: number) {
    super(`The database did not answer within ${withinMs} ms`);
  }
}

const committedCounts = new Map<string, number>();

function committedMigrations(folder: string): number {
  let count = committedCounts.get(folder);
  if (count === undefined) {
    const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
    count = journal.entries.length;
    committedCounts.set(folder, count);
  }
  return count;
}

/** `work`, or a DatabaseSilentError once `withinMs` have passed; `work` is left to finish or fail unheard. */
async function within<T>(withinMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseSilentError(withinMs)), withinMs);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, silence]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks the store `SELECT 1`, then how many migrations it has applied, all within `withinMs`: a server
 * that accepts connections but never answers (stuck, or cut off mid-connection) makes this fail in
 * time rather than hang the probe. The pool's own connect timeout may be longer than a probe should wait.
 */
export async function migrationState(db: Db, withinMs: number): Promise<MigrationState> {
  const { table, folder } = dialectOf(db)?.migrations ?? SQLITE_MIGRATIONS;
  const applied = within(
    withinMs,
    (async () => {
      await rows(db, sql`SELECT 1`);
      const [row] = await rows<{ n: number | string }>(db, sql`SELECT CAST(count(*) AS integer) AS n FROM ${table}`);
      return Number(row?.n ?? 0);
    })(),
  );
  return { applied: await applied, committed: committedMigrations(folder) };
}
