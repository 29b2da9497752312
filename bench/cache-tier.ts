import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startLocalStack } from '../deploy/local-stack.ts';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { createApiKey } from '../src/resources/keys/repository.ts';
import { random } from '../seed/generate.ts';

/**
 * `npm run bench:cache [-- --db data/bench.db --seconds 5 --writes 30]` (also the end of `npm run bench`):
 * the API behind Varnish (deploy/varnish/dateline.vcl) on the generated newsroom.
 *  - hit path: req/s for the same article URLs (a set of 200, warmed) from the API and from Varnish;
 *  - purge-to-fresh: after a write's answer, how long until Varnish serves the new version
 *    (the API purges through its outbox; the reader polls Varnish every millisecond).
 * Load generator, API and Varnish share this machine: compare the ratio rather than the absolute figures.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    seconds: { type: 'string', default: '5' },
    writes: { type: 'string', default: '30' },
  },
});
const seconds = Number(values.seconds);
if (!existsSync(values.db)) {
  console.error(`No ${values.db}: run \`npm run bench:data -- --articles 100000\` first.`);
  process.exit(1);
}

const db = openDatabase(values.db);
const { secret } = await createApiKey(db, 'bench: cache tier', ['write']);
const slugs = db.$client
  .prepare("SELECT slug FROM articles WHERE status = 'published' AND slug LIKE 'gen-%' ORDER BY rowid LIMIT 5000")
  .pluck()
  .all() as string[];
closeDatabase(db);
const { pick } = random(14);
const hot = Array.from({ length: 200 }, () => pick(slugs));
const articlePath = (slug: string) => `/articles/${slug}?include=quotes,people,places,organisations`;

// As `npm start` runs it: compiled JavaScript with the start script's Node options.
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
const stack = await startLocalStack({
  apiArgs: startScript
    .split(' ')
    .filter((word) => word !== 'exec')
    .slice(1),
  env: { DATABASE_PATH: values.db, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000' },
});

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(url: string): Promise<{ status: number; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: String(res.headers['x-cache']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function throughput(base: string) {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections: 50,
    duration: seconds,
    // Readers' clients take gzip: Varnish stores the gzip body once, the API compresses each answer.
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: (request) => ({ ...request, path: articlePath(hot[i++ % hot.length]!) }) }],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${base}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/** One write, then poll Varnish until it serves the written version: ms from the write's answer. */
async function purgeToFresh(n: number) {
  const slug = pick(hot);
  const cached = stack.varnish.url + articlePath(slug);
  await get(cached);
  if ((await get(cached)).cache !== 'HIT') throw new Error(`${cached} is not cached`);
  const authorization = `Bearer ${secret}`;
  const read = await fetch(`${stack.apiUrl}/articles/${slug}`, { headers: { authorization } });
  const marker = `Purge check ${n} ${Date.now()}`;
  const written = await fetch(`${stack.apiUrl}/articles/${slug}`, {
    method: 'PATCH',
    headers: { authorization, 'content-type': 'application/json', 'if-match': read.headers.get('etag') ?? '' },
    body: JSON.stringify({ standfirst: marker }),
  });
  if (!written.ok) throw new Error(`PATCH ${slug}: ${written.status} ${await written.text()}`);
  const answered = performance.now();
  for (;;) {
    const response = await get(cached);
    if (response.body.includes(marker)) return performance.now() - answered;
    if (performance.now() - answered > 10_000) throw new Error(`${cached} still stale after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

try {
  for (const slug of hot) await get(stack.varnish.url + articlePath(slug));
  const origin = await throughput(stack.apiUrl);
  const cached = await throughput(stack.varnish.url);
  const latencies: number[] = [];
  for (let n = 0; n < Number(values.writes); n += 1) latencies.push(await purgeToFresh(n));
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  console.log('\n| through | req/s (50 conn, gzip, 200 hot articles + includes) | ratio |');
  console.log('| --- | ---: | ---: |');
  console.log(`| API (origin) | ${Math.round(origin)} | 1 |`);
  console.log(`| Varnish, hit path | ${Math.round(cached)} | ${(cached / origin).toFixed(1)} |`);
  console.log(
    `\nPurge to fresh through Varnish, ${latencies.length} writes: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms` +
      ' (from the write’s answer to the first read of the new version)',
  );
} finally {
  agent.destroy();
  await stack.stop();
}
