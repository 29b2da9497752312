import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, writerOf } from '../../../src/core/db/client.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-db-'));
const path = join(dir, 'db.sqlite');
const db = openDatabase(path);
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('turns on WAL and foreign keys', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('syncs at checkpoints (NORMAL) unless told to sync every commit (FULL)', () => {
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
    const full = openDatabase(path, { synchronous: 'FULL' });
    expect(full.$client.pragma('synchronous', { simple: true })).toBe(2);
    closeDatabase(full);
  });

  it('applies every committed migration, once', () => {
    const journal = JSON.parse(
      readFileSync(new URL('../../../migrations/meta/_journal.json', import.meta.url), 'utf8'),
    ) as {
      entries: unknown[];
    };
    const applied = () => (db.$client.prepare('SELECT count(*) n FROM __drizzle_migrations').get() as { n: number }).n;
    expect(applied()).toBe(journal.entries.length);
    closeDatabase(openDatabase(path));
    expect(applied()).toBe(journal.entries.length);
  });

  it('enforces references and constraints', () => {
    const now = new Date().toISOString();
    const insertQuote = writerOf(db).$client.prepare(
      `INSERT INTO quotes (id, article_id, text, kind, start_offset, end_offset, created_at, updated_at)
       VALUES (?, ?, 'x', 'direct', ?, ?, ?, ?)`,
    );
    expect(() => insertQuote.run('quo_1', 'art_missing', 0, 1, now, now)).toThrow(/FOREIGN KEY/);
    writerOf(db)
      .$client.prepare(
        `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, created_at, updated_at)
         VALUES ('art_1', 'a', 'A', '[]', 'x', 'en', 1, ?, ?)`,
      )
      .run(now, now);
    expect(() => insertQuote.run('quo_2', 'art_1', 5, 2, now, now)).toThrow(/CHECK/);
  });

  it('refuses a published article without a publication date', () => {
    const now = new Date().toISOString();
    expect(() =>
      writerOf(db)
        .$client.prepare(
          `INSERT INTO articles (id, slug, headline, body, plain_text, language, word_count, status, created_at, updated_at)
           VALUES ('art_2', 'b', 'B', '[]', 'x', 'en', 1, 'published', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/published_at is required/);
  });
});
