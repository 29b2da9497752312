import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/core/db/client.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../../src/core/db/postgres/client.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';
import { pluginApp } from '../../support/plugin-app.ts';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.ts';

const committed = (folder: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../migrations/${folder}meta/_journal.json`, import.meta.url), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

describe('/ready on SQLite', () => {
  it('answers 200 with the migrations applied, and 503 once the database is closed', async () => {
    const db = openDatabase(':memory:');
    const app = await pluginApp(db);
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', migrations: committed('') });
    closeDatabase(db);
    const closed = await app.inject('/ready');
    expect(closed.statusCode).toBe(503);
    expect(closed.json()).toMatchObject({ type: '/problems/not-ready', detail: 'The database does not answer.' });
    await app.close();
  });
});

describe('/ready on PostgreSQL, reached through a proxy that can fail', () => {
  const database = freshPostgresDatabase();
  let proxy: TcpProxy;
  let store: PostgresStore;
  beforeAll(async () => {
    const url = new URL(database.url);
    proxy = await startTcpProxy(Number(url.port));
    url.port = String(proxy.port);
    // A connect timeout far longer than the probe's bound: only the bound can answer a silent server in time.
    store = await openPostgres(url.toString(), { poolSize: 2, statementTimeoutMs: 60_000, connectTimeoutMs: 60_000 });
  });
  afterAll(async () => {
    await proxy.cut();
    await store.close();
  });

  it('answers 200 with the PostgreSQL migrations applied', async () => {
    const app = await pluginApp(postgresDb(store.db));
    const ready = await app.inject('/ready');
    await app.close();
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', migrations: committed('postgres/') });
  });

  it('answers 503 within its bound when the server goes silent, instead of hanging', async () => {
    const app = await pluginApp(postgresDb(store.db), { readyTimeoutMs: 300 });
    await app.inject('/ready');
    proxy.silence();
    const silent = await app.inject('/ready');
    await app.close();
    expect(silent.statusCode).toBe(503);
    expect(silent.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(silent.json()).toMatchObject({ type: '/problems/not-ready', detail: 'The database does not answer.' });
  });

  it('answers 503 once the server is gone', async () => {
    await proxy.cut();
    const app = await pluginApp(postgresDb(store.db));
    const gone = await app.inject('/ready');
    await app.close();
    expect(gone.statusCode).toBe(503);
    expect(gone.json()).toMatchObject({ type: '/problems/not-ready', detail: 'The database does not answer.' });
    expect(gone.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|terminated/);
  });
});
