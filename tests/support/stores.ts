import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/core/db/client.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../src/core/db/postgres/client.ts';
import { freshPostgresDatabase } from './postgres.ts';

/**
 * A fresh, empty (migrated, not seeded) database on each store for the calling test file, as the
 * handle repositories take, named for `describe.each`: the same assertions then run on SQLite and on
 * PostgreSQL. Call it at the top level of the file; the handles exist once beforeAll has run.
 */
export function useBothStores(): [store: string, db: () => Db][] {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stores-'));
  const sqlite = openDatabase(join(dir, 'db.sqlite'));
  const database = freshPostgresDatabase();
  let postgres: PostgresStore | undefined;
  beforeAll(async () => {
    postgres = await openPostgres(database.url, { poolSize: 4, statementTimeoutMs: 10_000 });
  });
  afterAll(async () => {
    await postgres?.close();
    closeDatabase(sqlite);
    rmSync(dir, { recursive: true, force: true });
  });
  return [
    ['SQLite', () => sqlite],
    ['PostgreSQL', () => postgresDb((postgres as PostgresStore).db)],
  ];
}
