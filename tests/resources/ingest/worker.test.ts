import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../src/core/http/errors.ts';
import { storeIngest } from '../../../src/resources/ingest/repository.ts';
import { extractWith, lexiconOf } from '../../../src/resources/ingest/lexicon.ts';
import { ExtractionBusyError, createExtractionPool } from '../../../src/resources/ingest/extraction-pool.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

let ingestsRunning = 0;
const ctx = useSeededApp({
  setup: (app) => {
    // Counted once the body is parsed and validated, just before the handler reads the text.
    app.addHook('preHandler', async (request) => {
      if (request.routeOptions.url === '/ingest') ingestsRunning++;
    });
  },
});

async function articleCount(): Promise<number> {
  // PostgreSQL answers count(*) as a string.
  const [row] = await sqlOf(ctx.app.db).all<{ n: number | string }>('SELECT count(*) AS n FROM articles');
  return Number(row?.n);
}

/** Some 300 KB of wire copy: long enough to take a while to read. */
const longCopy = Array.from(
  { length: 1500 },
  (_, i) =>
    `Talks in Geneva continued on day ${i}, officials said. "We are making progress," Foreign Minister ` +
    `Andrii Sybiha told reporters in Kyiv. The Kremlin declined to comment on the talks.`,
).join('\n\n');

describe('ingest off the event loop', () => {
  // Extraction used to run in the request handler: nothing else was answered until the whole text was
  // read and written. Now it runs in a worker thread, and the handler only writes the result.
  it('answers other requests while it reads a long text', async () => {
    const before = await articleCount();
    const ingest = ctx.app.inject({
      method: 'POST',
      url: '/ingest',
      headers: await bearer(ctx.app, 'write'),
      payload: { text: longCopy },
    });
    // Wait, turn by turn of the event loop, until the ingest handler has begun.
    while (ingestsRunning === 0) await new Promise((resolve) => setImmediate(resolve));
    const health = await ctx.app.inject('/health');
    expect(health.statusCode).toBe(200);
    // Had the handler read the text on the event loop, the draft would be written before /health ran at all.
    expect(await articleCount()).toBe(before);
    expect((await ingest).statusCode).toBe(201);
    expect(await articleCount()).toBe(before + 1);
  });

  it('refuses extractions beyond its queue as busy, and keeps serving the others', async () => {
    const pool = createExtractionPool({ threads: 1, queue: 1 });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, () => pool.extract(ctx.app.db, 'Talks resumed, officials said.')),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused.length).toBeGreaterThan(0);
      for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(ExtractionBusyError);
      expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  // The lexicon is read in the worker, before the writing: an editor may delete a person meanwhile.
  it('refuses with 409, writing nothing, when an entity the text names was deleted while it was read', async () => {
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: await bearer(ctx.app, 'write'),
      payload: { name: 'Olena Petrenko' },
    });
    expect(person.statusCode).toBe(201);
    const extracted = extractWith('Olena Petrenko said talks would resume.', await lexiconOf(ctx.app.db));
    expect(extracted.extraction.mentions.map((m) => m.entity.id)).toContain(person.json().data.id);
    await sqlOf(ctx.app.db).run('DELETE FROM people WHERE id = $1', person.json().data.id);
    const before = await articleCount();
    await expect(
      storeIngest(ctx.app.db, 'Olena Petrenko said talks would resume.', extracted, {}, null),
    ).rejects.toThrow(ConflictError);
    expect(await articleCount()).toBe(before);
  });

  it('reads the names again once they change: a person added between two ingests is linked, not suggested', async () => {
    const writer = await bearer(ctx.app, 'write');
    const ingest = (text: string) =>
      ctx.app.inject({ method: 'POST', url: '/ingest?dryRun=true', headers: writer, payload: { text } });
    expect((await ingest('Officials said talks would resume.')).statusCode).toBe(200);
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: writer,
      payload: { name: 'Taras Melnykovych', aliases: ['Melnykovych'] },
    });
    expect(person.statusCode).toBe(201);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/ingest',
      headers: writer,
      payload: { text: '"Talks will resume," Melnykovych told reporters on Monday.' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().data.suggested).toEqual([]);
    const quotes = await ctx.app.inject({
      url: `/quotes?article=${created.json().data.article.id}&include=speaker`,
      headers: writer,
    });
    expect(quotes.json().data.map((q: any) => q.speaker?.id)).toEqual([person.json().data.id]);
  });
});
