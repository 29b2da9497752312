import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase, type Db } from '../src/core/db/client.ts';
import { openPostgres, postgresDb } from '../src/core/db/postgres/client.ts';
import { articleDocument, storeMissingDocuments } from '../src/resources/articles/document.ts';
import { DOCUMENT_INCLUDES } from '../src/resources/articles/document-parts.ts';
import { changeCursor } from '../src/resources/changes/repository.ts';
import { mergeSearchIndexes } from '../src/resources/search/index-upkeep.ts';
import { random } from '../seed/generate.ts';

/**
 * `npm run bench [-- --db data/bench.db --seconds 5 --rounds 3]`: the API on the generated newsroom, query
 * type by type. With `--url postgres://…` the API runs on that PostgreSQL database instead, which must
 * hold a copy of the `--db` file (`npm run bench:data -- --url …` makes both): requests are drawn from
 * the file, and there is no naive twin (it reads SQLite). For each: latency p50/p99 with one connection, then throughput with 50 connections
 * (the median of `--rounds` windows) next to a bare Fastify route serving the very same response bytes from
 * memory, and, for single articles and article and quote lists, next to a naive database-backed twin
 * (naive-server.ts: one prepared statement, JSON.stringify, plain Fastify) reading the same rows, the two
 * taking turns window by window in the same run.
 * Every request draws its id, filter value or search term at random from the data.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    url: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive whole number');
if (!existsSync(values.db)) {
  console.error(`No ${values.db}: run \`npm run bench:data -- --articles 100000\` first.`);
  process.exit(1);
}

// The API stores each article's document after its first read (document.ts), so a server that has been
// up a while holds them all. Build the missing ones now, on either store, so the figures show that
// steady state rather than a warm-up, and say what a first build costs.
async function storeDocuments(db: Db) {
  const started = performance.now();
  const built = await storeMissingDocuments(db);
  const elapsed = performance.now() - started;
  if (built > 0) console.log(`Stored ${built} article documents, ${((elapsed * 1000) / built).toFixed(0)} µs each`);
}

if (values.url) {
  const store = await openPostgres(values.url, { poolSize: 1, statementTimeoutMs: 0 });
  await storeDocuments(postgresDb(store.db));
  await store.close();
} else {
  const db = openDatabase(values.db);
  await storeDocuments(db);
  // Likewise a server up a while has merged its search indexes (search/index-upkeep.ts) at start, and
  // hourly: do it before the server starts, not in its background while it is measured.
  const mergeStarted = performance.now();
  const merged = await mergeSearchIndexes(db);
  if (merged.length > 0) {
    const segments = merged.map(({ index, segments }) => `${index} ${segments}`).join(', ');
    console.log(`Merged search index segments (${segments}) in ${(performance.now() - mergeStarted).toFixed(0)} ms`);
  }

  // The floor under the single-article route: reading one stored document, in this process, no HTTP.
  const slugs = db.$client
    .prepare("SELECT slug FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'")
    .pluck()
    .all() as string[];
  const draw = random(7);
  const reads = 20_000;
  const cpu = process.cpuUsage();
  for (let i = 0; i < reads; i += 1) await articleDocument(db, draw.pick(slugs), new Set(DOCUMENT_INCLUDES));
  const used = process.cpuUsage(cpu);
  console.log(
    `Reading a random stored document in-process: ${((used.user + used.system) / reads).toFixed(0)} µs of CPU`,
  );
  closeDatabase(db);
}

// A seeded PRNG: the same run draws the same requests.
const { next, pick } = random(42);

const data = new Database(values.db, { readonly: true });
const column = (sql: string) => data.prepare(sql).pluck().all() as string[];
const articleIds = column("SELECT id FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
const articles = column("SELECT slug FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
const people = column("SELECT slug FROM people WHERE slug LIKE 'gen-%'");
const organisations = column("SELECT slug FROM organisations WHERE slug LIKE 'gen-%'");
const countries = column("SELECT slug FROM places WHERE kind = 'country' AND slug LIKE 'gen-%'");
const regions = column("SELECT slug FROM places WHERE kind = 'region' AND slug LIKE 'gen-%'");
const towns = column("SELECT slug FROM places WHERE kind IN ('city', 'village') AND slug LIKE 'gen-%'");
const surnames = column("SELECT substr(json_extract(aliases, '$[0]'), 1, 5) FROM people WHERE slug LIKE 'gen-%'");
const placeNames = column("SELECT substr(name, 1, instr(name, ' ') - 1) FROM places WHERE slug LIKE 'gen-town-%'");
const words = [
  'talks',
  'sanctions',
  'ceasefire',
  'parliament',
  'reconstruction',
  'border',
  'summit',
  'budget',
  'court',
  'protest',
];
const nationalities = column('SELECT DISTINCT nationality FROM people WHERE nationality IS NOT NULL');
const maxSeq = Number(data.prepare('SELECT max(seq) FROM changes').pluck().get());
const dates = () => {
  const from = new Date(Date.parse('2021-01-01') + Math.floor(next() * 1700) * 86_400_000).toISOString().slice(0, 10);
  return `from=${from}&to=${new Date(Date.parse(from) + 30 * 86_400_000).toISOString().slice(0, 10)}`;
};
data.close();

/** Each query type, and how to draw one of its requests. */
const QUERIES: Record<string, () => string> = {
  // What the API's per-request work costs on a route that reads nothing.
  'health (reads nothing)': () => '/health',
  'article by id': () => `/articles/${pick(articleIds)}`,
  'articles (list of 20)': () => '/articles',
  'article + includes': () => `/articles/${pick(articles)}?include=quotes,people,places,organisations`,
  'articles by person': () => `/articles?person=${pick(people)}`,
  'articles by place (country, descendants)': () => `/articles?place=${pick(countries)}`,
  'articles by region': () => `/articles?place=${pick(regions)}`,
  'articles by organisation': () => `/articles?organisation=${pick(organisations)}`,
  'articles by date range': () => `/articles?${dates()}`,
  'articles by language': () => `/articles?language=${pick(['fr', 'de', 'uk'])}`,
  'quotes by speaker': () => `/quotes?speaker=${pick(people)}`,
  'quotes by kind + channel': () =>
    `/quotes?kind=direct&channel=${encodeURIComponent(pick(['press conference', 'post on X', 'interview']))}`,
  'quotes naming a place': () => `/quotes?place=${pick(towns)}`,
  'people by nationality': () => `/people?nationality=${pick(nationalities)}`,
  'people by name prefix': () => `/people?q=${encodeURIComponent(pick(surnames))}`,
  'places near a point': () =>
    `/places?near=${(next() * 120 - 60).toFixed(2)},${(next() * 340 - 170).toFixed(2)}&radius=500`,
  'places in a country': () => `/places?parent=${pick(countries)}&descendants=true`,
  'organisations by kind': () => `/organisations?kind=${pick(['government', 'military', 'company', 'charity'])}`,
  // Readers search for names far more than for common words; half the searches add a word.
  search: () => `/search?q=${encodeURIComponent(next() < 0.5 ? pick(surnames) : `${pick(placeNames)} ${pick(words)}`)}`,
  'change feed': () => `/changes?since=${changeCursor(Math.floor(next() * maxSeq))}`,
};

