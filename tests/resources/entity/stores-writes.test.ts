import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/client.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { mergeEntity } from '../../../src/resources/entity/merge.ts';
import {
  createEntity,
  deleteEntity,
  findEntity,
  findEntityRow,
  updateEntity,
} from '../../../src/resources/entity/repository.ts';
import { STORES } from '../../../src/resources/entity/stores.ts';
import { readChanges } from '../../../src/resources/changes/repository.ts';
import { createQuote } from '../../../src/resources/quotes/write-repository.ts';
import { useBothStores } from '../../support/stores.ts';
import { articleRow } from '../../support/store-rows.ts';

// Creating, changing, deleting and merging people, places and organisations, written once, on both
// stores: the same calls give the same answers, the same rows and the same change feed.
const stores = useBothStores();

/** The row If-Match would check, which update, delete and merge are handed. */
async function current(db: Db, type: 'person' | 'place' | 'organisation', key: string) {
  const row = await findEntityRow(db, type, key);
  if (!row) throw new Error(`no ${type} ${key}`);
  return row;
}

/** What rejected a call: its status, code and the fields it names. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown as { status: number; code: string; errors?: { name: string; detail: string }[] },
  );
  return error && { status: error.status, code: error.code, fields: error.errors?.map((e) => e.name) };
}

describe.each(stores)('entity writes on %s', (_store, db) => {
  it('create people, places and organisations, with references by slug and unique slugs', async () => {
    const ukraine = await createEntity(db(), STORES.place, { name: 'Ukraine', kind: 'country', isoCode: 'UA' });
    const kyiv = await createEntity(db(), STORES.place, { name: 'Kyiv', kind: 'city', parentId: 'ukraine' });
    const ministry = await createEntity(db(), STORES.organisation, {
      name: 'Ministry of Health',
      kind: 'government',
      countryId: 'ukraine',
    });
    const person = await createEntity(db(), STORES.person, {
      name: 'Viktor Liashko',
      aliases: ['Liashko'],
      roles: [{ title: 'Minister of Health', organisationId: 'ministry-of-health', countryId: ukraine }],
    });
    const namesake = await createEntity(db(), STORES.person, { name: 'Viktor Liashko', suggested: true });

    expect(await findEntity(db(), 'place', kyiv)).toMatchObject({ slug: 'kyiv', parentId: ukraine, suggested: false });
    expect(await findEntity(db(), 'organisation', ministry)).toMatchObject({ countryId: ukraine });
    expect(await findEntity(db(), 'person', person)).toMatchObject({
      slug: 'viktor-liashko',
      aliases: ['Liashko'],
      sameAs: [],
      suggested: false,
      roles: [
        {
          title: 'Minister of Health',
          organisationId: ministry,
          countryId: ukraine,
          startedOn: null,
          endedOn: null,
          source: null,
        },
      ],
    });
    expect(await findEntity(db(), 'person', namesake)).toMatchObject({ slug: 'viktor-liashko-2', suggested: true });

    expect(
      await refusal(
        createEntity(db(), STORES.person, { name: 'Someone', roles: [{ title: 'x', countryId: 'atlantis' }] }),
      ),
    ).toEqual({ status: 422, code: 'unprocessable', fields: ['roles.0.countryId'] });
    expect(await refusal(createEntity(db(), STORES.place, { name: 'Kyiv', kind: 'city', slug: 'kyiv' }))).toEqual({
      status: 409,
      code: 'slug-taken',
      fields: ['slug'],
    });
  });

  it('update an entity, keeping its old slug as a redirect, and refuse a place inside itself', async () => {
    const row = await current(db(), 'person', 'viktor-liashko');
    await updateEntity(db(), STORES.person, row, { name: 'Viktor Liashko', slug: 'liashko', nationality: 'UA' });
    const updated = await findEntity(db(), 'person', row.id);
    expect(updated).toMatchObject({ slug: 'liashko', nationality: 'UA', roles: [], aliases: [] });
    expect(updated!.updatedAt > row.updatedAt).toBe(true);
    const { slugRedirects } = db().tables;
    expect(
      await db()
        .select({ slug: slugRedirects.slug, type: slugRedirects.resourceType })
        .from(slugRedirects)
        .where(eq(slugRedirects.resourceId, row.id)),
    ).toEqual([{ slug: 'viktor-liashko', type: 'person' }]);

    const ukraine = await current(db(), 'place', 'ukraine');
    expect(
      await refusal(updateEntity(db(), STORES.place, ukraine, { name: 'Ukraine', kind: 'country', parentId: 'kyiv' })),
    ).toEqual({ status: 422, code: 'unprocessable', fields: ['parentId'] });
  });

  it('refuse to delete what is referred to, unless asked to cascade, and leave a tombstone in the feed', async () => {
    await inTransaction(db(), (tx) => tx.insert(tx.tables.articles).values(articleRow('art_pub', 'published')));
    const quote = await createQuote(db(), {
      articleId: 'art_pub',
      text: 'we will see',
      kind: 'direct',
      speakerType: 'person',
      speakerId: 'liashko',
    });
    const person = await current(db(), 'person', 'liashko');
    expect(await refusal(deleteEntity(db(), STORES.person, person, false))).toEqual({
      status: 409,
      code: 'still-referenced',
      fields: ['cascade'],
    });
    await deleteEntity(db(), STORES.person, person, true);
    expect(await findEntity(db(), 'person', person.id)).toBeUndefined();
    const { quotes } = db().tables;
    expect(await db().select().from(quotes).where(eq(quotes.id, quote))).toEqual([]);

    const { items } = await readChanges(db(), undefined, 100, ['person', 'quote']);
    const trail = items.map(({ type, id, action }) => [type, id, action]);
    expect(trail.filter(([, id]) => id === person.id).at(-1)).toEqual(['person', person.id, 'delete']);
    expect(trail.filter(([, id]) => id === quote)).toEqual([
      ['quote', quote, 'delete'],
      ['quote', quote, 'delete'],
    ]);
  });

  it('merge a duplicate: its quotes, roles and names move to the target, its slug redirects there', async () => {
    const target = await createEntity(db(), STORES.person, { name: 'Volodymyr Zelensky', aliases: ['Zelensky'] });
    const duplicate = await createEntity(db(), STORES.person, {
      name: 'Volodymyr Zelenskyy',
      suggested: true,
      sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
      roles: [{ title: 'President', countryId: 'ukraine' }],
    });
    const quote = await createQuote(db(), {
      articleId: 'art_pub',
      text: 'we will see',
      kind: 'direct',
      speakerType: 'person',
      speakerId: duplicate,
    });
    const outcome = await mergeEntity(db(), STORES.person, { id: duplicate }, 'volodymyr-zelensky');
    expect(outcome).toEqual({ targetId: target, quotes: 1, mentions: 0, roles: 1, places: 0, organisations: 0 });
    expect(await findEntity(db(), 'person', duplicate)).toBeUndefined();
    expect(await findEntity(db(), 'person', target)).toMatchObject({
      aliases: ['Zelensky', 'Volodymyr Zelenskyy'],
      sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
      suggested: false,
      roles: [{ title: 'President' }],
    });
    const { quotes, slugRedirects } = db().tables;
    expect(await db().select({ speaker: quotes.speakerPersonId }).from(quotes).where(eq(quotes.id, quote))).toEqual([
      { speaker: target },
    ]);
    expect(
      await db()
        .select({ to: slugRedirects.resourceId })
        .from(slugRedirects)
        .where(eq(slugRedirects.slug, 'volodymyr-zelenskyy')),
    ).toEqual([{ to: target }]);
    expect(await refusal(mergeEntity(db(), STORES.person, { id: target }, target))).toEqual({
      status: 422,
      code: 'unprocessable',
      fields: ['into'],
    });
  });

  it('merge a place: what lies in it moves, and never into a place inside it', async () => {
    const duplicate = await createEntity(db(), STORES.place, { name: 'Ukraina', kind: 'country' });
    const lviv = await createEntity(db(), STORES.place, { name: 'Lviv', kind: 'city', parentId: duplicate });
    const ministry = await current(db(), 'organisation', 'ministry-of-health');
    await updateEntity(db(), STORES.organisation, ministry, {
      name: 'Ministry of Health',
      kind: 'government',
      countryId: duplicate,
    });
    expect(await refusal(mergeEntity(db(), STORES.place, { id: duplicate }, lviv))).toEqual({
      status: 409,
      code: 'merge-into-inside',
      fields: ['into'],
    });
    const outcome = await mergeEntity(db(), STORES.place, { id: duplicate }, 'ukraine');
    expect(outcome).toMatchObject({ places: 1, organisations: 1 });
    expect(await findEntity(db(), 'place', lviv)).toMatchObject({
      parentId: (await current(db(), 'place', 'ukraine')).id,
    });
    expect(await findEntity(db(), 'organisation', ministry.id)).toMatchObject({
      countryId: (await current(db(), 'place', 'ukraine')).id,
    });
  });
});
