import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/resources/keys/repository.ts';
import { closeDatabase, openDatabase } from '../../src/core/db/client.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-npm-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start', () => {
  // npm runs a script through `sh -c`; dash forks node instead of replacing itself with it, so the
  // SIGTERM npm forwarded killed the shell and left the server running, orphaned. The script now
  // `exec`s node: the process npm signals is the server.
  it('builds, serves from dist/ (ingest in its worker thread too), and stops when npm gets SIGTERM', async () => {
    const databasePath = join(dir, 'dateline.db');
    const npm = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const npmExited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let serverPid = 0;
    try {
      await waitFor(() => /Server listening at http:\/\/127\.0\.0\.1:\d+/.test(output), 150_000, 'the server');
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
      serverPid = Number(/"pid":(\d+)[^\n]*Server listening/.exec(output)?.[1]);
      expect(serverPid).toBeGreaterThan(0);
      expect(serverPid).not.toBe(npm.pid);

      const db = openDatabase(databasePath);
      const { secret } = await createApiKey(db, 'npm start test', ['write']);
      closeDatabase(db);
      const ingest = await fetch(`${url}/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: '"We are ready," Foreign Minister Andrii Sybiha said in Kyiv on Monday.' }),
      });
      expect(ingest.status).toBe(201);
      expect(((await ingest.json()) as { data: { quotes: number } }).data.quotes).toBe(1);

      npm.kill('SIGTERM');
      expect(await npmExited).toBe(0);
      await waitFor(() => !alive(serverPid), 15_000, 'the server to exit');
      expect(output).toContain('closed cleanly');
    } finally {
      if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  }, 200_000);
});