/** The query types the naive twin answers too (the same URL, the same rows); none on PostgreSQL. */
const NAIVE_TWIN = new Set<string>(
  values.url
    ? []
    : [
        'article by id',
        'articles (list of 20)',
        'articles by person',
        'articles by place (country, descendants)',
        'articles by region',
        'articles by organisation',
        'articles by date range',
        'articles by language',
        'quotes by speaker',
        'quotes by kind + channel',
      ],
);

function startProcess(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match?.[1]) return;
      // From here on the logs are only drained, never kept: the load generator must stay idle.
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${output}`)));
  });
}

/** Key order aside, the same JSON. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

/** The naive twin must read the very rows (and fields) the API answers, or the ratio means nothing. */
async function sameRows(name: string, path: string, apiBody: string) {
  const naiveBody = await (await fetch(naive!.url + path)).text();
  const data = (body: string) => JSON.stringify(canonical((JSON.parse(body) as { data: unknown }).data));
  if (data(apiBody) !== data(naiveBody)) throw new Error(`${name}: the naive twin answers ${path} differently`);
}

async function load(url: string, connections: number, path: () => string) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

interface Throughput {
  /** Requests a second, the window's average. */
  rate: number;
  cpuPerRequest: number;
}

/** One window of load on one server, and the CPU its process spent per request in it. */
async function measure(server: { url: string; child: ChildProcess }, path: () => string): Promise<Throughput> {
  const cpu = cpuMicroseconds(server.child.pid);
  const result = await load(server.url, 50, path);
  return {
    rate: result.requests.average,
    cpuPerRequest: (cpuMicroseconds(server.child.pid) - cpu) / result.requests.total,
  };
}

const medianOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The median window by rate, with that window's own CPU per request. */
const median = (windows: Throughput[]): Throughput => {
  const sorted = [...windows].sort((a, b) => a.rate - b.rate);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Throughput;
};

/**
 * One connection, one request at a time, timed to the microsecond (autocannon's latency histogram
 * counts whole milliseconds, too coarse for sub-millisecond queries).
 */
async function sequentialLatency(url: string, path: () => string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const timings: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url + path(), { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
    if (status !== 200) throw new Error(`${url}: status ${status}`);
    timings.push(performance.now() - started);
  }
  agent.destroy();
  timings.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), count: timings.length };
}

/** CPU time (user + system) a process has used, in µs, from /proc (clock ticks of 10 ms). */
function cpuMicroseconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

// The API runs as `npm start` runs it: compiled JavaScript, with the same Node options (the start
// script's arguments without its `exec`, run here by this Node so that its own process is the one measured).
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
const api = await startProcess(
  startScript
    .split(' ')
    .filter((word) => word !== 'exec')
    .slice(1),
  {
    ...(values.url ? { DATABASE_URL: values.url } : { DATABASE_PATH: values.db }),
    PORT: '0',
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '1000000000',
  },
);
console.log(`The API on ${values.url ? 'PostgreSQL' : 'SQLite'}, requests drawn from ${values.db}`);
const naive = values.url ? undefined : await startProcess(['--import', 'tsx', 'bench/naive-server.ts', values.db], {});
const rows: Record<string, string | number>[] = [];
try {
  for (const [name, draw] of Object.entries(QUERIES)) {
    if (values.only && !values.only.split(',').some((part) => name.includes(part))) continue;
    // The bare twin serves the very bytes the API answered for a sample of the same requests.
    const sample: { contentType: string; body: string }[] = [];
    for (let i = 0; i < 300; i += 1) {
      const path = draw();
      const response = await fetch(api.url + path);
      if (!response.ok) throw new Error(`${name}: ${response.status} ${await response.text()}`);
      sample.push({
        contentType: response.headers.get('content-type') ?? 'application/json',
        body: await response.text(),
      });
      if (i < 20 && NAIVE_TWIN.has(name)) await sameRows(name, path, sample.at(-1)?.body ?? '');
    }
    const file = join(mkdtempSync(join(tmpdir(), 'dateline-bench-')), 'responses.json');
    writeFileSync(file, JSON.stringify(sample));
    const bare = await startProcess(['--import', 'tsx', 'bench/bare-server.ts', file], {});
    try {
      const latency = await sequentialLatency(api.url, draw);
      // The API and its naive twin take turns, round after round (the first to go alternating), and each
      // keeps its median round: on a shared machine a burst of other work lands on one window, not on a
      // whole side, and the ratio is the median of each round's pair, measured seconds apart.
      const apiRounds: Throughput[] = [];
      const naiveRounds: Throughput[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const twinFirst = round % 2 === 1 && NAIVE_TWIN.has(name);
        if (twinFirst) naiveRounds.push(await measure(naive!, draw));
        apiRounds.push(await measure(api, draw));
        if (NAIVE_TWIN.has(name) && !twinFirst) naiveRounds.push(await measure(naive!, draw));
      }
      const apiThroughput = median(apiRounds);
      const bareThroughput = await measure(bare, () => `/bare/${Math.floor(next() * sample.length)}`);
      const naiveThroughput = naiveRounds.length > 0 ? median(naiveRounds) : undefined;
      const pairRatios = naiveRounds.map((twin, round) => (apiRounds[round]?.rate ?? 0) / twin.rate);
      const round2 = (x: number) => Math.round(x * 100) / 100;
      const row = {
        query: name,
        'p50 ms': latency.p50,
        'p99 ms': latency.p99,
        'req/s (50 conn)': Math.round(apiThroughput.rate),
        'bare req/s': Math.round(bareThroughput.rate),
        'ratio to bare': round2(apiThroughput.rate / bareThroughput.rate),
        'naive req/s': naiveThroughput === undefined ? '–' : Math.round(naiveThroughput.rate),
        'ratio to naive': pairRatios.length === 0 ? '–' : round2(medianOf(pairRatios)),
        'ratio per round': pairRatios.length === 0 ? '–' : pairRatios.map(round2).join(' / '),
        // What each request cost the server's CPU: steadier than req/s on a shared machine.
        'CPU µs/req': Math.round(apiThroughput.cpuPerRequest),
        'bare CPU µs/req': Math.round(bareThroughput.cpuPerRequest),
        'naive CPU µs/req': naiveThroughput === undefined ? '–' : Math.round(naiveThroughput.cpuPerRequest),
        'avg KiB': Math.round(sample.reduce((sum, r) => sum + r.body.length, 0) / sample.length / 1024),
        // Where the peak comes from: the API's peak so far, after this query type's runs.
        'peak RSS MB': Math.round(peakRssMb(api.child.pid)),
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    } finally {
      bare.child.kill('SIGTERM');
    }
  }
  const rss = peakRssMb(api.child.pid);
  console.log(
    '\n| query | p50 ms | p99 ms | req/s (50 conn) | bare req/s | ratio to bare | naive req/s | ratio to naive | ratio per round | CPU µs/req | bare CPU µs/req | naive CPU µs/req | avg KiB | peak RSS MB so far |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${Object.values(row).join(' | ')} |`);
  console.log(`\nPeak RSS of the API process: ${rss.toFixed(0)} MB`);
} finally {
  api.child.kill('SIGTERM');
  naive?.child.kill('SIGTERM');
}
