import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiProcess, stopProcess } from '../../deploy/local-stack.ts';
import { LEADER_LEASE } from '../../src/core/cluster/leader.ts';
import { leaseHolder } from '../../src/core/cluster/lease.ts';
import { closeDatabase, openDatabase, type Db } from '../../src/core/db/client.ts';
import { createApiKey } from '../../src/resources/keys/repository.ts';
import { seedDatabase } from '../../seed/load.ts';

/**
 * WORKERS=2 for real: the server as `npm run dev` starts it (a primary forking two workers on one
 * port and one SQLite file), driven over HTTP. Which process answered is read from the log lines
 * (pino writes each process's pid); who leads, from the `leases` table.
 */

const LEASE_TTL_MS = 2000;

describe('several API processes on one database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-workers-'));
  const databasePath = join(dir, 'workers.db');
  const log: { pid: number; method?: string; statusCode?: number; msg: string }[] = [];
  let server: { child: ChildProcess; url: string };
  let db: Db;
  let authorization = '';

  beforeAll(async () => {
    db = openDatabase(databasePath);
    await seedDatabase(db);
    authorization = `Bearer ${(await createApiKey(db, 'workers test', ['write', 'read:drafts'])).secret}`;
    const output = new PassThrough();
    let pending = '';
    output.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as {
            pid: number;
            req?: { method: string };
            res?: { statusCode: number };
            msg: string;
          };
          log.push({ pid: entry.pid, method: entry.req?.method, statusCode: entry.res?.statusCode, msg: entry.msg });
        } catch {
          // Not a log line (a warning from Node): not ours to read.
        }
      }
    });
    server = await startApiProcess(
      ['--import', 'tsx', 'src/server.ts'],
      {
        WORKERS: '2',
        DATABASE_PATH: databasePath,
        LEASE_TTL_MS: String(LEASE_TTL_MS),
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        RATE_LIMIT_MAX: '100000',
      },
      { logTo: output, timeoutMs: 120_000 },
    );
    // The server answers as soon as one worker listens; the other may still be booting on a loaded
    // machine, and until it listens the primary hands every connection to the first.
    await vi.waitFor(
      () => expect(new Set(log.filter((l) => l.msg.startsWith('Server listening')).map((l) => l.pid)).size).toBe(2),
      { timeout: 60_000, interval: 100 },
    );
  }, 200_000);

  afterAll(async () => {
    if (server) await stopProcess(server.child);
    if (db) closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const workerPids = () =>
    readFileSync(`/proc/${server.child.pid}/task/${server.child.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);

  async function send(method: string, path: string, body?: object, ifMatch?: string) {
    const response = await fetch(server.url + path, {
      method,
      headers: {
        authorization,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      body: await response.json().catch(() => null),
    };
  }

  it('takes concurrent writes on both workers with none refused for a busy database', async () => {
    expect(workerPids()).toHaveLength(2);
    const writes = Array.from({ length: 120 }, (_, i) =>
      i % 3 === 0
        ? send('POST', '/articles', {
            headline: `Concurrent dispatch ${i}`,
            language: 'en',
            body: [{ type: 'paragraph', text: `Filed by writer ${i}.` }],
          })
        : send('POST', '/people', { name: `Concurrent Writer ${i}` }),
    );
    const statuses = (await Promise.all(writes)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    // Both processes wrote: each logs the requests it answered.
    await expect
      .poll(() => new Set(log.filter((l) => l.method === 'POST' && l.statusCode === 201).map((l) => l.pid)).size, {
        // The workers' access logs reach this process through pipes, late on a loaded machine.
        timeout: 10_000,
      })
      .toBe(2);
    const people = db.$client
      .prepare("SELECT count(*) FROM people WHERE name LIKE 'Concurrent Writer %'")
      .pluck()
      .get();
    expect(people).toBe(80);
  });

  it('hands the scheduler to another process when the leader dies, and publishes once', async () => {
    const holder = await leaseHolder(db, LEADER_LEASE);
    expect(holder).toBeDefined();
    const leaderPid = Number(holder!.holder.split(':')[1]);
    expect(workerPids()).toContain(leaderPid);

    const draft = await send('POST', '/articles', {
      headline: 'Embargo lifts after the leader falls',
      language: 'en',
      body: [{ type: 'paragraph', text: 'Scheduled, then its scheduler was killed.' }],
    });
    const id = draft.body.data.id as string;
    const publishAt = new Date(Date.now() + 1500).toISOString();
    const scheduled = await send('PUT', `/articles/${id}/status`, { status: 'scheduled', publishAt }, draft.etag);
    expect(scheduled.status).toBe(200);
    process.kill(leaderPid, 'SIGKILL');

    await expect
      .poll(async () => (await fetch(`${server.url}/articles/${id}`)).status, { timeout: 20_000, interval: 200 })
      .toBe(200);
    const newHolder = (await leaseHolder(db, LEADER_LEASE))!.holder;
    expect(Number(newHolder.split(':')[1])).not.toBe(leaderPid);
    const revisions = (await send('GET', `/articles/${id}/revisions`)).body.data as { action: string }[];
    expect(revisions.filter((r) => r.action === 'status:published')).toHaveLength(1);
    const changes = db.$client
      .prepare("SELECT count(*) FROM revisions WHERE article_id = ? AND action = 'status:published'")
      .pluck()
      .get(id);
    expect(changes).toBe(1);
    // The primary replaces the dead worker.
    await expect.poll(() => workerPids().filter((pid) => pid !== leaderPid).length, { timeout: 10_000 }).toBe(2);
  });
});
