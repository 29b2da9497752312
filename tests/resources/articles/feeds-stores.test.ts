import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import type { BodyBlock } from '../../../src/core/db/schema.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { feedEntriesByIds } from '../../../src/resources/articles/feeds/repository.ts';
import { articleRow } from '../../support/store-rows.ts';
import { useBothStores } from '../../support/stores.ts';

/** Feed entries, cut short in SQL, on both stores: the same articles give the same entries. */

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', text });

const BODIES: Record<string, BodyBlock[]> = {
  // 3 blocks of 10 characters: 10 + 2 + 10 + 2 + 10 = 34 characters of body.
  art_three: [paragraph('0123456789'), { type: 'heading', text: 'abcdefghij' }, paragraph('ÄÖÜäöüßéèê')],
  art_huge: [paragraph('Ünïcödé wörds & <tags> '.repeat(50))],
  art_empty: [],
};

async function write(db: Db) {
  const { articles } = db.tables;
  for (const [id, body] of Object.entries(BODIES)) {
    await db.insert(articles).values({ ...articleRow(id, 'published'), body, standfirst: `Standfirst of ${id}` });
  }
  await db.insert(articles).values({ ...articleRow('art_draft'), body: BODIES.art_three ?? [] });
}

describe.each(useBothStores())('feed entries on %s', (_store, db) => {
  beforeAll(async () => inTransaction(db(), write));

  const entries = (ids: string[], bodyChars: number, summaryChars = 100) =>
    feedEntriesByIds(db(), ids, { bodyChars, summaryChars });

  it('gives the public articles asked for, in the order asked, with their metadata', async () => {
    const found = await entries(['art_huge', 'art_draft', 'art_three', 'art_missing'], 1000, 8);
    expect(found.map((entry) => entry.id)).toEqual(['art_huge', 'art_three']);
    expect(found[1]).toMatchObject({
      slug: 'art_three',
      headline: 'Headline art_three',
      language: 'en',
      publishedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(found[1]?.standfirst).toBe('Standfir');
    expect(await entries([], 10)).toEqual([]);
  });

  it('reads the blocks that start within the opening, each cut to its length', async () => {
    const blocks = async (bodyChars: number) => {
      const [entry] = await entries(['art_three'], bodyChars);
      return { texts: entry?.blocks.map((block) => `${block.type}:${block.text}`), truncated: entry?.truncated };
    };
    expect(await blocks(34)).toEqual({
      texts: ['paragraph:0123456789', 'heading:abcdefghij', 'paragraph:ÄÖÜäöüßéèê'],
      truncated: false,
    });
    expect(await blocks(33)).toEqual({
      texts: ['paragraph:0123456789', 'heading:abcdefghij', 'paragraph:ÄÖÜäöüßéèê'],
      truncated: true,
    });
    expect(await blocks(12)).toEqual({ texts: ['paragraph:0123456789'], truncated: true });
    expect(await blocks(13)).toEqual({ texts: ['paragraph:0123456789', 'heading:abcdefghij'], truncated: true });
    expect(await blocks(5)).toEqual({ texts: ['paragraph:01234'], truncated: true });
  });

  it('cuts a long block by characters, not bytes, and reads an empty body as no blocks', async () => {
    const [huge] = await entries(['art_huge'], 30);
    expect(huge?.blocks).toEqual([paragraph('Ünïcödé wörds & <tags> Ünïcödé')]);
    expect(huge?.truncated).toBe(true);
    const [empty] = await entries(['art_empty'], 30);
    expect(empty).toMatchObject({ blocks: [], truncated: false });
  });
});
