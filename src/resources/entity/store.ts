import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../core/db/client.ts';
import type { Audience } from '../../core/db/visibility.ts';
import { idOf, type SluggedTable } from '../../core/db/lookup.ts';
import { namesNothing, type InvalidParameter } from '../../core/http/errors.ts';

/**
 * What the shared write code (repository.ts, merge.ts) needs to know of one kind of entity: its
 * table and how an input becomes a row. People, places and organisations each give one (in their
 * repository.ts); everything typed from the table, so no write needs a cast.
 */

export type EntityType = 'person' | 'place' | 'organisation';

type TextColumn = AnySQLiteColumn<{ data: string; notNull: true }>;
type ListColumn = AnySQLiteColumn<{ data: string[]; notNull: true }>;

/** A table of named, slugged entities: the columns every one of them has. */
export type EntityTable = SluggedTable & {
  name: TextColumn;
  aliases: ListColumn;
  sameAs: ListColumn;
  suggested: AnySQLiteColumn<{ data: boolean; notNull: true }>;
  createdAt: TextColumn;
  updatedAt: TextColumn;
};

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
  afterWrite?: (db: Db, id: string) => void;
}

export interface EntityStore<T extends EntityTable, Input, Item> {
  type: EntityType;
  table: T;
  /** The entity named by id or slug, as `audience` may see it. */
  find: (db: Db, idOrSlug: string, audience: Audience) => Item | undefined;
  /**
   * The row `input` describes. `selfId` is the entity being replaced (none on create). Each
   * reference that names nothing, or value that cannot be, goes into `problems`.
   */
  toRow: (db: Db, input: Input, selfId: string | undefined, problems: InvalidParameter[]) => EntityRow<T>;
  /** The fields every entity has, as `input` gives them (each input type has them: the identity). */
  common: (input: Input) => EntityInputBase;
  /** The stored entity as a full input (what a PUT would send), for a merge patch to apply to. */
  asInput: (item: Item) => Input;
}

export const bodyField = (name: string, detail: string): InvalidParameter => ({ location: 'body', name, detail });

/** The id of the `table` row that `key` (an id or slug) names; a problem naming `field` if none. */
export function resolveReference(
  db: Db,
  table: EntityTable,
  key: string | null | undefined,
  field: string,
  what: EntityType,
  problems: InvalidParameter[],
): string | null {
  if (key === null || key === undefined) return null;
  const id = idOf(db, table, key);
  if (id === undefined) problems.push(bodyField(field, namesNothing(what, [key])));
  return id ?? null;
}
