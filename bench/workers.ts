import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { startApiProcess, stopProcess } from '../deploy/local-stack.ts';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { storeMissingDocuments } from '../src/resources/articles/document.ts';
import { random } from '../seed/generate.ts';

/**
 * `npm run bench:workers [-- --db data/bench.db --seconds 5]` (also the end of `npm run bench`):
 * the compiled API with WORKERS=1 and WORKERS=2 on the same database, the same requests (articles
 * with includes and article lists by person, drawn at random), 50 connections, no cache in front.
 * The load generator runs on the same machine: on 2 cores it takes a share of what WORKERS=2 could use.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    // A PostgreSQL copy of the --db file (bench:data --url): the workers run on it, requests come from the file.
    url: { type: 'string' },
    seconds: { type: 'string', default: '5' },
  },
});
if (!existsSync(values.db)) {
  console.error(`No ${values.db}: run \`npm run bench:data -- --articles 100000\` first.`);
  process.exit(1);
}

// The API stores each article's document on its first read; store them all first, as bench/run.ts
// does, so both runs measure the steady state rather than a warm-up full of writes.
if (!values.url) {
  const db = openDatabase(values.db);
  await storeMissingDocuments(db);
  closeDatabase(db);
}

const data = new Database(values.db, { readonly: true });
const articles = data
  .prepare("SELECT slug FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'")
  .pluck()
  .all() as string[];
const people = data.prepare("SELECT slug FROM people WHERE slug LIKE 'gen-%'").pluck().all() as string[];
data.close();

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
const apiArgs = startScript
  .split(' ')
  .filter((word) => word !== 'exec')
  .slice(1);

async function measure(workers: number) {
  const api = await startApiProcess(apiArgs, {
    WORKERS: String(workers),
    ...(values.url ? { DATABASE_URL: values.url } : { DATABASE_PATH: values.db }),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000000',
  });
  try {
    const { next, pick } = random(42);
    const result = await autocannon({
      url: api.url,
      connections: 50,
      duration: Number(values.seconds),
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            path:
              next() < 0.5
                ? `/articles/${pick(articles)}?include=quotes,people,places,organisations`
                : `/articles?person=${pick(people)}`,
          }),
        },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
    return result.requests.average;
  } finally {
    await stopProcess(api.child);
  }
}

// Alternated, twice each, best of each kept: the machine is shared, and noise only ever slows a run.
const one = await measure(1);
const two = await measure(2);
const oneAgain = await measure(1);
const twoAgain = await measure(2);
const best = { one: Math.max(one, oneAgain), two: Math.max(two, twoAgain) };
console.log('\n| WORKERS | req/s (50 conn; articles + includes, articles by person) | ratio |');
console.log('| ---: | ---: | ---: |');
console.log(`| 1 | ${Math.round(best.one)} | 1 |`);
console.log(`| 2 | ${Math.round(best.two)} | ${(best.two / best.one).toFixed(2)} |`);
