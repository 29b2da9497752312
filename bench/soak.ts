import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { createApiKey } from '../src/resources/keys/repository.ts';
import { seedDatabase } from '../seed/load.ts';
import { generateDataset, random } from '../seed/generate.ts';

/**
 * `npm run soak -- --seconds 60 --connections 50 [--rate 300 --writes 0.1 --articles 2000 --warmup 10]`: mixed
 * traffic against the compiled server (run as `npm start` runs it) on loopback, on a fresh database
 * with a generated newsroom. A tenth of the requests write (drafts, edits, people, small ingests);
 * the rest read (lists with filters, articles with includes, search, feeds, the change feed).
 * Reports requests per second, p50/p99 for reads and writes apart, 5xx, and the server's RSS after
 * the warm-up and at the end. Targets: no 5xx; reads p99 under 50 ms; RSS flat after the warm-up.
 */

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '20' },
    writes: { type: 'string', default: '0.1' },
    articles: { type: 'string', default: '2000' },
    warmup: { type: 'string' },
    rate: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const writeShare = Number(values.writes);
const warmup = Number(values.warmup ?? Math.min(10, Math.ceil(seconds / 4)));
/** Requests per second across all connections; as many as the server answers when absent. */
const rate = values.rate === undefined ? undefined : Number(values.rate);
for (const [name, value] of Object.entries({ seconds, connections, writeShare, warmup, rate: rate ?? 0 })) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
}
if (seconds > 3600 || connections > 1000) throw new Error('a soak is bounded: at most 3600 seconds, 1000 connections');

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A fresh database: the seed and a generated newsroom; a write key; then the data the requests draw from.
const dir = mkdtempSync(join(tmpdir(), 'dateline-soak-'));
const databasePath = join(dir, 'soak.db');
const db = openDatabase(databasePath);
await seedDatabase(db);
generateDataset(db, {
  articles: Number(values.articles),
  people: 2000,
  places: 1000,
  organisations: 400,
  seed: 11,
});
const authorization = `Bearer ${(await createApiKey(db, 'soak', ['write'])).secret}`;
const column = (sql: string) => db.$client.prepare(sql).pluck().all() as string[];
const articles = column("SELECT slug FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
const articleIds = column("SELECT id FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
const people = column("SELECT slug FROM people WHERE slug LIKE 'gen-%'");
const places = column("SELECT slug FROM places WHERE slug LIKE 'gen-%'");
const surnames = column("SELECT substr(json_extract(aliases, '$[0]'), 1, 5) FROM people WHERE slug LIKE 'gen-%'");
closeDatabase(db);

const { next, pick } = random(42);
const READS: (() => string)[] = [
  () => '/articles?limit=20',
  () => `/articles/${pick(articles)}?include=quotes,people,places,organisations`,
  () => `/articles?person=${pick(people)}`,
  () => `/articles?place=${pick(places)}`,
  () => `/quotes?speaker=${pick(people)}`,
  () => `/people?q=${encodeURIComponent(pick(surnames))}`,
  () => `/search?q=${encodeURIComponent(pick(surnames))}`,
  () => `/people/${pick(people)}`,
  () => '/articles/feed.json',
  () => '/changes?limit=50',
];

interface Write {
  kind: string;
  method: 'POST' | 'PATCH';
  path: string;
  body: object;
  headers?: Record<string, string>;
}
const paragraph = () => ({
  type: 'paragraph',
  text: `Talks resumed on day ${Math.floor(next() * 1000)}, officials said.`,
});
/**
 * The writes, by weight: a desk edits and files far more often than it ingests wire copy (an
 * ingest reads the text in a worker thread, several hundred milliseconds of CPU with a newsroom of
 * a few thousand names; beyond what the threads keep up with it answers 503 with Retry-After).
 */
const WRITES: [number, () => Write][] = [
  [
    40,
    () => ({
      kind: 'draft',
      method: 'POST',
      path: '/articles',
      body: { headline: `Soak draft ${next()}`, language: 'en', body: [paragraph(), paragraph()] },
    }),
  ],
  [
    35,
    () => ({
      kind: 'edit',
      method: 'PATCH',
      path: `/articles/${pick(articleIds)}`,
      headers: { 'if-match': '*' },
      body: { standfirst: `Updated at ${new Date().toISOString()}` },
    }),
  ],
  [20, () => ({ kind: 'person', method: 'POST', path: '/people', body: { name: `Soak Person ${next()}` } })],
  [
    5,
    () => ({
      kind: 'ingest',
      method: 'POST',
      path: '/ingest',
      body: { text: `"We are ready to talk," Foreign Minister Andrii Sybiha said in Kyiv on day ${next()}.` },
    }),
  ],
];
const totalWeight = WRITES.reduce((sum, [weight]) => sum + weight, 0);
function drawWrite(): Write {
  let draw = next() * totalWeight;
  for (const [weight, make] of WRITES) {
    if ((draw -= weight) < 0) return make();
  }
  return (WRITES[0] as [number, () => Write])[1]();
}

/** Per connection: what its request in flight is, and when it was sent (one at a time, no pipelining). */
interface RequestContext {
  write: boolean;
  kind: string;
  sentAt: number;
}

interface Sample {
  write: boolean;
  kind: string;
  ms: number;
  status: number;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  // As `npm start` runs it: compiled, with its Node options and default settings, access log included.
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '--max-semi-space-size=4', '--heap-growing-percent=50', 'dist/src/server.js'],
    {
      env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, LOG_FORMAT: 'json', RATE_LIMIT_MAX: '1000000000' },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      // From here on the logs are drained, never kept.
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ child, url });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

