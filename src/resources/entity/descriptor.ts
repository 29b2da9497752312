import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/client.ts';
import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import { ENTITY_SORT_FIELDS } from '../../core/db/lookup.ts';
import type { Page, PageRequest } from '../../core/db/pagination.ts';
import type { Audience } from '../../core/db/visibility.ts';
import { suggestedParam } from '../../core/http/list-params.ts';
import type { ListControls, sendList } from '../../core/http/lists.ts';
import { embeddedFields, listControls } from '../../core/http/query-schemas.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import type { EntityFilters } from './reader.ts';
import { entityReads } from './reads.ts';
import type { EntityStore, StoredEntity } from './store.ts';
import { entityWrites } from './writes.ts';

/**
 * People, places and organisations are served alike: a filtered list, one item by id or slug, the
 * articles about them, feeds of those and, for those who speak, their quotes; created, replaced,
 * patched, deleted and merged the same way. Each resource describes itself once (people/index.ts
 * …) and `entityRoutes` builds its routes from that, relative to the prefix app.ts registers them
 * under ('/people'). Generic over the schemas, so handlers stay typed by the type provider.
 */

export interface EntityItem {
  id: string;
  slug: string;
  name: string;
}

/** What a list query asks for: its list controls (`limit`, `cursor` …) and the repository filters. */
export interface EntityListRead<Filters> {
  controls: ListControls;
  filters: Filters;
}

/** A page of the list as `sendList` answers it. */
export type EntityListBody<Item, Filters, Include extends string> = ReturnType<typeof sendList<Item, Filters, Include>>;

/** What an entity's reads need: how to find and list it, and how to show it (reads.ts). */
export interface EntityReadSide<
  Item extends EntityItem,
  Include extends string,
  ListQuery extends TSchema,
  Filters extends EntityFilters,
> {
  /** How it is read (its repository.ts). */
  store: {
    type: EntityType;
    find: (db: Db, idOrSlug: string, audience: Audience) => Promise<Item | undefined>;
    list: (db: Db, page: PageRequest, filters: Filters, sort?: string) => Promise<Page<Item>>;
    count: (db: Db, filters: Filters) => Promise<number>;
  };
  /** Capitalised names for operation ids (`Person`, `People`); the plural, lower-cased, is its OpenAPI tag. */
  names: { singular: string; plural: string };
  schemas: { list: TSchema; item: TSchema };
  list: {
    /** Filters and list controls. */
    query: ListQuery;
    description: string;
    /** Reads a validated query: its controls, and its filters (`entityFilters` gives those every entity has). */
    read: (
      request: FastifyRequest,
      query: Static<ListQuery>,
    ) => EntityListRead<Filters> | Promise<EntityListRead<Filters>>;
    /**
     * Answers the list, when it does more than answer the page as JSON: `page` answers it for a
     * query (another representation may want the page without its `fields=`).
     */
    send?: (
      request: FastifyRequest,
      reply: FastifyReply,
      query: Static<ListQuery>,
      page: (query: Static<ListQuery>) => EntityListBody<Item, Filters, Include>,
    ) => unknown;
    /** Other representations of the list, by media type: the component schema describing each. */
    mediaTypes?: Record<string, string>;
  };
  includes: readonly Include[];
  fieldNames: readonly string[];
  embed: (db: Db, items: Item[], include: Set<Include>, audience: Audience) => Promise<Item[]>;
  articlesAbout: (id: string) => SQL | undefined;
  articlesDescription: string;
  /** Present for entities that can be quoted. */
  quotesBy?: (id: string) => SQL;
}

/** What an entity's writes and merge need: how it is stored, and what its bodies are (writes.ts). */
export interface EntityWriteSide<
  Table extends EntityTable,
  Item extends EntityItem,
  Row extends StoredEntity,
  Input extends TSchema,
  Patch extends TSchema & { static: Partial<Static<Input>> },
> {
  /** How it is stored (its repository.ts). */
  store: EntityStore<Table, Static<Input>, Item, Row>;
  names: { singular: string; plural: string };
  schemas: { item: TSchema; input: Input; patch: Patch };
  /** What a delete with `cascade=true` does to what refers to the entity. */
  cascadeDescription: string;
  /** What moves to the target of a merge, in the route's description. */
  mergeMoves: string;
}

/** The filters every entity list query has, read from it. */
export function entityFilters(
  request: FastifyRequest,
  query: { suggested?: boolean | undefined; q?: string | undefined },
): EntityFilters {
  return { audience: audienceOf(request), suggested: suggestedParam(request, query.suggested), q: query.q };
}

/** A list query: the entity's own filters, the list controls (sorted by name by default), `fields[…]=` for what it embeds. */
export function entityListQuery<Filters extends TProperties, const Includes extends readonly string[]>(
  filters: Filters,
  options: { fieldNames: readonly string[]; includes: Includes; embedded: Record<string, readonly string[]> },
) {
  const { fieldNames, includes, embedded } = options;
  return Type.Object(
    {
      ...filters,
      ...listControls({ sortFields: ENTITY_SORT_FIELDS, defaultSort: 'name', fieldNames, includes }),
      ...embeddedFields(embedded),
    },
    { additionalProperties: false },
  );
}

/**
 * The entity's read, write and merge routes: three plugins, registered (in that document order)
 * under its prefix. The descriptor is both sides at once.
 */
export function entityRoutes<
  Table extends EntityTable,
  Item extends EntityItem,
  Row extends StoredEntity,
  Input extends TSchema,
  Patch extends TSchema & { static: Partial<Static<Input>> },
  Include extends string,
  ListQuery extends TSchema,
  Filters extends EntityFilters,
>(entity: EntityReadSide<Item, Include, ListQuery, Filters> & EntityWriteSide<Table, Item, Row, Input, Patch>) {
  return { reads: entityReads(entity), ...entityWrites(entity) };
}
