import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { articles, organisations, people, places } from './schema.ts';

/**
 * Which table holds each kind of resource that has a name or headline and a slug: the one map
 * that code handed a type name reads (slugs and their redirects, id-or-slug lookups, list
 * filters, entity writes, merges and deletes). A new entity type is added here and nowhere else.
 */

type TextColumn = AnySQLiteColumn<{ data: string; notNull: true }>;
type ListColumn = AnySQLiteColumn<{ data: string[]; notNull: true }>;

/** A table whose rows are named by id or slug (articles, people, places, organisations). */
export type SluggedTable = SQLiteTable & { id: TextColumn; slug: TextColumn };

/** A table of named, slugged entities: the columns every one of them has. */
export type EntityTable = SluggedTable & {
  name: TextColumn;
  aliases: ListColumn;
  sameAs: ListColumn;
  suggested: AnySQLiteColumn<{ data: boolean; notNull: true }>;
  createdAt: TextColumn;
  updatedAt: TextColumn;
};

export const ENTITY_TABLES = { person: people, place: places, organisation: organisations } as const satisfies Record<
  string,
  EntityTable
>;
export type EntityType = keyof typeof ENTITY_TABLES;

export const SLUGGED_TABLES = { article: articles, ...ENTITY_TABLES } as const satisfies Record<string, SluggedTable>;
export type SluggedType = keyof typeof SLUGGED_TABLES;

export const isSluggedType = (name: string): name is SluggedType => Object.hasOwn(SLUGGED_TABLES, name);
