import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../src/core/db/client.ts';
import { copyToPostgres } from '../../src/core/db/postgres/copy.ts';
import { openPostgres } from '../../src/core/db/postgres/client.ts';
import { openStore } from '../../src/core/db/store.ts';
import { freshPostgresDatabase } from './postgres.ts';
import { seedDatabase } from '../../seed/load.ts';
import type { ApiScope } from '../../src/core/db/schema.ts';
import { createApiKey } from '../../src/resources/keys/repository.ts';
import { generateDataset, type GenerateOptions } from '../../seed/generate.ts';

/** The store the suite runs on: `sqlite` (the default) or `postgres` (DATELINE_TEST_STORE). */
export const TEST_STORE = process.env.DATELINE_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestContext {
  app: FastifyInstance;
  /** `http://127.0.0.1:PORT` when the app was asked to listen. */
  baseUrl: string;
  databasePath: string;
}

export interface TestAppOptions {
  /** Environment variables for `loadConfig`, e.g. `{ RATE_LIMIT_MAX: '3' }`. */
  env?: Record<string, string>;
  /** Listen on a free loopback port, for behaviour that lives in real HTTP. */
  listen?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Adds a synthetic newsroom after the seed (seed/generate.ts). */
  generate?: GenerateOptions;
  /** False for a migrated database without the seed document (a newsroom on its first day). */
  seed?: boolean;
  /** Runs before the app is ready, e.g. to add a test-only route. */
  setup?: (app: FastifyInstance) => void;
}

/** A SQLite newsroom, seeded as asked and generated, copied into the empty PostgreSQL database at `url`. */
async function copyIntoPostgres(path: string, url: string, seed: boolean, generate: GenerateOptions) {
  const sqlite = openDatabase(path);
  if (seed) await seedDatabase(sqlite);
  generateDataset(sqlite, generate);
  closeDatabase(sqlite);
  const source = new Database(path, { readonly: true, fileMustExist: true });
  const store = await openPostgres(url, { poolSize: 1, statementTimeoutMs: 0 });
  try {
    await copyToPostgres(source, store.db.$client);
  } finally {
    await store.close();
    source.close();
  }
}

/**
 * Gives the calling test file its own database file, migrated with the real migrations and
 * (unless `seed: false`) seeded, and an app over it; both are removed when the file's tests end.
 */
export function useSeededApp(options: TestAppOptions = {}): TestContext {
  const context = {} as TestContext;
  let dir = '';
  // DATELINE_TEST_STORE=postgres runs the file's app on a fresh PostgreSQL database of the run's cluster.
  const postgres = TEST_STORE === 'postgres' ? freshPostgresDatabase() : undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    context.databasePath = join(dir, 'test.db');
    const config = loadConfig({ ...options.env, ...(postgres && { DATABASE_URL: postgres.url }) });
    if (postgres && options.generate) {
      // The generator writes SQLite directly, for speed: generate there, then move the newsroom across as
      // `npm run migrate-to-postgres` does.
      await copyIntoPostgres(context.databasePath, postgres.url, options.seed !== false, options.generate);
    }
    const db = await openStore({ ...config, databasePath: context.databasePath });
    if (!(postgres && options.generate)) {
      if (options.seed !== false) await seedDatabase(db);
      if (options.generate) generateDataset(db, options.generate);
    }
    context.app = await buildApp({ config, db, logger: options.logger ?? false });
    options.setup?.(context.app);
    if (options.listen) {
      context.baseUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
    } else {
      await context.app.ready();
    }
  });
  afterAll(async () => {
    await context.app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return context;
}

/** GETs a URL in-process and parses the JSON body. */
export async function getJson<T = any>(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { response, status: response.statusCode, body: response.json<T>() };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A real HTTP request with exactly the headers given (fetch would add and decode encodings). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** An `Authorization` header with a fresh API key holding `scopes`. */
export async function bearer(app: FastifyInstance, ...scopes: ApiScope[]): Promise<{ authorization: string }> {
  const { secret } = await createApiKey(app.db, `test ${scopes.join(' ') || 'no scope'}`, scopes);
  return { authorization: `Bearer ${secret}` };
}
