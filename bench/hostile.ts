import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/core/db/client.ts';
import { createApiKey } from '../src/resources/keys/repository.ts';
import { seedDatabase } from '../seed/load.ts';

/**
 * `npm run bench:hostile [-- --only search,ingest,put,slug,feed]`: the hostile inputs of issue 11,
 * each measured as the time one request takes and the longest the event loop stood still meanwhile
 * (every other request waits that long). In-process (app.inject) on a fresh seeded database.
 *
 * - search: a published article of 0.1 / 0.3 / 1.0 / 1.9 MB of lorem ipsum, then /search?q=lorem&limit=1
 * - ingest: POST /ingest of 0.1 / 0.2 / 0.4 MB of capitalised words (`--ingest-mb` to change)
 * - put: PUT of a 10,000-block article with a mention in every block, every block edited
 * - slug: the 2,000th article with the same headline
 * - feed: /articles/feed.json over ten published 1.9 MB articles: bytes and RSS growth
 */

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'search,ingest,put,slug,feed' },
    'ingest-mb': { type: 'string', default: '0.1,0.2,0.4' },
  },
});
const only = new Set(values.only.split(','));

const LOREM =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(
    ' ',
  );

/** About `bytes` of lorem ipsum, in paragraphs of some 600 characters. */
function lorem(bytes: number, capitalised = false): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  let i = 0;
  while (total < bytes) {
    const words: string[] = [];
    for (let w = 0; w < 100; w++, i++) {
      const word = LOREM[i % LOREM.length] as string;
      words.push(capitalised ? word[0]!.toUpperCase() + word.slice(1) : word);
    }
    const paragraph = `${words.join(' ')}.`;
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs;
}

