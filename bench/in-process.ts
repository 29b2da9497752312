import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openStore } from '../src/core/db/store.ts';
import { random } from '../seed/generate.ts';

/**
 * `npm run bench:in-process -- --db data/bench10k.db [--url postgres://…] [--only list,person] [--requests 1500]`: the CPU one
 * request costs the API in this process (`app.inject`: every hook, validation and serialisation, no
 * socket), route by route, after a warm-up. For comparing two versions of the code on one machine:
 * run them alternately, since a shared machine's load moves every figure. With `--url` the API reads
 * PostgreSQL (loaded from the same file by `npm run bench:data -- --url`); its server's CPU is not counted.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    url: { type: 'string' },
    only: { type: 'string' },
    requests: { type: 'string', default: '1500' },
  },
});
const requests = Number(values.requests);

const data = new Database(values.db, { readonly: true });
const column = (sql: string) => data.prepare(sql).pluck().all() as string[];
const people = column("SELECT slug FROM people WHERE slug LIKE 'gen-%'");
const countries = column("SELECT slug FROM places WHERE kind = 'country' AND slug LIKE 'gen-%'");
const articles = column("SELECT id FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
data.close();
const { pick } = random(42);

const ROUTES: Record<string, () => string> = {
  health: () => '/health',
  list: () => '/articles',
  person: () => `/articles?person=${pick(people)}`,
  place: () => `/articles?place=${pick(countries)}`,
  speaker: () => `/quotes?speaker=${pick(people)}`,
  article: () => `/articles/${pick(articles)}`,
};
const names = values.only?.split(',') ?? Object.keys(ROUTES);

const config = loadConfig({
  RATE_LIMIT_MAX: '1000000000',
  LOG_LEVEL: 'silent',
  DATABASE_PATH: values.db,
  ...(values.url ? { DATABASE_URL: values.url } : {}),
});
const app = await buildApp({ config, db: await openStore(config) });
await app.ready();
for (const name of names) {
  const path = ROUTES[name];
  if (!path) throw new Error(`--only takes ${Object.keys(ROUTES).join(', ')}`);
  for (let i = 0; i < 300; i += 1) await app.inject(path());
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < requests; i += 1) {
    const response = await app.inject(path());
    if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
  }
  const used = process.cpuUsage(cpu);
  const perRequest = (total: number) => Math.round(total / requests);
  console.log(
    `${name.padEnd(8)} ${perRequest(used.user + used.system)} µs of CPU per request, ${perRequest((performance.now() - started) * 1000)} µs of wall time`,
  );
}
await app.close();
