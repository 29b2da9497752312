import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { oneOf } from '../../core/db/filters.ts';
import { mentions, organisations, personRoles, places, quotes } from '../../core/db/schema.ts';
import type { Organisation } from './schema.ts';
import type { OrganisationInput } from '../inputs.ts';
import { mentionsOf, quotesSpoken, rolesIn } from '../entity/references.ts';
import { resolveReference, type EntityStore } from '../entity/store.ts';
import { entityReader, type EntityFilters } from '../entity/reader.ts';
import { isPlaceOrInside } from '../places/repository.ts';
import { publicPlaces, showOrganisations } from '../../core/db/visibility.ts';

/** The public sees no reference to a hidden country (visibility.ts). */
export interface OrganisationFilters extends EntityFilters {
  kind?: string[] | undefined;
  /** Organisations of these places (a country, or any place inside it). */
  place?: string[] | undefined;
  /** ISO 3166-1 codes of the organisation's country. */
  nationality?: string[] | undefined;
}

function organisationConditions(db: Db, filters: OrganisationFilters): SQL | undefined {
  return and(
    filters.kind?.length ? oneOf(organisations.kind, filters.kind) : undefined,
    filters.place?.length
      ? sql`(${sql.join(
          filters.place.map((id) => isPlaceOrInside(db, organisations.countryId, id)),
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
  );
}

const reader = entityReader({
  table: organisations,
  rows: (db) => db.select().from(db.tables.organisations),
  references: [organisations.countryId],
  search: 'organisations',
  show: showOrganisations,
  where: organisationConditions,
});
export const organisationsByIds = reader.byIds;

/** How organisations are written: their kind, and their country (checked). */
export const organisationStore = {
  type: 'organisation',
  ...reader,
  toRow: async (db, input, _selfId, problems) => {
    const countryId = await resolveReference(db, places, input.countryId, 'countryId', 'place', problems);
    return { row: (base) => ({ ...base, kind: input.kind, countryId }) };
  },
  common: (input) => input,
  asInput: ({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, country: _country, ...input }) => input,
  references: [
    quotesSpoken(quotes.speakerOrganisationId, (id) => ({ speakerOrganisationId: id })),
    mentionsOf(mentions.organisationId, (id) => ({ organisationId: id })),
    rolesIn(personRoles.organisationId, (id) => ({ organisationId: id })),
  ],
  merge: {
    fill: async (_db, target, duplicate) =>
      target.countryId === null && duplicate.countryId !== null ? { countryId: duplicate.countryId } : {},
  },
} satisfies EntityStore<typeof organisations, OrganisationInput, Organisation, typeof organisations.$inferSelect>;
