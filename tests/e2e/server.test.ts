import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-server-'));
const databasePath = join(dir, 'nested', 'dateline.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  url: string;
  logs: string[];
  stop: () => Promise<number | null>;
}

/** Runs `src/server.ts` as `npm start` does, on a free port, and waits until it listens. */
function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, ...env },
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    // tsx compiles the whole server on start: about 10 s alone, several times that on a shared machine.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 50_000);
    const collect = (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          logs,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
}

describe('the server process', () => {
  it('migrates and seeds on first start, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = await startServer({});
    try {
      const response = await fetch(`${server.url}/articles`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { slug: string }[] };
      expect(body.data).toHaveLength(1);
      expect(server.logs.join('')).toContain('database seeded');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('reuses the data on a second start without seeding again', async () => {
    const server = await startServer({});
    try {
      expect(server.logs.join('')).toContain('database already seeded');
      const quotes = (await (await fetch(`${server.url}/quotes?limit=100`)).json()) as { data: unknown[] };
      expect(quotes.data).toHaveLength(18);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('refuses to start on bad configuration, naming the variable', async () => {
    await expect(startServer({ PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });
});
