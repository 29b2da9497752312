import { and, inArray, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  byIdOrSlug,
  countEntities,
  entitiesWhere,
  pageOfEntities,
  suggestedIs,
  type EntityRead,
  type RowSource,
} from '../../core/db/lookup.ts';
import type { EntityTable } from '../../core/db/named-tables.ts';
import type { Page, PageRequest } from '../../core/db/pagination.ts';
import type { Audience } from '../../core/db/visibility.ts';

import { matchesSearch, type SearchTable } from '../search/terms.ts';

/**
 * Reading people, places and organisations: one by id or slug, several by id, a filtered page and
 * its count, each shown to an audience. Every entity reads the same way; what differs (its table,
 * what it attaches to rows, its own filters) its repository.ts gives `entityReader`.
 */

/** The filters every entity list has; each entity's own filters extend them. */
export interface EntityFilters {
  /** Who is reading: the public sees no hidden entity, nor a reference to one. */
  audience: Audience;
  /** Only what ingest proposed and no editor confirmed yet (else only confirmed ones). */
  suggested?: boolean | undefined;
  /** Name or alias; plain words match as prefixes, for autocomplete. */
  q?: string | undefined;
}

export interface EntitySource<
  Table extends EntityTable,
  Row extends { id: string; name: string; createdAt: string; updatedAt: string },
  Item,
  Filters,
> {
  table: Table;
  /** `db.select().from(table)`, written with the concrete table so rows stay typed. */
  rows: (db: Db) => RowSource<Row>;
  /** Its full-text index, for `q`. */
  search: SearchTable;
  /** Columns holding other entities' ids, which the public sees only while those are public (visibility.ts). */
  references?: Column[];
  /** What each row is read with from other tables (a person's roles): see lookup.ts's EntityRead. */
  attached?: EntityRead['attached'];
  /**
   * What `audience` sees of loaded rows (visibility.ts), with what belongs to them attached;
   * `known`, when given, is what the rows' references point at that is hidden.
   */
  show: (db: Db, audience: Audience, rows: Row[], known?: Set<string>) => Promise<Item[]>;
  /** The condition its own filters make (`suggested` and `q` are added here). */
  where: (db: Db, filters: Filters) => SQL | undefined;
}

export function entityReader<
  Table extends EntityTable,
  Row extends { id: string; name: string; createdAt: string; updatedAt: string },
  Item,
  Filters extends EntityFilters,
>(source: EntitySource<Table, Row, Item, Filters>) {
  const { table } = source;
  const conditions = (db: Db, filters: Filters) =>
    and(
      suggestedIs(table, filters.suggested),
      source.where(db, filters),
      filters.q === undefined ? undefined : matchesSearch(db, source.search, filters.q, { prefix: true }),
    );
  const entityOf = (audience: Audience): EntityRead => ({
    table,
    references: source.references ?? [],
    attached: source.attached,
    audience,
  });
  return {
    source,
    table,
    /** The table, its references and the audience, as a page of it is read (lookup.ts). */
    entity: entityOf,
    rows: source.rows,
    /** The condition a list's filters make, for a list that pages in its own way. */
    conditions,
    find: async (db: Db, idOrSlug: string, audience: Audience): Promise<Item | undefined> => {
      const { rows, hidden } = await entitiesWhere<Row>(db, entityOf(audience), byIdOrSlug(table, idOrSlug), 1);
      return rows[0] && (await source.show(db, audience, rows, hidden))[0];
    },
    byIds: async (db: Db, ids: string[], audience: Audience): Promise<Item[]> => {
      if (ids.length === 0) return [];
      const { rows, hidden } = await entitiesWhere<Row>(db, entityOf(audience), inArray(table.id, ids), ids.length);
      return source.show(db, audience, rows, hidden);
    },
    list: async (db: Db, request: PageRequest, filters: Filters, sort = 'name'): Promise<Page<Item>> => {
      const entity = entityOf(filters.audience);
      const page = await pageOfEntities<Row>(db, entity, request, conditions(db, filters), sort);
      return { ...page, items: await source.show(db, filters.audience, page.items, page.hidden) };
    },
    count: (db: Db, filters: Filters): Promise<number> => countEntities(db, table, conditions(db, filters)),
  };
}