/** Runs `work` and reports its duration and the longest gap between ticks of a 1 ms timer meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  stall = Math.max(stall, performance.now() - last);
  clearInterval(timer);
  return { result, ms, stallMs: stall };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
const db = openDatabase(join(dir, 'hostile.db'));
await seedDatabase(db);
const app: FastifyInstance = await buildApp({
  config: loadConfig({ BODY_LIMIT_BYTES: String(8 * 1024 * 1024), RATE_LIMIT_MAX: '1000000' }),
  db,
  logger: false,
});
await app.ready();
const writer = { authorization: `Bearer ${(await createApiKey(db, 'bench', ['write'])).secret}` };

async function createArticle(headline: string, body: { type: string; text: string }[]) {
  const created = await app.inject({
    method: 'POST',
    url: '/articles',
    headers: writer,
    payload: { headline, language: 'en', body },
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body.slice(0, 300)}`);
  return { id: created.json<{ data: { id: string } }>().data.id, etag: created.headers.etag as string };
}

async function publish(id: string, etag: string) {
  const published = await app.inject({
    method: 'PUT',
    url: `/articles/${id}/status`,
    headers: { ...writer, 'if-match': etag },
    payload: { status: 'published' },
  });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
}

const paragraphs = (texts: string[]) => texts.map((text) => ({ type: 'paragraph', text }));

if (only.has('search')) {
  console.log('\nsearch: /search?q=lorem&limit=1 with one long published article');
  for (const mb of [0.1, 0.3, 1.0, 1.9]) {
    const { id, etag } = await createArticle(`Lorem ${mb} MB`, paragraphs(lorem(mb * 1e6)));
    await publish(id, etag);
    const { result, ms, stallMs } = await timed(() => app.inject('/search?q=lorem&limit=1'));
    console.log(`  ${mb} MB: ${result.statusCode} in ${fmt(ms)}, event loop stalled ${fmt(stallMs)}`);
    db.$client.prepare('DELETE FROM articles WHERE id = ?').run(id);
  }
}

if (only.has('ingest')) {
  console.log('\ningest: POST /ingest of capitalised words');
  for (const mb of values['ingest-mb'].split(',').map(Number)) {
    const text = lorem(mb * 1e6, true).join('\n\n');
    const { result, ms, stallMs } = await timed(() =>
      app.inject({ method: 'POST', url: '/ingest', headers: writer, payload: { text } }),
    );
    console.log(`  ${mb} MB: ${result.statusCode} in ${fmt(ms)}, event loop stalled ${fmt(stallMs)}`);
  }
  console.log('ingest: POST /ingest of wire copy, a quote and four names a paragraph');
  for (const count of [150, 1500]) {
    const text = Array.from(
      { length: count },
      (_, i) =>
        `Talks in Geneva continued on day ${i}, officials said. "We are making progress," Foreign Minister ` +
        `Andrii Sybiha told reporters in Kyiv. The Kremlin declined to comment on the talks.`,
    ).join('\n\n');
    const { result, ms, stallMs } = await timed(() =>
      app.inject({ method: 'POST', url: '/ingest', headers: writer, payload: { text } }),
    );
    const found = result.json<{ data: { quotes: number; mentions: number } }>().data;
    console.log(
      `  ${count} paragraphs (${(text.length / 1e3).toFixed(0)} KB, ${found.quotes} quotes, ${found.mentions} mentions): ` +
        `${result.statusCode} in ${fmt(ms)}, event loop stalled ${fmt(stallMs)}`,
    );
  }
}

if (only.has('put')) {
  console.log('\nput: PUT of a 10,000-block article, a mention in every block, every block edited');
  const texts = Array.from({ length: 10_000 }, (_, i) => `Block ${i}: Zelensky spoke in Kyiv about talks.`);
  const { id } = await createArticle('Ten thousand blocks', paragraphs(texts));
  // Mentions straight into the table: the API has no route for them (ingest makes them).
  const person = db.$client.prepare("SELECT id FROM people WHERE slug = 'volodymyr-zelensky'").pluck().get();
  const insert = db.$client.prepare(
    'INSERT INTO mentions (article_id, person_id, start_offset, end_offset) VALUES (?, ?, ?, ?)',
  );
  db.$client.transaction(() => {
    let at = 0;
    for (const text of texts) {
      const start = at + text.indexOf('Zelensky');
      insert.run(id, person, start, start + 'Zelensky'.length);
      at += text.length + 2;
    }
  })();
  const current = await app.inject({ url: `/articles/${id}`, headers: writer });
  const edited = paragraphs(texts.map((text, i) => `${text} Updated ${i}.`));
  const { result, ms, stallMs } = await timed(() =>
    app.inject({
      method: 'PUT',
      url: `/articles/${id}`,
      headers: { ...writer, 'if-match': current.headers.etag as string },
      payload: { headline: 'Ten thousand blocks', language: 'en', body: edited },
    }),
  );
  const kept = db.$client.prepare('SELECT count(*) FROM mentions WHERE article_id = ?').pluck().get(id) as number;
  console.log(`  ${result.statusCode} in ${fmt(ms)}, event loop stalled ${fmt(stallMs)}; mentions kept: ${kept}`);
}

if (only.has('slug')) {
  console.log('\nslug: articles with the same headline');
  const times: number[] = [];
  for (let n = 1; n <= 2000; n++) {
    const started = performance.now();
    await createArticle('Breaking news', paragraphs(['Text.']));
    times.push(performance.now() - started);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  console.log(
    `  1st–10th: ${fmt(median(times.slice(0, 10)))} each; 1,991st–2,000th: ${fmt(median(times.slice(-10)))} each`,
  );
}

if (only.has('feed')) {
  console.log('\nfeed: /articles/feed.json over ten published 1.9 MB articles');
  const text = lorem(1.9e6);
  for (let i = 0; i < 10; i++) {
    const { id, etag } = await createArticle(`Long read ${i}`, paragraphs(text));
    await publish(id, etag);
  }
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  for (const format of ['json', 'rss', 'atom']) {
    const { result, ms } = await timed(() => app.inject(`/articles/feed.${format}`));
    console.log(
      `  feed.${format}: ${result.statusCode}, ${(result.rawPayload.length / 1e6).toFixed(2)} MB in ${fmt(ms)}`,
    );
  }
  console.log(`  RSS growth while serving them: ${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`);
}

await app.close();
rmSync(dir, { recursive: true, force: true });
