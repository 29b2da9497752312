import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/core/db/postgres/client.ts';
import { findPostgresTool } from '../../../src/core/db/postgres/dump.ts';
import { freshPostgresDatabase } from '../../support/postgres.ts';

const run = promisify(execFile);
const database = freshPostgresDatabase();
const dir = mkdtempSync(join(tmpdir(), 'dateline-dump-'));

beforeAll(async () => {
  const store = await openPostgres(database.url, { poolSize: 1, statementTimeoutMs: 30_000 });
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run backup on PostgreSQL', () => {
  it('dumps the database with pg_dump into a file pg_restore reads, and says how to restore it', async () => {
    const file = join(dir, 'backup.dump');
    const { stdout } = await run('npx', ['tsx', 'scripts/backup.ts', file, '--url', database.url]);
    expect(stdout).toMatch(/pg_restore --no-owner --dbname=/);
    expect(statSync(file).size).toBeGreaterThan(0);
    const list = await run(findPostgresTool('pg_restore'), ['--list', file]);
    expect(list.stdout).toMatch(/TABLE public articles /);
    expect(list.stdout).toMatch(/FUNCTION public dateline_write_lock/);
  });

  it('refuses to overwrite a file, and leaves no half dump when pg_dump fails', async () => {
    const existing = join(dir, 'backup.dump');
    const refused = await run('npx', ['tsx', 'scripts/backup.ts', existing, '--url', database.url]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/exists; choose a new file/) });

    const unreachable = new URL(database.url);
    unreachable.port = '1';
    const missing = join(dir, 'never.dump');
    const failed = await run('npx', ['tsx', 'scripts/backup.ts', missing, '--url', unreachable.toString()]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/pg_dump failed/) });
    expect(() => statSync(missing)).toThrow();
  });
});
