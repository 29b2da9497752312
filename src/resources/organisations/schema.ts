import { Type, type Static } from '@sinclair/typebox';
import { ItemOf, ListOf, Nullable, Timestamp, ref } from '../../core/http/schemas.ts';
import { listExample, organisationExample } from '../../core/http/examples.ts';

export const Organisation = Type.Object(
  {
    id: Type.String({ maxLength: 1000, examples: ['org_2mbm6d4xj5yqxqgk2b3a'] }),
    slug: Type.String({ maxLength: 1000, examples: ['nato'] }),
    name: Type.String({ maxLength: 1000, examples: ['NATO'] }),
    aliases: Type.Array(Type.String({ maxLength: 1000 }), {
      maxItems: 10_000,
      examples: [['North Atlantic Treaty Organization']],
    }),
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
    suggested: Type.Boolean({
      description: 'Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`)',
    }),
    sameAs: Type.Array(Type.String({ maxLength: 1000, format: 'uri' }), {
      maxItems: 10_000,
      description: 'The same entity in other datasets (Wikidata, GeoNames)',
      examples: [['https://www.wikidata.org/wiki/Q1899']],
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    country: Type.Optional(
      Nullable(Type.Unsafe<Record<string, unknown>>(Type.Ref('Place')), {
        description: 'With `include=country`: the country it belongs to',
      }),
    ),
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
