import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { mentions, organisations, personRoles, places, quotes } from '../../core/db/schema.ts';
import { ConflictError, UnprocessableError, type InvalidParameter } from '../../core/http/errors.ts';
import { nextVersion, nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import { chooseSlug, retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { STORES } from './stores.ts';
import type { BaseColumns, EntityStore, EntityTable, EntityType } from './store.ts';

/**
 * Creating, changing and deleting people, places and organisations: one mechanism for the three,
 * each store (people/repository.ts …) adding its own columns and checks.
 */

/** The entity as the API shows it to editors (who write it, and whose webhooks hear of it). */
export function findEntity(db: Db, type: EntityType, id: string) {
  return STORES[type].find(db, id, 'editors');
}

/** The row's id, slug and version, for If-Match. */
export function findEntityRow(db: Db, table: EntityTable, idOrSlug: string) {
  return db
    .select({ id: table.id, slug: table.slug, updatedAt: table.updatedAt })
    .from(table)
    .where(byIdOrSlug(table, idOrSlug))
    .get();
}

/** What `input` writes, checked: a 422 naming every field at fault. */
function checkedRow<T extends EntityTable, Input, Item>(
  db: Db,
  store: EntityStore<T, Input, Item>,
  input: Input,
  selfId: string | undefined,
) {
  const problems: InvalidParameter[] = [];
  const { row, afterWrite } = store.toRow(db, input, selfId, problems);
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

export function createEntity<T extends EntityTable, Input, Item>(
  db: Db,
  store: EntityStore<T, Input, Item>,
  input: Input,
): string {
  const { type, table } = store;
  return inTransaction(db, () => {
    const id = newId(type);
    const now = nowIso();
    const { row, afterWrite } = checkedRow(db, store, input, undefined);
    const { slug: requested, name } = store.common(input);
    const slug = chooseSlug(db, type, { requested, source: name });
    db.insert(table)
      .values(row({ id, slug, createdAt: now, updatedAt: now }))
      .run();
    afterWrite?.(db, id);
    enqueueEvent(db, `${type}.created`, () => findEntity(db, type, id));
    return id;
  });
}

/** Replaces an entity's fields (PUT, or a PATCH merged onto the current ones). */
export function updateEntity<T extends EntityTable, Input, Item>(
  db: Db,
  store: EntityStore<T, Input, Item>,
  current: { id: string; slug: string; updatedAt: string },
  input: Input,
) {
  const { type, table } = store;
  inTransaction(db, () => {
    const { row, afterWrite } = checkedRow(db, store, input, current.id);
    const { slug: requested, name } = store.common(input);
    const slug =
      requested === undefined || requested === current.slug
        ? current.slug
        : chooseSlug(db, type, { requested, source: name, exceptId: current.id });
    if (slug !== current.slug) retireSlug(db, type, current.slug, current.id);
    const updatedAt = nextVersion(current.updatedAt);
    // Undefined leaves a column as it is: the id and the creation time stay.
    db.update(table)
      .set({ ...row({ id: current.id, slug, createdAt: updatedAt, updatedAt }), id: undefined, createdAt: undefined })
      .where(eq(table.id, current.id))
      .run();
    afterWrite?.(db, current.id);
    enqueueEvent(db, `${type}.updated`, () => findEntity(db, type, current.id));
  });
}

interface Reference {
  /** What refers to the entity, e.g. "quotes (as speaker)". */
  what: string;
  count: number;
  /** With cascade: `delete` the referring rows, or `detach` them (their link becomes null). */
  effect: 'delete' | 'detach';
  /** Does the cascade; returns the events it owes: deleted quotes, changed entities. */
  cascade: () => { deletedQuotes: { id: string; articleId: string }[]; touched: { type: EntityType; id: string }[] };
}

function countWhere(
  db: Db,
  table: typeof quotes | typeof mentions | typeof personRoles | typeof places | typeof organisations,
  where: ReturnType<typeof eq>,
) {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0
  );
}

/** Everything that refers to an entity, and how a cascade would treat it. */
function referencesTo(db: Db, type: EntityType, id: string): Reference[] {
  const byQuote = type === 'person' ? eq(quotes.speakerPersonId, id) : eq(quotes.speakerOrganisationId, id);
  const byMention =
    type === 'person'
      ? eq(mentions.personId, id)
      : type === 'place'
        ? eq(mentions.placeId, id)
        : eq(mentions.organisationId, id);
  const references: Reference[] = [];
  if (type !== 'place') {
    references.push({
      what: 'quotes (as speaker)',
      count: countWhere(db, quotes, byQuote),
      effect: 'delete',
      cascade: () => {
        const deletedQuotes = db
          .select({ id: quotes.id, articleId: quotes.articleId })
          .from(quotes)
          .where(byQuote)
          .all();
        db.delete(quotes).where(byQuote).run();
        return { deletedQuotes, touched: [] };
      },
    });
  }
  references.push({
    what: 'mentions in articles',
    count: countWhere(db, mentions, byMention),
    effect: 'delete',
    cascade: () => {
      db.delete(mentions).where(byMention).run();
      return { deletedQuotes: [], touched: [] };
    },
  });
  if (type !== 'person') {
    const byRole = type === 'place' ? eq(personRoles.countryId, id) : eq(personRoles.organisationId, id);
    references.push({
      what: "people's roles",
      count: countWhere(db, personRoles, byRole),
      effect: 'delete',
      // A person whose role goes has changed: a new version, and an event.
      cascade: () => {
        const holders = db.selectDistinct({ id: personRoles.personId }).from(personRoles).where(byRole).all();
        db.delete(personRoles).where(byRole).run();
        return {
          deletedQuotes: [],
          touched: holders.map(({ id: holder }) => ({ type: 'person' as const, id: holder })),
        };
      },
    });
  }
  if (type === 'place') {
    for (const [what, table, column, key, touchedType] of [
      ['places inside it', places, places.parentId, 'parentId', 'place'],
      ['organisations of that country', organisations, organisations.countryId, 'countryId', 'organisation'],
    ] as const) {
      references.push({
        what,
        count: countWhere(db, table, eq(column, id)),
        effect: 'detach',
        cascade: () => {
          const detached = db.select({ id: table.id }).from(table).where(eq(column, id)).all();
          db.update(table)
            .set({ [key]: null })
            .where(eq(column, id))
            .run();
          return { deletedQuotes: [], touched: detached.map(({ id: child }) => ({ type: touchedType, id: child })) };
        },
      });
    }
  }
  return references.filter((reference) => reference.count > 0);
}

/**
 * Deletes an entity. While anything refers to it the answer is 409, listing what does, unless
 * the caller asks for the cascade: then quotes, mentions and roles that refer to it are deleted
 * and places or organisations inside it are detached.
 */
export function deleteEntity(db: Db, type: EntityType, current: { id: string; slug: string }, cascade: boolean) {
  inTransaction(db, () => {
    const references = referencesTo(db, type, current.id);
    if (references.length > 0 && !cascade) {
      const list = references.map((r) => `${r.count} ${r.what}`).join(', ');
      throw new ConflictError(
        'still-referenced',
        `The ${type} is still referred to by ${list}. Delete or change those first, or send cascade=true to ` +
          `${references.map((r) => `${r.effect} the ${r.what}`).join(', ')}.`,
        [{ location: 'query', name: 'cascade', detail: `is needed: referred to by ${list}` }],
      );
    }
    const outcomes = references.map((reference) => reference.cascade());
    const { table } = STORES[type];
    db.delete(table).where(eq(table.id, current.id)).run();
    for (const quote of outcomes.flatMap((o) => o.deletedQuotes)) enqueueEvent(db, 'quote.deleted', quote);
    for (const touched of outcomes.flatMap((o) => o.touched)) {
      const touchedTable = STORES[touched.type].table;
      const row = db
        .select({ updatedAt: touchedTable.updatedAt })
        .from(touchedTable)
        .where(eq(touchedTable.id, touched.id))
        .get();
      if (!row) continue;
      db.update(touchedTable)
        .set({ updatedAt: nextVersion(row.updatedAt) })
        .where(eq(touchedTable.id, touched.id))
        .run();
      enqueueEvent(db, `${touched.type}.updated`, () => findEntity(db, touched.type, touched.id));
    }
    enqueueEvent(db, `${type}.deleted`, { id: current.id, slug: current.slug });
  });
}
