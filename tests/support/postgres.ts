import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.ts';

/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run (tests/support/postgres-cluster.ts),
 * its URL provided to every test file, which makes its own database in it with freshPostgresDatabase().
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's maintenance database, as its superuser. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  // Vitest runs this teardown after the run, whether the tests passed or failed.
  return () => cluster.stop();
}

async function onMaintenanceDatabase(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresUrl'), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface PostgresDatabase {
  /** Set once beforeAll has run. */
  url: string;
}

/**
 * Gives the calling test file a new, empty database of its own in the run's cluster (created in
 * beforeAll with a random name, dropped in afterAll). Call it at the top level of the file or a describe.
 * `createOptions` are appended to CREATE DATABASE, e.g. to make one in another locale.
 */
export function freshPostgresDatabase(createOptions = ''): PostgresDatabase {
  const database = {} as PostgresDatabase;
  const name = `test_${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    // The cluster's locale is C (initdb --locale=C), so, unless told otherwise, the database's is too.
    await onMaintenanceDatabase(`CREATE DATABASE ${name} ${createOptions}`);
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${name}`;
    database.url = url.toString();
  });
  afterAll(async () => {
    // FORCE: a pool the test forgot to close must not keep the database alive.
    await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return database;
}

/**
 * Opens pools a test sets up to fail (a closed port, a 50 ms statement timeout, one connection held):
 * `pool(config)` gives one (a single connection unless told), and every one is ended after the file.
 */
export function usePools(): (config: pg.PoolConfig) => pg.Pool {
  const pools: pg.Pool[] = [];
  afterAll(() => Promise.all(pools.map((pool) => pool.end().catch(() => undefined))));
  return (config) => {
    const pool = new pg.Pool({ max: 1, ...config });
    // A connection the test has the server cut would otherwise crash the run.
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };
}
