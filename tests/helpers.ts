import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { seedDatabase } from '../seed/load.ts';

export interface TestContext {
  app: FastifyInstance;
}

/**
 * Gives the calling test file its own database file, migrated with the real migrations and
 * seeded, and an app over it; both are removed when the file's tests end.
 */
export function useSeededApp(): TestContext {
  const context = {} as TestContext;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    const db = openDatabase(join(dir, 'test.db'));
    seedDatabase(db);
    context.app = await buildApp({ config: loadConfig({}), db });
    await context.app.ready();
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
