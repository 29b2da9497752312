import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_BODY_BYTES, ENTRY_SUMMARY_BYTES, cutToBytes } from '../../../src/resources/articles/feeds/render.ts';
import { feedEntriesByIds } from '../../../src/resources/articles/feeds/repository.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp({ env: { BODY_LIMIT_BYTES: String(4 * 1024 * 1024) } });
const parser = new XMLParser({ isArray: (name) => ['item', 'entry'].includes(name) });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const LONG_PARAGRAPH = 'Talks in Geneva went on into the night, officials from both delegations said. '.repeat(40);
const longIds: string[] = [];

/** Publishes an article; mentions the seed's Zelensky, for the person feed. */
async function publish(headline: string, body: { type: string; text: string }[], standfirst: string | null = null) {
  const writer = await bearer(ctx.app, 'write');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/articles',
    headers: writer,
    payload: { headline, standfirst, language: 'en', body },
  });
  expect(created.statusCode).toBe(201);
  const { id } = created.json().data;
  const published = await ctx.app.inject({
    method: 'PUT',
    url: `/articles/${id}/status`,
    headers: { ...writer, 'if-match': created.headers.etag as string },
    payload: { status: 'published' },
  });
  expect(published.statusCode).toBe(200);
  await sqlOf(ctx.app.db).run(
    `INSERT INTO mentions (article_id, person_id, start_offset, end_offset)
     SELECT $1, id, 0, 5 FROM people WHERE slug = 'volodymyr-zelensky'`,
    id,
  );
  return id as string;
}

// Long articles: 1 MB in 300 paragraphs; one paragraph of 100,000 characters; a 10,000-character standfirst.
beforeAll(async () => {
  longIds.push(
    await publish(
      'Many paragraphs',
      Array.from({ length: 300 }, () => ({ type: 'paragraph', text: LONG_PARAGRAPH })),
    ),
    await publish('One huge paragraph', [{ type: 'paragraph', text: 'Ünïcödé wörds & <tags> '.repeat(4000) }]),
    await publish(
      'A long standfirst',
      [
        { type: 'heading', text: 'First' },
        { type: 'paragraph', text: LONG_PARAGRAPH.repeat(30) },
      ],
      'é'.repeat(10_000),
    ),
  );
});

describe('feeds of long articles', () => {
  // Every entry used to carry its whole body, twice in JSON Feed: ten 1.9 MB articles made a 38 MB
  // feed.json and grew the process by 470 MB, for anyone who asked.
  it('give each entry at most 8 KiB of its opening and a link to the rest, in JSON Feed', async () => {
    for (const path of ['/articles/feed.json', '/people/volodymyr-zelensky/feed.json']) {
      const response = await ctx.app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.length, path).toBeLessThan(4 * 64 * 1024);
      const items: any[] = response.json().items;
      const long = items.filter((item) => longIds.includes(item.id));
      expect(long).toHaveLength(3);
      for (const item of long) {
        expect(bytes(item.content_text)).toBeLessThanOrEqual(ENTRY_BODY_BYTES + 4);
        expect(item.content_text.endsWith('…')).toBe(true);
        expect(item.content_html).toContain(`<a href="${item.url}">Continue reading</a>`);
        expect(bytes(item.content_html)).toBeLessThan(8 * ENTRY_BODY_BYTES);
        if (item.summary !== undefined) expect(bytes(item.summary)).toBeLessThanOrEqual(ENTRY_SUMMARY_BYTES);
      }
      const short = items.find((item) => !longIds.includes(item.id));
      expect(short.content_html).not.toContain('Continue reading');
      expect(short.content_text.endsWith('…')).toBe(false);
    }
  });

  it('do the same in RSS and Atom, which stay well-formed', async () => {
    for (const path of ['/articles/feed.rss', '/articles/feed.atom', '/people/volodymyr-zelensky/feed.atom']) {
      const response = await ctx.app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.length, path).toBeLessThan(4 * 64 * 1024);
      expect(XMLValidator.validate(response.body)).toBe(true);
      const parsed = parser.parse(response.body);
      const entries: any[] = parsed.rss?.channel.item ?? parsed.feed.entry;
      expect(entries.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('read only the opening of each body from the database', async () => {
    const entries = await feedEntriesByIds(ctx.app.db, longIds, { bodyChars: 1000, summaryChars: 100 });
    expect(entries.map((entry) => entry.id)).toEqual(longIds);
    for (const entry of entries) {
      expect(entry.truncated).toBe(true);
      expect(entry.blocks.reduce((sum, block) => sum + block.text.length, 0)).toBeLessThanOrEqual(2000);
      expect((entry.standfirst ?? '').length).toBeLessThanOrEqual(100);
    }
    const seeded = await sqlOf(ctx.app.db).all<{ id: string }>(
      "SELECT id FROM articles WHERE slug LIKE 'zelensky-says%'",
    );
    const [seed] = await feedEntriesByIds(
      ctx.app.db,
      seeded.map((row) => row.id),
      { bodyChars: 100_000, summaryChars: 100 },
    );
    expect(seeded).toHaveLength(1);
    expect(seed?.truncated).toBe(false);
    expect(seed?.blocks).toHaveLength(16);
  });

  it('cut text at a word within the bytes, never inside a character', () => {
    expect(cutToBytes('short', 10)).toBe('short');
    const cut = cutToBytes('naïve café owners serve crème brûlée 😀😀😀', 30);
    expect(bytes(cut)).toBeLessThanOrEqual(30);
    expect(cut).toBe('naïve café owners serve…');
    expect(cutToBytes('😀'.repeat(20), 10)).toBe('😀…');
  });
});
