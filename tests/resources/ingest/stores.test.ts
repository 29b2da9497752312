import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { ConflictError } from '../../../src/core/http/errors.ts';
import type { ExtractionResult } from '../../../src/ingest/index.ts';
import { currentLexicon, lexiconOf, type LexiconCache } from '../../../src/resources/ingest/lexicon.ts';
import { insertMentions, type NewMention } from '../../../src/resources/ingest/mentions.ts';
import { assertLinkedEntitiesExist } from '../../../src/resources/ingest/repository.ts';
import { articleRow } from '../../support/store-rows.ts';
import { useBothStores } from '../../support/stores.ts';

/**
 * Ingest's data access on both stores: the names the extraction reads (in the order they were
 * created, whatever was updated since), the check that what it links to still exists, and the
 * writing of many mentions (one compiled statement per row on SQLite, multi-row inserts on PostgreSQL).
 */

const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-02-01T00:00:00.000Z';

async function write(db: Db) {
  const { people, places, organisations, personRoles, articles } = db.tables;
  const stamps = { createdAt: AT, updatedAt: AT };
  await db.insert(people).values([
    { id: 'per_b', slug: 'b', name: 'Olena Petrenko', aliases: ['O. Petrenko'], ...stamps },
    { id: 'per_a', slug: 'a', name: 'Andriy Koval', ...stamps },
  ]);
  await db.insert(personRoles).values([
    { personId: 'per_a', title: 'Mayor' },
    { personId: 'per_a', title: 'Envoy' },
  ]);
  await db.insert(places).values([
    { id: 'pla_reg', slug: 'reg', name: 'Donetsk region', kind: 'region', ...stamps },
    { id: 'pla_vil', slug: 'vil', name: 'Kurakhove', kind: 'village', parentId: 'pla_reg', ...stamps },
  ]);
  await db
    .insert(organisations)
    .values({ id: 'org_un', slug: 'un', name: 'United Nations', aliases: ['UN'], kind: 'igo', ...stamps });
  await db.insert(articles).values(articleRow('art_1'));
}

describe.each(useBothStores())('ingest data access on %s', (_store, db) => {
  beforeAll(async () => inTransaction(db(), write));

  it('reads the lexicon: names, aliases, titles, places’ parents, in the order created', async () => {
    // An update moves a PostgreSQL row in its table; the lexicon keeps the order they were created in.
    await inTransaction(db(), async (tx) => {
      await tx.update(tx.tables.people).set({ updatedAt: LATER }).where(eq(tx.tables.people.id, 'per_b'));
    });
    expect(await lexiconOf(db())).toEqual({
      people: [
        { id: 'per_b', name: 'Olena Petrenko', aliases: ['O. Petrenko'], titles: [] },
        { id: 'per_a', name: 'Andriy Koval', aliases: [], titles: ['Mayor', 'Envoy'] },
      ],
      organisations: [{ id: 'org_un', name: 'United Nations', aliases: ['UN'] }],
      places: [
        { id: 'pla_reg', name: 'Donetsk region', aliases: [], kind: 'region', parentId: null },
        { id: 'pla_vil', name: 'Kurakhove', aliases: [], kind: 'village', parentId: 'pla_reg' },
      ],
    });
  });

  it('reads the lexicon again only once its tables change', async () => {
    const cache: LexiconCache = {};
    const first = await currentLexicon(db(), cache);
    expect(await currentLexicon(db(), cache)).toBe(first);
    await inTransaction(db(), async (tx) => {
      await tx.insert(tx.tables.personRoles).values({ personId: 'per_b', title: 'Spokeswoman' });
    });
    const again = await currentLexicon(db(), cache);
    expect(again).not.toBe(first);
    expect(again.people[0]?.titles).toEqual(['Spokeswoman']);
  });

  it('refuses with 409 a text linked to an entity deleted since it was read, naming it', async () => {
    const linking = (...ids: [type: 'person' | 'place' | 'organisation', id: string][]) =>
      ({
        mentions: ids.map(([type, id]) => ({ entity: { type, id, key: id } })),
        quotes: [],
      }) as unknown as ExtractionResult;
    await expect(
      assertLinkedEntitiesExist(db(), linking(['person', 'per_a'], ['place', 'pla_vil'])),
    ).resolves.toBeUndefined();
    const refused = assertLinkedEntitiesExist(
      db(),
      linking(['person', 'per_a'], ['person', 'per_gone'], ['organisation', 'org_gone'], ['person', 'per_gone2']),
    );
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toThrow(
      'The text names per_gone, per_gone2, deleted while it was being read; send it again.',
    );
  });

  it('writes thousands of mentions in one go, every one as given', async () => {
    const many: NewMention[] = Array.from({ length: 2500 }, (_, n) => ({
      articleId: 'art_1',
      personId: n % 3 === 0 ? 'per_a' : null,
      placeId: n % 3 === 1 ? 'pla_vil' : null,
      organisationId: n % 3 === 2 ? 'org_un' : null,
      startOffset: n,
      endOffset: n + 5,
    }));
    await inTransaction(db(), (tx) => insertMentions(tx, many));
    await inTransaction(db(), (tx) => insertMentions(tx, []));
    const { mentions } = db().tables;
    const stored = await db()
      .select({
        articleId: mentions.articleId,
        personId: mentions.personId,
        placeId: mentions.placeId,
        organisationId: mentions.organisationId,
        startOffset: mentions.startOffset,
        endOffset: mentions.endOffset,
      })
      .from(mentions)
      .orderBy(mentions.id);
    expect(stored).toEqual(many);
  });
});
