import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/core/db/client.ts';
import { createApiKey } from '../../src/resources/keys/repository.ts';

/**
 * Writers over HTTP against a real server process, which is killed with SIGKILL mid-write, then
 * started again: every write the server acknowledged must still be there, and the database whole.
 * `DURABILITY_CYCLES=20 npx vitest run tests/e2e/durability.test.ts` for a longer run.
 */

const CYCLES = Number(process.env.DURABILITY_CYCLES ?? 3);
const WRITE_MS = Number(process.env.DURABILITY_WRITE_MS ?? 1500);
const WRITERS = 4;

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-durability-'));
const databasePath = join(dir, 'dateline.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

/** `src/server.ts` in its own process on a free port, once it listens. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, LOG_FORMAT: 'json', RATE_LIMIT_MAX: '1000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ child, url, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${String(code)}) before listening:\n${output}`)));
  });
}

/** Writes until the server stops answering; returns what it acknowledged, by table. */
async function writer(url: string, authorization: string, n: number) {
  const acknowledged = { people: [] as string[], articles: [] as string[] };
  for (let i = 0; ; i++) {
    const article = i % 3 === 2;
    const body = article
      ? { headline: `Writer ${n} article ${i}`, language: 'en', body: [{ type: 'paragraph', text: `Text ${i}.` }] }
      : { name: `Writer ${n} person ${i}` };
    let response: Response;
    try {
      response = await fetch(`${url}${article ? '/articles' : '/people'}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      return acknowledged; // the server is gone
    }
    if (response.status !== 201) throw new Error(`write answered ${response.status}: ${await response.text()}`);
    const { data } = (await response.json()) as { data: { id: string } };
    (article ? acknowledged.articles : acknowledged.people).push(data.id);
  }
}

describe('durability under kill -9', () => {
  it(
    `keeps every acknowledged write and an intact database across ${CYCLES} crashes`,
    async () => {
      const setup = openDatabase(databasePath);
      const authorization = `Bearer ${(await createApiKey(setup, 'durability', ['write'])).secret}`;
      closeDatabase(setup);

      const acknowledged = { people: new Set<string>(), articles: new Set<string>() };
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const server = await startServer();
        const writes = Array.from({ length: WRITERS }, (_, n) => writer(server.url, authorization, n));
        await new Promise((resolve) => setTimeout(resolve, WRITE_MS));
        server.child.kill('SIGKILL');
        await server.exited;
        for (const done of await Promise.all(writes)) {
          for (const id of done.people) acknowledged.people.add(id);
          for (const id of done.articles) acknowledged.articles.add(id);
        }

        // Opening the file recovers it from its log, as the next start will.
        const db = new Database(databasePath);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(db.pragma('foreign_key_check')).toEqual([]);
          for (const table of ['people', 'articles'] as const) {
            const ids = [...acknowledged[table]];
            const found = db
              .prepare(`SELECT count(*) FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
              .pluck()
              .get(JSON.stringify(ids));
            expect(found, `${table} after crash ${cycle + 1}`).toBe(ids.length);
          }
        } finally {
          db.close();
        }
      }
      const total = acknowledged.people.size + acknowledged.articles.size;
      expect(total).toBeGreaterThan(CYCLES * WRITERS);
      console.log(`durability: ${CYCLES} kill -9 cycles, ${total} acknowledged writes, all present, integrity ok`);
    },
    60_000 + CYCLES * 30_000,
  );
});
