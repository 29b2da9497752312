import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { ENTITY_TABLES } from '../../core/db/named-tables.ts';
import { ConflictError, UnprocessableError, type InvalidParameter } from '../../core/http/errors.ts';
import { nextVersion, nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import { chooseSlug, retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { first } from '../../core/db/queries.ts';
import { tableOf } from '../../core/db/twins.ts';
import { STORES } from './stores.ts';
import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import type { BaseColumns, EntityStore, StoredEntity } from './store.ts';

/**
 * Creating, changing and deleting people, places and organisations: one mechanism for the three,
 * each store (people/repository.ts …) adding its own columns and checks.
 */

/** The entity as the API shows it to editors (who write it, and whose webhooks hear of it). */
export function findEntity(db: Db, type: EntityType, id: string) {
  return STORES[type].find(db, id, 'editors');
}

/** The row's id, slug and version, for If-Match. */
export function findEntityRow(db: Db, type: EntityType, idOrSlug: string) {
  const table = entityTable(db, type);
  return first(
    db
      .select({ id: table.id, slug: table.slug, updatedAt: table.updatedAt })
      .from(table)
      .where(byIdOrSlug(table, idOrSlug))
      .limit(1),
  );
}

/** The table of an entity type, as `db`'s store has it. */
const entityTable = (db: Db, type: EntityType): EntityTable => tableOf(db, ENTITY_TABLES[type]);

/** What `input` writes, checked: a 422 naming every field at fault. */
async function checkedRow<T extends EntityTable, Input, Item, Row extends StoredEntity>(
  db: Db,
  store: EntityStore<T, Input, Item, Row>,
  input: Input,
  selfId: string | undefined,
) {
  const problems: InvalidParameter[] = [];
  const { row, afterWrite } = await store.toRow(db, input, selfId, problems);
  if (problems.length > 0) throw new UnprocessableError(problems);
  const given = store.common(input);
  const common = {
    name: given.name,
    aliases: given.aliases ?? [],
    sameAs: given.sameAs ?? [],
    suggested: given.suggested ?? false,
  };
  return {
    row: (base: Pick<BaseColumns, 'id' | 'slug' | 'createdAt' | 'updatedAt'>) => row({ ...base, ...common }),
    afterWrite,
  };
}

export async function createEntity<T extends EntityTable, Input, Item, Row extends StoredEntity>(
  db: Db,
  store: EntityStore<T, Input, Item, Row>,
  input: Input,
): Promise<string> {
  const { type } = store;
  return inTransaction(db, async (db) => {
    const id = newId(type);
    const now = nowIso();
    const { row, afterWrite } = await checkedRow(db, store, input, undefined);
    const { slug: requested, name } = store.common(input);
    const slug = await chooseSlug(db, type, { requested, source: name });
    await db.insert(tableOf(db, store.table)).values(row({ id, slug, createdAt: now, updatedAt: now }));
    await afterWrite?.(db, id);
    await enqueueEvent(db, `${type}.created`, () => findEntity(db, type, id));
    return id;
  });
}

/** Replaces an entity's fields (PUT, or a PATCH merged onto the current ones). */
export async function updateEntity<T extends EntityTable, Input, Item, Row extends StoredEntity>(
  db: Db,
  store: EntityStore<T, Input, Item, Row>,
  current: { id: string; slug: string; updatedAt: string },
  input: Input,
) {
  const { type } = store;
  await inTransaction(db, async (db) => {
    const table = tableOf(db, store.table);
    const { row, afterWrite } = await checkedRow(db, store, input, current.id);
    const { slug: requested, name } = store.common(input);
    const slug =
      requested === undefined || requested === current.slug
        ? current.slug
        : await chooseSlug(db, type, { requested, source: name, exceptId: current.id });
    if (slug !== current.slug) await retireSlug(db, type, current.slug, current.id);
    const updatedAt = nextVersion(current.updatedAt);
    // Undefined leaves a column as it is: the id and the creation time stay.
    await db
      .update(table)
      .set({ ...row({ id: current.id, slug, createdAt: updatedAt, updatedAt }), id: undefined, createdAt: undefined })
      .where(eq(table.id, current.id));
    await afterWrite?.(db, current.id);
    await enqueueEvent(db, `${type}.updated`, () => findEntity(db, type, current.id));
  });
}

/** Gives each entity a new version (its ETag changes); answers the ids it changed, whose `*.updated` events are owed. */
export async function bumpVersions(db: Db, type: EntityType, ids: Iterable<string>): Promise<string[]> {
  const table = entityTable(db, type);
  const bumped: string[] = [];
  for (const id of new Set(ids)) {
    const row = await first(db.select({ updatedAt: table.updatedAt }).from(table).where(eq(table.id, id)).limit(1));
    if (!row) continue;
    await db
      .update(table)
      .set({ updatedAt: nextVersion(row.updatedAt) })
      .where(eq(table.id, id));
    bumped.push(id);
  }
  return bumped;
}

/** Emits the `*.updated` event of each entity whose version changed (`bumpVersions`). */
export async function entitiesUpdated(db: Db, type: EntityType, ids: readonly string[]) {
  for (const id of ids) await enqueueEvent(db, `${type}.updated`, () => findEntity(db, type, id));
}

/** Gives each entity a new version (its ETag changes) and emits its `*.updated` event. */
export async function touchEntities(db: Db, type: EntityType, ids: Iterable<string>) {
  await entitiesUpdated(db, type, await bumpVersions(db, type, ids));
}

/**
 * Deletes an entity. While anything refers to it the answer is 409, listing what does, unless
 * the caller asks for the cascade: then quotes, mentions and roles that refer to it are deleted
 * and places or organisations inside it are detached.
 */
export async function deleteEntity<T extends EntityTable, Input, Item, Row extends StoredEntity>(
  db: Db,
  store: EntityStore<T, Input, Item, Row>,
  current: { id: string; slug: string },
  cascade: boolean,
) {
  const { type } = store;
  await inTransaction(db, async (db) => {
    const counted = [];
    for (const reference of store.references)
      counted.push({ ...reference, count: await reference.count(db, current.id) });
    const references = counted.filter((reference) => reference.count > 0);
    if (references.length > 0 && !cascade) {
      const list = references.map((r) => `${r.count} ${r.what}`).join(', ');
      throw new ConflictError(
        'still-referenced',
        `The ${type} is still referred to by ${list}. Delete or change those first, or send cascade=true to ` +
          `${references.map((r) => `${r.effect} the ${r.what}`).join(', ')}.`,
        [{ location: 'query', name: 'cascade', detail: `is needed: referred to by ${list}` }],
      );
    }
    const outcomes = [];
    for (const reference of references) outcomes.push(await reference.cascade(db, current.id));
    const table = tableOf(db, store.table);
    await db.delete(table).where(eq(table.id, current.id));
    for (const quote of outcomes.flatMap((o) => o.deletedQuotes)) await enqueueEvent(db, 'quote.deleted', quote);
    for (const touched of outcomes.flatMap((o) => o.touched)) await touchEntities(db, touched.type, [touched.id]);
    await enqueueEvent(db, `${type}.deleted`, { id: current.id, slug: current.slug });
  });
}
