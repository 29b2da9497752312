import { and, count, eq, ne, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../core/db/client.ts';
import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import { mentions, personRoles, quotes } from '../../core/db/schema.ts';
import { nextVersion } from '../../lib/clock.ts';

/**
 * What refers to a person, place or organisation from elsewhere (quotes, mentions, roles, places
 * or organisations inside it). Each store lists its references (people/repository.ts …); the
 * shared code counts them for a delete's 409, cascades them on `cascade=true` and moves them to
 * the target of a merge, without knowing which type it handles.
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
  touch: (type: EntityType, ids: readonly string[]) => void;
  /** Emits `quote.updated` for a quote whose speaker changed. */
  quoteUpdated: (id: string) => void;
}

export interface EntityReference {
  /** What refers to the entity, e.g. "quotes (as speaker)". */
  what: string;
  /** With cascade: `delete` the referring rows, or `detach` them (their link becomes null). */
  effect: 'delete' | 'detach';
  counter: MergeCounter;
  count: (db: Db, id: string) => number;
  cascade: (db: Db, id: string) => Cascaded;
  /** Points what referred to `fromId` at `toId`; returns how many rows moved. */
  move: (db: Db, fromId: string, toId: string, effects: MoveEffects) => number;
}

const nothingOwed = (): Cascaded => ({ deletedQuotes: [], touched: [] });

function countWhere(db: Db, table: typeof quotes | typeof mentions | typeof personRoles, where: SQL) {
  return db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}

/** Quotes the entity said. `speaker` sets the speaker column this reference reads. */
export function quotesSpoken(
  column: SQLiteColumn,
  speaker: (id: string) => Pick<typeof quotes.$inferInsert, 'speakerPersonId' | 'speakerOrganisationId'>,
): EntityReference {
  return {
    what: 'quotes (as speaker)',
    effect: 'delete',
    counter: 'quotes',
    count: (db, id) => countWhere(db, quotes, eq(column, id)),
    cascade: (db, id) => {
      const deletedQuotes = db
        .select({ id: quotes.id, articleId: quotes.articleId })
        .from(quotes)
        .where(eq(column, id))
        .all();
      db.delete(quotes).where(eq(column, id)).run();
      return { deletedQuotes, touched: [] };
    },
    // Each moved quote gets a new version and a `quote.updated` event.
    move: (db, fromId, toId, effects) => {
      const moved = db
        .select({ id: quotes.id, updatedAt: quotes.updatedAt })
        .from(quotes)
        .where(eq(column, fromId))
        .all();
      for (const quote of moved) {
        db.update(quotes)
          .set({ ...speaker(toId), updatedAt: nextVersion(quote.updatedAt) })
          .where(eq(quotes.id, quote.id))
          .run();
        effects.quoteUpdated(quote.id);
      }
      return moved.length;
    },
  };
}

/** Mentions of the entity in articles. */
export function mentionsOf(
  column: SQLiteColumn,
  mentioned: (id: string) => Pick<typeof mentions.$inferInsert, 'personId' | 'placeId' | 'organisationId'>,
): EntityReference {
  return {
    what: 'mentions in articles',
    effect: 'delete',
    counter: 'mentions',
    count: (db, id) => countWhere(db, mentions, eq(column, id)),
    cascade: (db, id) => {
      db.delete(mentions).where(eq(column, id)).run();
      return nothingOwed();
    },
    move: (db, fromId, toId) => db.update(mentions).set(mentioned(toId)).where(eq(column, fromId)).run().changes,
  };
}

/** People's roles held in the entity (an organisation, or a country). A person whose role changes has changed. */
export function rolesIn(
  column: SQLiteColumn,
  held: (id: string) => Pick<typeof personRoles.$inferInsert, 'organisationId' | 'countryId'>,
): EntityReference {
  const holders = (db: Db, id: string) =>
    db
      .selectDistinct({ id: personRoles.personId })
      .from(personRoles)
      .where(eq(column, id))
      .all()
      .map((holder) => holder.id);
  return {
    what: "people's roles",
    effect: 'delete',
    counter: 'roles',
    count: (db, id) => countWhere(db, personRoles, eq(column, id)),
    cascade: (db, id) => {
      const touched = holders(db, id).map((holder) => ({ type: 'person' as const, id: holder }));
      db.delete(personRoles).where(eq(column, id)).run();
      return { deletedQuotes: [], touched };
    },
    move: (db, fromId, toId, effects) => {
      const changed = holders(db, fromId);
      const moved = db.update(personRoles).set(held(toId)).where(eq(column, fromId)).run().changes;
      effects.touch('person', changed);
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
    relink: (db: Db, where: SQL | undefined, id: string | null) => void;
  },
): EntityReference {
  const { table, column } = inside;
  const ids = (db: Db, where: SQL | undefined) =>
    db
      .select({ id: table.id })
      .from(table)
      .where(where)
      .all()
      .map((row) => row.id);
  return {
    what,
    effect: 'detach',
    counter,
    count: (db, id) => ids(db, eq(column, id)).length,
    cascade: (db, id) => {
      const detached = ids(db, eq(column, id));
      inside.relink(db, eq(column, id), null);
      return { deletedQuotes: [], touched: detached.map((child) => ({ type: inside.type, id: child })) };
    },
    move: (db, fromId, toId, effects) => {
      // Never the target itself: a merge refuses a target inside the duplicate, but stays safe if one slipped through.
      const where = and(eq(column, fromId), ne(table.id, toId));
      const moved = ids(db, where);
      inside.relink(db, where, toId);
      effects.touch(inside.type, moved);
      return moved.length;
    },
  };
}
