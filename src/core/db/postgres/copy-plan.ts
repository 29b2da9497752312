import { is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

/**
 * What `copyToPostgres` (copy.ts) does with each table and each trigger of the PostgreSQL schema when it
 * copies a SQLite newsroom across: the order, the columns and their conversions, and which derived data
 * is copied as SQLite holds it and which the PostgreSQL triggers rebuild from the copied rows.
 *
 * The rule: what the rows as they are now determine (the search index and its passages, article_places)
 * is rebuilt by the triggers or the function they call, as the same writes would have built it; what records the past (the change
 * log, with its deletes and tombstones, and ever_public) cannot be rebuilt from the rows and is copied,
 * its triggers off meanwhile, which would otherwise log every copied row as a new create.
 */

/** How a table's rows reach PostgreSQL. */
export type TableMode =
  /** Copied row by row. */
  | 'copy'
  /** Not copied: rebuilt from the copied rows as the triggers would (copy.ts), and its count is checked. */
  | 'rebuilt'
  /** Not copied: stored article documents are a cache, deleted whenever anything they show changes and
   * built again by the next read; one made by SQLite's JSON functions is not carried into PostgreSQL. */
  | 'cache';

const MODES: Record<string, TableMode> = { article_places: 'rebuilt', article_documents: 'cache' };

export interface ColumnPlan {
  name: string;
  /** The PostgreSQL type, for the `unnest($n::type[])` of the insert. */
  sqlType: string;
  /** SQLite's value (read with safe integers: every INTEGER is a bigint) as PostgreSQL's column takes it. */
  convert: (value: unknown) => unknown;
}

export interface TablePlan {
  name: string;
  mode: TableMode;
  columns: ColumnPlan[];
  /** The single-column primary key, to set self-references after the rows are in (see copy.ts). */
  key: string | undefined;
  /** Columns referring to the same table (a place's parent): a row may refer to one copied after it. */
  selfReferences: string[];
  /** An identity column, whose sequence must continue after the copied values. */
  identity: string | undefined;
}

const asBoolean = (value: unknown) => (value === null ? null : Number(value) !== 0);
const asNumber = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);
// Text and JSON as SQLite holds them (`json` keeps the text as written); integers as text too (pg sends
// every parameter as text anyway): a bigint past 2^53 stays exact, and one past a PostgreSQL `integer`
// fails the copy loudly instead of being cut. A blob (no column of the schema holds one) stops the copy rather than turning into "[object …]".
function asText(value: unknown): string | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new Error(`a value of type ${typeof value} where text or a number was expected`);
}

function converter(column: PgColumn): ColumnPlan['convert'] {
  switch (column.columnType) {
    case 'PgBoolean':
      return asBoolean;
    case 'PgDoublePrecision':
      return asNumber;
    case 'PgInteger':
    case 'PgBigInt53':
    case 'PgText':
    case 'PgJson':
      return asText;
    default:
      throw new Error(`copy-plan.ts has no conversion for ${column.name}'s type ${column.columnType}`);
  }
}

function planTable(table: PgTable): TablePlan {
  const config = getTableConfig(table);
  return {
    name: config.name,
    mode: MODES[config.name] ?? 'copy',
    columns: config.columns.map((column) => ({
      name: column.name,
      sqlType: column.getSQLType(),
      convert: converter(column),
    })),
    key: config.columns.find((column) => column.primary)?.name,
    selfReferences: config.foreignKeys
      .map((fk) => fk.reference())
      .filter((reference) => getTableConfig(reference.foreignTable).name === config.name)
      .flatMap((reference) => reference.columns.map((column) => column.name)),
    identity: config.columns.find((column) => column.generatedIdentity !== undefined)?.name,
  };
}

/** Every table of the schema, each after the tables it refers to (its foreign keys), in schema order otherwise. */
export function copyPlan(): TablePlan[] {
  const tables: PgTable[] = [];
  for (const value of Object.values(schema) as unknown[]) if (is(value, PgTable)) tables.push(value);
  const ordered: PgTable[] = [];
  const visiting = new Set<PgTable>();
  const visit = (table: PgTable) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`${getTableConfig(table).name}: its foreign keys go round in a cycle`);
    visiting.add(table);
    for (const fk of getTableConfig(table).foreignKeys) {
      const referenced = fk.reference().foreignTable;
      if (referenced !== table) visit(referenced);
    }
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered.map(planTable);
}

/**
 * Every trigger function of migrations/postgres, by what the copy does with its triggers. A trigger whose
 * function is in neither list stops the copy (copy.ts), so a later migration's trigger cannot be copied
 * around, or fire, by accident: add its function here.
 */
export const TRIGGERS_LEFT_ON = new Set([
  // The search index and passages, in copy order (rid is the order of SQLite's rowids, as the copy reads them).
  'search_index',
  'search_passages_delete',
  // The published-needs-a-date guard: every copied row already passed SQLite's.
  'articles_published_needs_date',
  // Deletes only; the copy deletes nothing.
  'articles_quotes_go_first',
  'people_roles_go_first',
]);

export const TRIGGERS_TURNED_OFF = new Set([
  // The change log and its visibility: copied with its seqs, times and visibilities.
  'changes_record',
  'person_roles_change',
  'changes_visibility',
  // ever_public: copied, tombstones of what was public once included.
  'ever_public_record',
  // article_places: rebuilt once all mentions are in, by the function these triggers call (copy.ts);
  // rebuilt per batch of mentions, it cost half the copy's time.
  'mentions_article_places',
  'articles_article_places_update',
  'places_article_places_move',
  // Forgetting stored article documents: the copy leaves none to forget.
  'articles_document_update',
  'article_parts_document',
  'entity_document',
  'person_roles_document',
  'organisations_document_referrers',
  'places_document_referrers',
]);
