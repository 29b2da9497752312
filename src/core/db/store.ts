import type { Config } from '../../config.ts';
import { closeDatabase, openDatabase, type Db } from './client.ts';
import { describePostgresUrl, openPostgres, postgresDb } from './postgres/client.ts';

const postgresClosers = new WeakMap<Db, () => Promise<void>>();

/**
 * Opens the store the configuration names, migrated: PostgreSQL at DATABASE_URL (many API machines
 * share it), else the SQLite file (the embedded default). Either way the same handle type, which
 * every repository takes.
 */
export async function openStore(
  config: Pick<Config, 'databasePath' | 'databaseSynchronous' | 'postgres'>,
): Promise<Db> {
  const { postgres } = config;
  if (!postgres) return openDatabase(config.databasePath, { synchronous: config.databaseSynchronous });
  const store = await openPostgres(postgres.url, postgres);
  const db = postgresDb(store.db);
  postgresClosers.set(db, () => store.close());
  return db;
}

/** Closes what `openStore` opened: the SQLite connections, or the PostgreSQL pool. */
export async function closeStore(db: Db): Promise<void> {
  const close = postgresClosers.get(db);
  if (close) await close();
  else closeDatabase(db);
}

/** Where the data lives, for logs: the SQLite file, or the PostgreSQL server and database (never its password). */
export function describeStore(config: Pick<Config, 'databasePath' | 'postgres'>): string {
  return config.postgres ? `postgresql://${describePostgresUrl(config.postgres.url)}` : config.databasePath;
}
