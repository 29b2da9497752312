import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations } from '../db/schema.ts';
import type { Organisation } from '../schemas/organisations.ts';
import { byIdOrSlug } from './lookup.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';

const NAME_ORDER: SortKey[] = [
  { column: organisations.name, direction: 'asc' },
  { column: organisations.id, direction: 'asc' },
];

export function listOrganisations(db: Db, request: PageRequest): Page<Organisation> {
  const rows = db
    .select()
    .from(organisations)
    .where(cursorCondition(NAME_ORDER, request))
    .orderBy(...orderByKeys(NAME_ORDER))
    .limit(request.limit + 1)
    .all();
  return toPage(
    rows,
    request,
    (row) => [row.name, row.id],
    (row) => row,
  );
}

export function findOrganisation(db: Db, idOrSlug: string): Organisation | undefined {
  return db.select().from(organisations).where(byIdOrSlug(organisations, idOrSlug)).get();
}

export function organisationsByIds(db: Db, ids: string[]): Organisation[] {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids)).all();
}
