import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/core/db/client.ts';
import { openPostgres, postgresDb, type PostgresStore } from '../../src/core/db/postgres/client.ts';
import type { BodyBlock } from '../../src/core/db/schema.ts';
import { freshPostgresDatabase } from './postgres.ts';

/**
 * A fresh SQLite file and a fresh PostgreSQL database (in the run's throwaway cluster) for the calling
 * test file, as `[name, handle]` pairs for `describe.each`: a repository written once gives the same
 * answers on both. Call it at the top level of the file.
 */
export function bothStores(name: string): [string, () => Db][] {
  const dir = mkdtempSync(join(tmpdir(), `dateline-${name}-`));
  const sqlite = openDatabase(join(dir, `${name}.db`));
  const database = freshPostgresDatabase();
  let postgres: PostgresStore | undefined;
  beforeAll(async () => {
    postgres = await openPostgres(database.url, { poolSize: 4, statementTimeoutMs: 10_000 });
  });
  afterAll(async () => {
    await postgres?.close();
    closeDatabase(sqlite);
    rmSync(dir, { recursive: true, force: true });
  });
  return [
    ['SQLite', () => sqlite],
    ['PostgreSQL', () => postgresDb(postgres!.db)],
  ];
}

const AT = '2026-01-01T00:00:00.000Z';
const BODY: BodyBlock[] = [{ type: 'paragraph', text: 'A minister said "we will see".' }];

/** An article row for a query-builder insert: the columns a store requires, with `status` as given. */
export function articleRow(id: string, status: 'draft' | 'published' | 'archived' = 'draft') {
  return {
    id,
    slug: id,
    headline: `Headline ${id}`,
    body: BODY,
    plainText: 'A minister said "we will see".',
    language: 'en',
    wordCount: 6,
    status,
    publishedAt: status === 'draft' ? null : AT,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** A quote row in article `articleId`, for a query-builder insert. */
export function quoteRow(id: string, articleId: string) {
  return {
    id,
    articleId,
    text: 'we will see',
    kind: 'direct' as const,
    startOffset: 17,
    endOffset: 28,
    createdAt: AT,
    updatedAt: AT,
  };
}
