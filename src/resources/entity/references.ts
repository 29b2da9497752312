import { and, count, eq, ne, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../core/db/client.ts';
import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import { changedRows, first } from '../../core/db/queries.ts';
import type { mentions, personRoles, quotes } from '../../core/db/schema.ts';
import { columnOf, tableOf } from '../../core/db/twins.ts';
import { nextVersion } from '../../lib/clock.ts';

/**
 * What refers to a person, place or organisation from elsewhere (quotes, mentions, roles, places
 * or organisations inside it). Each store lists its references (people/repository.ts …); the
 * shared code counts them for a delete's 409, cascades them on `cascade=true` and moves them to
 * the target of a merge, without knowing which type it handles. Each runs on either store: the
 * column it is given is looked up as the handle's store has it (twins.ts).
 */

/** What a merge reports moving, by kind. */
export type MergeCounter = 'quotes' | 'mentions' | 'roles' | 'places' | 'organisations';

/** What a cascade owes afterwards: events for the quotes it deleted, new versions for the entities it changed. */
export interface Cascaded {
  deletedQuotes: { id: string; articleId: string }[];
  touched: { type: EntityType; id: string }[];
}

/** What a merge's moves must do besides moving: new versions and events, done by the caller. */
export interface MoveEffects {
  /** Gives each entity a new version and emits its `*.updated` event. */
  touch: (type: EntityType, ids: readonly string[]) => Promise<void>;
  /** Emits `quote.updated` for a quote whose speaker changed. */
  quoteUpdated: (id: string) => Promise<void>;
}

export interface EntityReference {
  /** What refers to the entity, e.g. "quotes (as speaker)". */
  what: string;
  /** With cascade: `delete` the referring rows, or `detach` them (their link becomes null). */
  effect: 'delete' | 'detach';
  counter: MergeCounter;
  count: (db: Db, id: string) => Promise<number>;
  cascade: (db: Db, id: string) => Promise<Cascaded>;
  /** Points what referred to `fromId` at `toId`; returns how many rows moved. */
  move: (db: Db, fromId: string, toId: string, effects: MoveEffects) => Promise<number>;
}

const nothingOwed = (): Cascaded => ({ deletedQuotes: [], touched: [] });

/** How many rows of `table` (one of `db.tables`) match `where`. */
async function countWhere(db: Db, table: typeof quotes | typeof mentions | typeof personRoles, where: SQL) {
  return (await first(db.select({ n: count() }).from(table).where(where).limit(1)))?.n ?? 0;
}

/** Quotes the entity said. `speaker` sets the speaker column this reference reads. */
export function quotesSpoken(
  speakerColumn: SQLiteColumn,
  speaker: (id: string) => Pick<typeof quotes.$inferInsert, 'speakerPersonId' | 'speakerOrganisationId'>,
): EntityReference {
  const spokenBy = (db: Db, id: string) => eq(columnOf(db, speakerColumn), id);
  return {
    what: 'quotes (as speaker)',
    effect: 'delete',
    counter: 'quotes',
    count: (db, id) => countWhere(db, db.tables.quotes, spokenBy(db, id)),
    cascade: async (db, id) => {
      const { quotes } = db.tables;
      const deletedQuotes = await db
        .select({ id: quotes.id, articleId: quotes.articleId })
        .from(quotes)
        .where(spokenBy(db, id));
      await db.delete(quotes).where(spokenBy(db, id));
      return { deletedQuotes, touched: [] };
    },
    // Each moved quote gets a new version and a `quote.updated` event.
    move: async (db, fromId, toId, effects) => {
      const { quotes } = db.tables;
      const moved = await db
        .select({ id: quotes.id, updatedAt: quotes.updatedAt })
        .from(quotes)
        .where(spokenBy(db, fromId));
      for (const quote of moved) {
        await db
          .update(quotes)
          .set({ ...speaker(toId), updatedAt: nextVersion(quote.updatedAt) })
          .where(eq(quotes.id, quote.id));
        await effects.quoteUpdated(quote.id);
      }
      return moved.length;
    },
  };
}

/** Mentions of the entity in articles. */
export function mentionsOf(
  entityColumn: SQLiteColumn,
  mentioned: (id: string) => Pick<typeof mentions.$inferInsert, 'personId' | 'placeId' | 'organisationId'>,
): EntityReference {
  const mentioning = (db: Db, id: string) => eq(columnOf(db, entityColumn), id);
  return {
    what: 'mentions in articles',
    effect: 'delete',
    counter: 'mentions',
    count: (db, id) => countWhere(db, db.tables.mentions, mentioning(db, id)),
    cascade: async (db, id) => {
      await db.delete(db.tables.mentions).where(mentioning(db, id));
      return nothingOwed();
    },
    move: async (db, fromId, toId) =>
      changedRows(await db.update(db.tables.mentions).set(mentioned(toId)).where(mentioning(db, fromId))),
  };
}

/** People's roles held in the entity (an organisation, or a country). A person whose role changes has changed. */
export function rolesIn(
  heldColumn: SQLiteColumn,
  held: (id: string) => Pick<typeof personRoles.$inferInsert, 'organisationId' | 'countryId'>,
): EntityReference {
  const heldIn = (db: Db, id: string) => eq(columnOf(db, heldColumn), id);
  const holders = async (db: Db, id: string) =>
    (
      await db.selectDistinct({ id: db.tables.personRoles.personId }).from(db.tables.personRoles).where(heldIn(db, id))
    ).map((holder) => holder.id);
  return {
    what: "people's roles",
    effect: 'delete',
    counter: 'roles',
    count: (db, id) => countWhere(db, db.tables.personRoles, heldIn(db, id)),
    cascade: async (db, id) => {
      const touched = (await holders(db, id)).map((holder) => ({ type: 'person' as const, id: holder }));
      await db.delete(db.tables.personRoles).where(heldIn(db, id));
      return { deletedQuotes: [], touched };
    },
    move: async (db, fromId, toId, effects) => {
      const changed = await holders(db, fromId);
      const moved = changedRows(await db.update(db.tables.personRoles).set(held(toId)).where(heldIn(db, fromId)));
      await effects.touch('person', changed);
      return moved;
    },
  };
}

/** Places or organisations that lie in the entity (a place): detached by a cascade, moved into the target by a merge. */
export function placedIn(
  what: string,
  counter: MergeCounter,
  inside: {
    type: EntityType;
    table: EntityTable;
    column: SQLiteColumn;
    /** Sets the link of the rows `where` matches to `id`. */
    relink: (db: Db, where: SQL | undefined, id: string | null) => Promise<unknown>;
  },
): EntityReference {
  const within = (db: Db, id: string) => eq(columnOf(db, inside.column), id);
  const ids = async (db: Db, where: SQL | undefined) => {
    const table = tableOf(db, inside.table);
    return (await db.select({ id: table.id }).from(table).where(where)).map((row) => row.id);
  };
  return {
    what,
    effect: 'detach',
    counter,
    count: async (db, id) => (await ids(db, within(db, id))).length,
    cascade: async (db, id) => {
      const detached = await ids(db, within(db, id));
      await inside.relink(db, within(db, id), null);
      return { deletedQuotes: [], touched: detached.map((child) => ({ type: inside.type, id: child })) };
    },
    move: async (db, fromId, toId, effects) => {
      // Never the target itself: a merge refuses a target inside the duplicate, but stays safe if one slipped through.
      const where = and(within(db, fromId), ne(tableOf(db, inside.table).id, toId));
      const moved = await ids(db, where);
      await inside.relink(db, where, toId);
      await effects.touch(inside.type, moved);
      return moved.length;
    },
  };
}
