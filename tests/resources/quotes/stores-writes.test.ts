import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { readChanges } from '../../../src/resources/changes/repository.ts';
import { createEntity } from '../../../src/resources/entity/repository.ts';
import { STORES } from '../../../src/resources/entity/stores.ts';
import {
  createFoundQuotes,
  createQuote,
  deleteQuote,
  editorQuote,
  findQuoteRow,
  updateQuote,
} from '../../../src/resources/quotes/write-repository.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow } from '../../support/store-rows.ts';

// Quote writes, written once, on both stores: the same anchoring, the same problems, the same feed.
const stores = useBothStores();
const TEXT = 'A minister said "we will see".';

describe.each(stores)('quote writes on %s', (_store, db) => {
  it('anchor a quote in its article, find it again after a change, and delete it', async () => {
    await inTransaction(db(), (tx) => tx.insert(tx.tables.articles).values(articleRow('art_pub', 'published')));
    const minister = await createEntity(db(), STORES.person, { name: 'The Minister' });

    const id = await createQuote(db(), {
      articleId: 'art_pub',
      text: 'we will see',
      kind: 'direct',
      speakerType: 'person',
      speakerId: 'the-minister',
      speakerMention: { start: 0, end: 10 },
    });
    expect(await editorQuote(db(), id)).toMatchObject({
      articleId: 'art_pub',
      text: 'we will see',
      start: 17,
      end: 28,
      speakerType: 'person',
      speakerId: minister,
      speakerMention: { start: 0, end: 10 },
      channel: null,
    });

    await expect(
      createQuote(db(), { articleId: 'art_nope', text: 'we will', kind: 'direct', speakerType: 'person' }),
    ).rejects.toMatchObject({
      status: 422,
      errors: [
        { name: 'articleId', detail: 'names no article ("art_nope")' },
        { name: 'speakerId', detail: 'must be given together with the other' },
      ],
    });
    await expect(
      createQuote(db(), { articleId: 'art_pub', text: 'we will see', kind: 'direct', start: 0, end: 11 }),
    ).rejects.toMatchObject({ status: 422, errors: [{ name: 'text' }] });

    const row = await findQuoteRow(db(), id);
    await updateQuote(db(), row!, { articleId: 'art_pub', text: 'minister', kind: 'indirect' });
    const updated = await editorQuote(db(), id);
    expect(updated).toMatchObject({ text: 'minister', start: 2, end: 10, kind: 'indirect', speakerId: null });
    expect(updated!.updatedAt > row!.updatedAt).toBe(true);

    await deleteQuote(db(), (await findQuoteRow(db(), id))!);
    expect(await findQuoteRow(db(), id)).toBeUndefined();
    const { items } = await readChanges(db(), undefined, 100, ['quote']);
    expect(items.map(({ id: quote, action }) => [quote, action])).toEqual([
      [id, 'delete'],
      [id, 'delete'],
      [id, 'delete'],
    ]);
  });

  it('add the quotes ingest found, each checked against the text', async () => {
    const ids = await inTransaction(db(), (tx) =>
      createFoundQuotes(tx, { id: 'art_pub', plainText: TEXT }, [
        {
          text: 'we will see',
          kind: 'direct',
          start: 17,
          end: 28,
          channel: 'interview',
          speakerType: null,
          speakerId: null,
          speakerMention: null,
        },
        {
          text: 'minister',
          kind: 'partial',
          start: 2,
          end: 10,
          channel: null,
          speakerType: null,
          speakerId: null,
          speakerMention: null,
        },
      ]),
    );
    expect(await Promise.all(ids.map((id) => editorQuote(db(), id)))).toMatchObject([
      { text: 'we will see', channel: 'interview', start: 17 },
      { text: 'minister', kind: 'partial', start: 2 },
    ]);
    await expect(
      inTransaction(db(), (tx) =>
        createFoundQuotes(tx, { id: 'art_pub', plainText: TEXT }, [
          {
            text: 'not there',
            kind: 'direct',
            start: 0,
            end: 9,
            channel: null,
            speakerType: null,
            speakerId: null,
            speakerMention: null,
          },
        ]),
      ),
    ).rejects.toMatchObject({ status: 422, errors: [{ name: 'text' }] });
  });
});
