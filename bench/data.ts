import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { openPostgres } from '../src/core/db/postgres/client.ts';
import { copyToPostgres } from '../src/core/db/postgres/copy.ts';
import { seedDatabase } from '../seed/load.ts';
import { generateDataset } from '../seed/generate.ts';

/**
 * `npm run bench:data -- --articles 100000 [--out data/bench.db] [--seed 20250408] [--url postgres://…]`: a
 * fresh database with the seed plus a deterministic synthetic newsroom, for `npm run bench`. With `--url`
 * the newsroom is then copied into that empty PostgreSQL database as `npm run migrate-to-postgres` does
 * (the generator writes SQLite directly, for speed), for `npm run bench -- --url …`.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'data/bench.db' },
    seed: { type: 'string', default: '20250408' },
    url: { type: 'string' },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive whole number');

for (const suffix of ['', '-wal', '-shm']) {
  if (existsSync(values.out + suffix)) rmSync(values.out + suffix);
}
const started = performance.now();
const db = openDatabase(values.out);
await seedDatabase(db);
generateDataset(db, {
  articles,
  seed: Number(values.seed),
  progress: (done) => process.stdout.write(`\r${done} / ${articles} articles`),
});
db.$client.pragma('wal_checkpoint(TRUNCATE)');
const counts = db.$client
  .prepare(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
            (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM places) AS places,
            (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM mentions) AS mentions`,
  )
  .get();
closeDatabase(db);
console.log(`\nwrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);

if (values.url) {
  const copying = performance.now();
  const source = new Database(values.out, { readonly: true, fileMustExist: true });
  const store = await openPostgres(values.url, { poolSize: 1, statementTimeoutMs: 0 });
  try {
    const result = await copyToPostgres(source, store.db.$client);
    // Fresh statistics for every table, as a database that has been running a while has.
    await store.db.$client.query('ANALYZE');
    console.log(`copied ${result.rows} rows into PostgreSQL in ${((performance.now() - copying) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
    source.close();
  }
}
