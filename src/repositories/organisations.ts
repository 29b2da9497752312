import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations } from '../db/schema.ts';
import type { Organisation } from '../schemas/organisations.ts';
import { byIdOrSlug, pageByName } from './lookup.ts';
import type { Page, PageRequest } from './pagination.ts';

export function listOrganisations(db: Db, request: PageRequest): Page<Organisation> {
  return pageByName(db, organisations, request);
}

export function findOrganisation(db: Db, idOrSlug: string): Organisation | undefined {
  return db.select().from(organisations).where(byIdOrSlug(organisations, idOrSlug)).get();
}

export function organisationsByIds(db: Db, ids: string[]): Organisation[] {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids)).all();
}