/** The resident set of process `pid`, in MB (Linux). */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number);

const server = await startServer();
const pid = server.child.pid as number;
const samples: Sample[] = [];
const started = performance.now();
let measuring = false;
let rssAfterWarmup = 0;
let rssPeak = 0;
/** RSS every tenth of the measured time, to tell growth that levels off from a leak. */
const rssTimeline: number[] = [];
const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(pid))), 500);
const timelineTimer = setInterval(() => rssTimeline.push(rssOf(pid)), (seconds * 1000) / 10);
const warmupTimer = setTimeout(() => {
  measuring = true;
  rssAfterWarmup = rssOf(pid);
}, warmup * 1000);

console.log(
  `soak: ${connections} connections, ${warmup} s warm-up + ${seconds} s, ${Math.round(writeShare * 100)} % writes, ` +
    `${articles.length} published articles${rate === undefined ? '' : `, ${rate} req/s offered`}`,
);
const result = await autocannon({
  url: server.url,
  connections,
  duration: warmup + seconds,
  ...(rate !== undefined && { overallRate: rate }),
  requests: [
    {
      setupRequest: (request, state: object) => {
        const context = state as RequestContext;
        context.sentAt = performance.now();
        context.write = next() < writeShare;
        context.kind = 'read';
        if (!context.write) return { ...request, method: 'GET', path: pick(READS)() };
        const write = drawWrite();
        context.kind = write.kind;
        return {
          ...request,
          method: write.method,
          path: write.path,
          headers: { authorization, 'content-type': 'application/json', ...write.headers },
          body: JSON.stringify(write.body),
        };
      },
      onResponse: (status, _body, state: object) => {
        const context = state as RequestContext;
        if (!measuring) return;
        samples.push({ write: context.write, kind: context.kind, ms: performance.now() - context.sentAt, status });
      },
    },
  ],
});
clearInterval(rssTimer);
clearInterval(timelineTimer);
clearTimeout(warmupTimer);
const rssEnd = rssOf(pid);
const measuredSeconds = (performance.now() - started) / 1000 - warmup;
server.child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const report = (label: string, of: Sample[]) => {
  const sorted = of.map((s) => s.ms).sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const sample of of) statuses.set(sample.status, (statuses.get(sample.status) ?? 0) + 1);
  const breakdown = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
  console.log(
    `  ${label.padEnd(8)} ${(of.length / measuredSeconds).toFixed(0).padStart(6)} req/s  ` +
      `p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms  ` +
      `5xx ${of.filter((s) => s.status >= 500).length}  (${breakdown.join(' ')})`,
  );
};
console.log(`after the warm-up, ${measuredSeconds.toFixed(0)} s:`);
report('all', samples);
report(
  'reads',
  samples.filter((s) => !s.write),
);
report(
  'writes',
  samples.filter((s) => s.write),
);
for (const kind of [...new Set(samples.filter((s) => s.write).map((s) => s.kind))].sort()) {
  report(
    `  ${kind}`,
    samples.filter((s) => s.kind === kind),
  );
}
console.log(
  `  RSS after warm-up ${rssAfterWarmup.toFixed(0)} MB, at the end ${rssEnd.toFixed(0)} MB ` +
    `(${rssEnd - rssAfterWarmup >= 0 ? '+' : ''}${(rssEnd - rssAfterWarmup).toFixed(0)} MB), peak ${rssPeak.toFixed(0)} MB`,
);
console.log(`  RSS through the run (MB): ${rssTimeline.map((mb) => mb.toFixed(0)).join(' ')}`);
console.log(`  connection errors ${result.errors}, timeouts ${result.timeouts}`);
