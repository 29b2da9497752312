import type pg from 'pg';
import { writerOf, type Db } from '../../../src/core/db/client.ts';
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeOnSignals } from '../../../src/shutdown.ts';
import { getJson, rawRequest, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname;

/** Where drizzle's migrator records what it applied: PostgreSQL keeps it in the `drizzle` schema. */
const MIGRATIONS_TABLE = TEST_STORE === 'postgres' ? 'drizzle.__drizzle_migrations' : '__drizzle_migrations';

/** Whether the app's store still holds its connections: SQLite's writer file, or PostgreSQL's pool. */
function storeIsOpen(db: Db): boolean {
  return TEST_STORE === 'postgres' ? !(db.$client as unknown as pg.Pool).ended : writerOf(db).$client.open;
}

describe('health and readiness', () => {
  const ctx = useSeededApp();

  it('report liveness and readiness with applied migrations', async () => {
    expect((await getJson(ctx.app, '/health')).body).toEqual({ status: 'ok' });
    const ready = await getJson(ctx.app, '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', migrations: expect.any(Number) });
    expect(ready.response.headers['cache-control']).toBe('no-store');
  });

  it('report not ready, as a 503 problem, when migrations are missing', async () => {
    const store = sqlOf(ctx.app.db);
    const rows = await store.all<{ id: number; hash: string; created_at: number }>(
      `SELECT id, hash, created_at FROM ${MIGRATIONS_TABLE}`,
    );
    await store.run(`DELETE FROM ${MIGRATIONS_TABLE}`);
    try {
      const { status, body } = await getJson(ctx.app, '/ready');
      expect(status).toBe(503);
      expect(body).toMatchObject({ type: '/problems/not-ready', detail: expect.stringContaining('migrations') });
    } finally {
      for (const row of rows) {
        await store.run(
          `INSERT INTO ${MIGRATIONS_TABLE} (id, hash, created_at) VALUES ($1, $2, $3)`,
          row.id,
          row.hash,
          row.created_at,
        );
      }
    }
  });
});

describe('/metrics', () => {
  const ctx = useSeededApp();

  it('counts requests by route pattern and status, times them, and reports the database size', async () => {
    await ctx.app.inject('/people/volodymyr-zelensky');
    await ctx.app.inject('/people/andrii-sybiha');
    await ctx.app.inject('/people/nobody');
    const response = await ctx.app.inject('/metrics');
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toContain('http_requests_total{method="GET",route="/people/:idOrSlug",status="200"} 2');
    expect(text).toContain('http_requests_total{method="GET",route="/people/:idOrSlug",status="404"} 1');
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/people\/:idOrSlug"\} 3/);
    const size = /dateline_database_size_bytes (\d+)/.exec(text);
    expect(Number(size?.[1])).toBeGreaterThan(10_000);
    expect(text).toContain('process_resident_memory_bytes');
    expect(response.headers['cache-control']).toBe('no-store');
    expect((await ctx.app.inject({ method: 'DELETE', url: '/metrics' })).statusCode).toBe(405);
  });
});

describe('graceful shutdown', () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const ctx = useSeededApp({
    listen: true,
    setup: (app) => {
      app.get('/slow', { schema: { hide: true } }, async () => {
        await gate;
        return { finished: true };
      });
    },
  });

  it('finishes in-flight requests, refuses new connections, closes the database, then exits 0', async () => {
    const signals = new EventEmitter();
    const exited = new Promise<number>((resolve) => closeOnSignals(ctx.app, { signals, exit: resolve }));
    const inFlight = rawRequest(`${ctx.baseUrl}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));

    signals.emit('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(rawRequest(`${ctx.baseUrl}/health`)).rejects.toThrow(/ECONNREFUSED/);
    expect(storeIsOpen(ctx.app.db)).toBe(true);

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ finished: true });
    expect(await exited).toBe(0);
    expect(storeIsOpen(ctx.app.db)).toBe(false);
  });
});

// Copies the SQLite file with SQLite's online backup API; PostgreSQL's backup is pg_dump, tested in
// tests/core/db/postgres-dump.test.ts.
describe.skipIf(TEST_STORE === 'postgres')('npm run backup', () => {
  const ctx = useSeededApp({ listen: true });

  it('copies the live database consistently while the server runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-backup-'));
    const target = join(dir, 'copy.db');
    try {
      const serving = Promise.all(Array.from({ length: 20 }, () => rawRequest(`${ctx.baseUrl}/quotes`)));
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', target], {
        cwd: root,
        env: { ...process.env, DATABASE_PATH: ctx.databasePath },
      });
      expect((await serving).every((r) => r.status === 200)).toBe(true);
      expect(stdout).toContain('backed up');
      const copy = new Database(target, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) n FROM quotes').get()).toEqual({ n: 18 });
      copy.close();

      await expect(
        run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', target], {
          cwd: root,
          env: { ...process.env, DATABASE_PATH: ctx.databasePath },
        }),
      ).rejects.toThrow(/exists/);
      expect(existsSync(target)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
