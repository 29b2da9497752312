import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/core/db/client.ts';
import { triggersAndViewsSql } from '../../../src/core/db/schema-sql.ts';

describe('src/core/db/triggers.sql', () => {
  it('is the trigger and view set of a freshly migrated database (npm run db:triggers regenerates it)', () => {
    const db = openDatabase(':memory:');
    try {
      const committed = readFileSync(new URL('../../../src/core/db/triggers.sql', import.meta.url), 'utf8');
      expect(committed).toBe(triggersAndViewsSql(db));
      expect(committed.match(/^CREATE TRIGGER/gm)?.length).toBeGreaterThan(60);
    } finally {
      closeDatabase(db);
    }
  });
});
