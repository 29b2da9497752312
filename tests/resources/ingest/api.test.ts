import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readAnnotation } from '../../../seed/load.ts';
import { bearer, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();
const seedText = readFileSync('seed/000_b6e65d337dfa450f.txt', 'utf8');

async function ingest(payload: object, query = '') {
  return ctx.app.inject({ method: 'POST', url: `/ingest${query}`, headers: await bearer(ctx.app, 'write'), payload });
}

async function count(table: string): Promise<number> {
  // PostgreSQL answers count(*) as a string.
  const [row] = await sqlOf(ctx.app.db).all<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n);
}

const counts = (...tables: string[]) => Promise.all(tables.map(count));

/** Makes every insert into mentions fail as the store's own rule-keeping triggers do (a 409 guard). */
async function failMentions(): Promise<void> {
  const sql = sqlOf(ctx.app.db);
  if (TEST_STORE === 'sqlite') {
    await sql.run(
      "CREATE TEMP TRIGGER fail_mentions BEFORE INSERT ON mentions BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    return;
  }
  // SQLSTATE 23D01 is what the PostgreSQL guards raise where SQLite's RAISE(ABORT).
  await sql.run(
    "CREATE FUNCTION fail_mentions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire' USING ERRCODE = '23D01'; END $$",
  );
  await sql.run('CREATE TRIGGER fail_mentions BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION fail_mentions()');
}

async function dropFailMentions(): Promise<void> {
  const sql = sqlOf(ctx.app.db);
  if (TEST_STORE === 'sqlite') return sql.run('DROP TRIGGER fail_mentions');
  await sql.run('DROP TRIGGER fail_mentions ON mentions');
  await sql.run('DROP FUNCTION fail_mentions()');
}

/** The environment that points `npm run ingest` at the test app's database, on either store. */
function storeEnv(): Record<string, string | undefined> {
  if (TEST_STORE === 'sqlite') return { DATABASE_PATH: ctx.databasePath };
  return { DATABASE_URL: (ctx.app.db.$client as unknown as pg.Pool).options.connectionString };
}

/**
 * `npm run ingest` on the test app's database, its stdout. Not execFileSync: the app runs in this process, and
 * a blocked event loop would keep any transaction it had open (the leader renewing its lease) holding
 * PostgreSQL's write lock, which the script then waits for.
 */
async function ingestScript(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/ingest.ts', ...args], {
    env: { ...process.env, ...storeEnv() },
    encoding: 'utf8',
  });
  return stdout;
}

