import type { Db } from '../../core/db/client.ts';
import type { Audience } from '../../core/db/visibility.ts';
import { idOf, type RowSource } from '../../core/db/lookup.ts';
import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import { namesNothing, type InvalidParameter } from '../../core/http/errors.ts';
import type { EntityReference, MergeCounter } from './references.ts';

/**
 * What the shared write code (repository.ts, merge.ts) needs to know of one kind of entity: its
 * table, how an input becomes a row, what refers to it and what a merge does that only this type
 * does. People, places and organisations each give one (in their repository.ts); everything typed
 * from the table, so no write needs a cast and none branches on the type.
 */

/** What every entity input has (PersonInput, PlaceInput, OrganisationInput). */
export interface EntityInputBase {
  name: string;
  slug?: string | undefined;
  aliases?: string[] | undefined;
  sameAs?: string[] | undefined;
  suggested?: boolean | undefined;
}

/** The columns the shared code fills in for every entity; a store adds its own to them. */
export interface BaseColumns {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
  sameAs: string[];
  suggested: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EntityRow<T extends EntityTable> {
  /** The row, once the shared code has chosen its slug and version. */
  row: (base: BaseColumns) => T['$inferInsert'];
  /** Writes what lives outside the row (a person's roles) once the row is stored. */
  afterWrite?: (db: Db, id: string) => Promise<void>;
}

/** The columns of a stored entity that a merge reads. */
export type StoredEntity = Omit<BaseColumns, 'createdAt'>;

/** What merging a duplicate into a target does that only this type does. */
export interface MergeHooks<T extends EntityTable, Row> {
  /** Throws when the duplicate cannot go into this target (a place into one that lies inside it). */
  refuse?: (db: Db, duplicate: Row, target: Row) => Promise<void>;
  /** The columns the target lacks and the duplicate has; the target's own values always win. */
  fill: (db: Db, target: Row, duplicate: Row) => Promise<Partial<T['$inferInsert']>>;
  /** What belongs to the duplicate alone and moves to the target (a person's roles), counted as `counter`. */
  moveOwn?: { counter: MergeCounter; move: (db: Db, fromId: string, toId: string) => Promise<number> };
}

export interface EntityStore<T extends EntityTable, Input, Item, Row extends StoredEntity> {
  type: EntityType;
  table: T;
  /** Whole rows, typed (`db.select().from(table)`). */
  rows: (db: Db) => RowSource<Row>;
  /** The entity named by id or slug, as `audience` may see it. */
  find: (db: Db, idOrSlug: string, audience: Audience) => Promise<Item | undefined>;
  /**
   * The row `input` describes. `selfId` is the entity being replaced (none on create). Each
   * reference that names nothing, or value that cannot be, goes into `problems`.
   */
  toRow: (db: Db, input: Input, selfId: string | undefined, problems: InvalidParameter[]) => Promise<EntityRow<T>>;
  /** The fields every entity has, as `input` gives them (each input type has them: the identity). */
  common: (input: Input) => EntityInputBase;
  /** The stored entity as a full input (what a PUT would send), for a merge patch to apply to. */
  asInput: (item: Item) => Input;
  /** What refers to it from elsewhere, in the order a 409 lists them and a merge moves them. */
  references: readonly EntityReference[];
  merge: MergeHooks<T, Row>;
}

export const bodyField = (name: string, detail: string): InvalidParameter => ({ location: 'body', name, detail });

/** The id of the `table` row that `key` (an id or slug) names; a problem naming `field` if none. */
export async function resolveReference(
  db: Db,
  table: EntityTable,
  key: string | null | undefined,
  field: string,
  what: EntityType,
  problems: InvalidParameter[],
): Promise<string | null> {
  if (key === null || key === undefined) return null;
  const id = await idOf(db, table, key);
  if (id === undefined) problems.push(bodyField(field, namesNothing(what, [key])));
  return id ?? null;
}
