import { Type, type Static } from '@sinclair/typebox';
import { ItemOf, ListOf, Nullable, ref } from '../../core/http/schemas.ts';
import { EntitySameAs, EntitySuggested, embeddedPlace, entityNames, entityTimestamps } from '../entity/schema.ts';
import { listExample, organisationExample } from '../../core/http/examples.ts';

export const Organisation = Type.Object(
  {
    ...entityNames(
      { id: 'org_2mbm6d4xj5yqxqgk2b3a', slug: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
      { describeAliases: false },
    ),
    kind: Type.String({
      maxLength: 1000,
      description: 'government, military, security agency, …',
      examples: ['military alliance'],
    }),
    countryId: Nullable(
      Type.String({
        maxLength: 1000,
        description: 'The country it belongs to, as a place id; null to the public when that place is not public yet',
      }),
    ),
    suggested: EntitySuggested,
    sameAs: EntitySameAs,
    ...entityTimestamps,
    country: embeddedPlace('With `include=country`: the country it belongs to'),
  },
  { $id: 'Organisation', examples: [organisationExample] },
);
export type Organisation = Static<typeof Organisation>;

export const OrganisationList = ListOf(
  ref(Organisation),
  'OrganisationList',
  listExample(organisationExample, '/organisations'),
);
export const OrganisationItem = ItemOf(ref(Organisation), 'OrganisationItem', organisationExample);

export const ORGANISATION_INCLUDES = ['country'] as const;
export type OrganisationInclude = (typeof ORGANISATION_INCLUDES)[number];

export const organisationSchemas = [Organisation, OrganisationList, OrganisationItem];
