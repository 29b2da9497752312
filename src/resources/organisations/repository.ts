import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { organisations, places } from '../../core/db/schema.ts';
import type { Organisation } from './schema.ts';
import type { OrganisationInput } from '../inputs.ts';
import { resolveReference, type EntityStore } from '../entity/store.ts';
import { byIdOrSlug, countEntities, pageOfEntities, suggestedIs } from '../../core/db/lookup.ts';
import type { Page, PageRequest } from '../../core/db/pagination.ts';
import { placeAndDescendantIds } from '../places/repository.ts';
import { matchesSearch } from '../search/terms.ts';
import { publicPlaces, showOrganisations, type Audience } from '../../core/db/visibility.ts';

export interface OrganisationFilters {
  /** Who is reading: the public sees no reference to a hidden country. */
  audience: Audience;
  suggested?: boolean | undefined;
  kind?: string[] | undefined;
  /** Organisations of these places (a country, or any place inside it). */
  place?: string[] | undefined;
  /** ISO 3166-1 codes of the organisation's country. */
  nationality?: string[] | undefined;
  q?: string | undefined;
}

function organisationConditions(db: Db, filters: OrganisationFilters): SQL | undefined {
  return and(
    suggestedIs(organisations, filters.suggested),
    filters.kind?.length ? inArray(organisations.kind, filters.kind) : undefined,
    filters.place?.length
      ? sql`(${sql.join(
          filters.place.map((id) => sql`${organisations.countryId} IN ${placeAndDescendantIds(id)}`),
          sql` OR `,
        )})`
      : undefined,
    filters.nationality?.length
      ? inArray(
          organisations.countryId,
          db
            .select({ id: places.id })
            .from(places)
            .where(
              and(
                inArray(places.isoCode, filters.nationality),
                filters.audience === 'public' ? publicPlaces : undefined,
              ),
            ),
        )
      : undefined,
    filters.q === undefined ? undefined : matchesSearch(db, 'organisations', filters.q, { prefix: true }),
  );
}

export function listOrganisations(
  db: Db,
  request: PageRequest,
  filters: OrganisationFilters,
  sort = 'name',
): Page<Organisation> {
  const page = pageOfEntities(db, organisations, request, organisationConditions(db, filters), sort);
  return { ...page, items: showOrganisations(db, filters.audience, page.items) };
}

export function countOrganisations(db: Db, filters: OrganisationFilters): number {
  return countEntities(db, organisations, organisationConditions(db, filters));
}

export function findOrganisation(db: Db, idOrSlug: string, audience: Audience): Organisation | undefined {
  const row = db.select().from(organisations).where(byIdOrSlug(organisations, idOrSlug)).get();
  return row && showOrganisations(db, audience, [row])[0];
}

export function organisationsByIds(db: Db, ids: string[], audience: Audience): Organisation[] {
  if (ids.length === 0) return [];
  return showOrganisations(db, audience, db.select().from(organisations).where(inArray(organisations.id, ids)).all());
}

/** How organisations are written: their kind, and their country (checked). */
export const organisationStore: EntityStore<typeof organisations, OrganisationInput, Organisation> = {
  type: 'organisation',
  table: organisations,
  find: findOrganisation,
  toRow: (db, input, _selfId, problems) => {
    const countryId = resolveReference(db, places, input.countryId, 'countryId', 'place', problems);
    return { row: (base) => ({ ...base, kind: input.kind, countryId }) };
  },
  common: (input) => input,
  asInput: ({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, country: _country, ...input }) => input,
};
