import { writeFileSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { triggersAndViewsSql } from '../src/core/db/schema-sql.ts';

/** Regenerates src/core/db/triggers.sql from a freshly migrated database (`npm run db:triggers`). */
const db = openDatabase(':memory:');
writeFileSync(new URL('../src/core/db/triggers.sql', import.meta.url), triggersAndViewsSql(db));
closeDatabase(db);
console.log('wrote src/core/db/triggers.sql');