describe('POST /ingest', () => {
  it('turns the seed document into a draft with the curated direct and partial quotes and speakers', async () => {
    const response = await ingest({ text: seedText, headline: 'Ingested copy', publishedAt: '2025-04-08T00:00:00Z' });
    expect(response.statusCode).toBe(201);
    const { data } = response.json();
    expect(response.headers.location).toBe(`/articles/${data.article.id}`);
    expect(data.article).toMatchObject({
      status: 'draft',
      headline: 'Ingested copy',
      publishedAt: '2025-04-08T00:00:00.000Z',
    });
    expect(data.article.body.filter((b: { type: string }) => b.type === 'heading')).toHaveLength(3);

    const reader = await bearer(ctx.app, 'read:drafts');
    const article = (
      await ctx.app.inject({ url: `/articles/${data.article.id}?include=quotes`, headers: reader })
    ).json().data;
    const annotation = readAnnotation();
    const entities = [
      ...(await ctx.app.inject('/people?limit=100')).json().data,
      ...(await ctx.app.inject('/organisations?limit=100')).json().data,
    ] as { id: string; slug: string }[];
    const slugs = new Map(entities.map((entity) => [entity.id, entity.slug]));
    for (const gold of annotation.quotes.filter((q) => q.kind !== 'indirect')) {
      const found = article.quotes.find((q: { start: number }) => q.start === gold.start);
      expect(found, gold.text).toMatchObject({ text: gold.text, end: gold.end, kind: gold.kind });
      expect(slugs.get(found.speakerId), gold.text).toBe(gold.speaker?.slug);
    }
    for (const quote of article.quotes) expect(article.plainText.slice(quote.start, quote.end)).toBe(quote.text);
    // Nothing is published automatically.
    expect((await ctx.app.inject(`/articles/${data.article.id}`)).statusCode).toBe(404);
  });

  it('answers a dry run with the extraction, writing nothing', async () => {
    const before = await count('articles');
    const response = await ingest({ text: seedText }, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.quotes.length).toBeGreaterThanOrEqual(6);
    for (const quote of body.quotes) expect(seedText.slice(quote.start, quote.end)).toBe(quote.text);
    expect(await count('articles')).toBe(before);
  });

  it('creates unknown entities as suggestions for an editor, and reports what it was unsure of', async () => {
    const text =
      'President Amara Okafor of Freedonia said on Tuesday that the border would reopen.\n\n' +
      '"We have waited long enough," Okafor told reporters in Lagos.';
    const response = await ingest({ text });
    expect(response.statusCode).toBe(201);
    const { data } = response.json();
    const person = data.suggested.find((s: { type: string }) => s.type === 'person');
    expect(person?.name).toBe('Amara Okafor');
    const editor = await bearer(ctx.app, 'read:drafts');
    const stored = (await ctx.app.inject({ url: `/people/${person.id}`, headers: editor })).json().data;
    expect(stored.suggested).toBe(true);
    // Unconfirmed names may come from embargoed copy: the public does not see them.
    expect((await ctx.app.inject(`/people/${person.id}`)).statusCode).toBe(404);
    expect((await ctx.app.inject('/search?q=Okafor')).json().data).toEqual([]);
    expect((await ctx.app.inject('/people?q=Okafor')).json().data).toEqual([]);
    // Editors review them in a list of their own.
    expect((await ctx.app.inject('/people?suggested=true')).statusCode).toBe(401);
    const queue = await ctx.app.inject({ url: '/people?suggested=true&limit=100', headers: editor });
    expect(queue.json().data.map((p: { id: string }) => p.id)).toContain(person.id);
    expect(queue.json().data.every((p: { suggested: boolean }) => p.suggested)).toBe(true);
    const quotes = (
      await ctx.app.inject({
        url: `/articles/${data.article.id}?include=quotes`,
        headers: await bearer(ctx.app, 'read:drafts'),
      })
    ).json().data.quotes;
    expect(quotes.find((q: { kind: string }) => q.kind === 'direct')?.speakerId).toBe(person.id);
  });

  it('puts suggested places on the map, so that ?near= finds a region the newsroom did not know', async () => {
    const response = await ingest({ text: 'Shelling hit the Zaporizhzhia region overnight, the governor said.' });
    expect(response.statusCode).toBe(201);
    const editor = await bearer(ctx.app, 'read:drafts');
    // Near Zaporizhzhia, 47.8 N 35.2 E: the region's point is the mean of its towns.
    const near = await ctx.app.inject({ url: '/places?suggested=true&near=47.8,35.2&radius=150', headers: editor });
    expect(near.statusCode).toBe(200);
    const region = near.json().data.find((place: { name: string }) => place.name === 'Zaporizhzhia');
    expect(region).toMatchObject({ kind: 'region', suggested: true });
  });

  it('gives an honest empty result for text without quotes', async () => {
    const response = await ingest({
      text: 'The weather was mild across the region on Sunday.\n\nMarkets were closed.',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().data).toMatchObject({ quotes: 0 });
  });

  it.each([
    ['empty text', { text: '' }, 400],
    ['whitespace only', { text: '   \n\n  ' }, 400],
    ['binary', { text: '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000' + '\u0000'.repeat(50) }, 400],
    ['no text at all', { headline: 'x' }, 400],
    ['an unknown field', { text: 'Hello.', colour: 'red' }, 400],
  ])('refuses %s with a problem naming the field, writing nothing', async (_name, payload, status) => {
    const before = await counts('articles', 'people', 'quotes');
    const response = await ingest(payload);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.length).toBeGreaterThan(0);
    expect(await counts('articles', 'people', 'quotes')).toEqual(before);
  });

  it('refuses 10 MB of text with a 413, writing nothing', async () => {
    const before = await count('articles');
    const response = await ingest({ text: 'The talks went on. '.repeat(550_000) });
    expect(response.statusCode).toBe(413);
    expect(await count('articles')).toBe(before);
  });

  it('writes nothing at all when the ingest fails half way', async () => {
    const before = await counts('articles', 'people', 'quotes', 'mentions');
    await failMentions();
    try {
      const response = await ingest({ text: 'President Amara Okafor said the talks "went well" in Kyiv.' });
      expect(response.statusCode).toBe(409);
    } finally {
      await dropFailMentions();
    }
    expect(await counts('articles', 'people', 'quotes', 'mentions')).toEqual(before);
  });

  it('needs the write scope', async () => {
    expect((await ctx.app.inject({ method: 'POST', url: '/ingest', payload: { text: 'x' } })).statusCode).toBe(401);
    const reader = await ctx.app.inject({
      method: 'POST',
      url: '/ingest',
      headers: await bearer(ctx.app, 'read:drafts'),
      payload: { text: 'x' },
    });
    expect(reader.statusCode).toBe(403);
  });
});

describe('npm run ingest', () => {
  it('prints the dry-run extraction as one JSON object, with offsets into the file', async () => {
    const out = await ingestScript('--dry-run', '--json', 'seed/000_b6e65d337dfa450f.txt');
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['quotes', 'mentions']);
    for (const quote of result.quotes) expect(seedText.slice(quote.start, quote.end)).toBe(quote.text);
    const direct = result.quotes.filter((q: { kind: string }) => q.kind === 'direct');
    expect(direct[0].speaker).toMatchObject({ name: 'Volodymyr Zelensky', type: 'person' });
  });

  it('creates a draft in the database', async () => {
    const before = await count('articles');
    const out = await ingestScript('--json', '--headline', 'From the CLI', 'tests/fixtures/ingest/03-split-quotes.txt');
    const summary = JSON.parse(out);
    expect(summary.articleId).toMatch(/^art_/);
    expect(summary.quotes).toBeGreaterThan(0);
    expect(await count('articles')).toBe(before + 1);
  });
});
