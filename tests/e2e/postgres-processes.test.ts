import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, stopProcess } from '../../deploy/local-stack.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/core/db/client.ts';
import { closeStore, openStore } from '../../src/core/db/store.ts';
import { createApiKey } from '../../src/resources/keys/repository.ts';
import { seedDatabase } from '../../seed/load.ts';
import { freshPostgresDatabase } from '../support/postgres.ts';

/**
 * Two API machines on one PostgreSQL, as the README's topology has them: two server processes, each
 * started on its own port with the same DATABASE_URL (not a node cluster: nothing shared but the
 * database), driven over HTTP.
 */

describe('two API processes on one PostgreSQL database', () => {
  const database = freshPostgresDatabase();
  const servers: { child: ChildProcess; url: string }[] = [];
  let db: Db;
  let authorization = '';

  beforeAll(async () => {
    db = await openStore(loadConfig({ DATABASE_URL: database.url }));
    await seedDatabase(db);
    authorization = `Bearer ${(await createApiKey(db, 'two machines', ['write', 'read:drafts'])).secret}`;
    const env = {
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '4',
      LEASE_TTL_MS: '2000',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000',
    };
    // One after the other: both migrate on start (under an advisory lock), and the machine is shared.
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startApiProcess(['--import', 'tsx', 'src/server.ts'], env, { timeoutMs: 120_000 }));
    }
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await stopProcess(server.child);
    if (db) await closeStore(db);
  });

  async function send(server: number, method: string, path: string, body?: object, ifMatch?: string) {
    const response = await fetch((servers[server] as { url: string }).url + path, {
      method,
      headers: {
        authorization,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, etag: response.headers.get('etag') ?? '', body: await response.json() };
  }

  it('reads through one what was written through the other, and edits it there with its ETag', async () => {
    const created = await send(0, 'POST', '/articles', {
      headline: 'Filed on one machine',
      language: 'en',
      body: [{ type: 'paragraph', text: 'Read on the other.' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    const read = await send(1, 'GET', `/articles/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.headline).toBe('Filed on one machine');
    // The same version on both: an If-Match taken from one is honoured by the other.
    expect(read.etag).toBe(created.etag);
    const edited = await send(1, 'PATCH', `/articles/${id}`, { headline: 'Edited on the other' }, read.etag);
    expect(edited.status).toBe(200);
    const stale = await send(0, 'PATCH', `/articles/${id}`, { headline: 'Too late' }, created.etag);
    expect(stale.status).toBe(412);
    expect((await send(0, 'GET', `/articles/${id}`)).body.data.headline).toBe('Edited on the other');
  });

  it('publishes a scheduled article exactly once, whichever process schedules it', async () => {
    const draft = await send(1, 'POST', '/articles', {
      headline: 'Embargo lifts on two machines',
      language: 'en',
      body: [{ type: 'paragraph', text: 'Both run a scheduler; one holds the lease.' }],
    });
    const id = draft.body.data.id as string;
    const publishAt = new Date(Date.now() + 1500).toISOString();
    const scheduled = await send(1, 'PUT', `/articles/${id}/status`, { status: 'scheduled', publishAt }, draft.etag);
    expect(scheduled.status).toBe(200);
    await expect
      .poll(async () => (await fetch(`${(servers[0] as { url: string }).url}/articles/${id}`)).status, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(200);
    // Another scheduler round or two passes before counting: a second publisher would have acted by then.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const revisions = (await send(0, 'GET', `/articles/${id}/revisions`)).body.data as { action: string }[];
    expect(revisions.filter((revision) => revision.action === 'status:published')).toHaveLength(1);
  });
});
