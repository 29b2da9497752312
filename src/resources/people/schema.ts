import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, ItemOf, ListOf, Nullable, ref } from '../../core/http/schemas.ts';
import { EntitySameAs, EntitySuggested, entityNames, entityTimestamps } from '../entity/schema.ts';
import { listExample, personExample } from '../../core/http/examples.ts';

export const PersonRole = Type.Object(
  {
    title: Type.String({ maxLength: 1000, examples: ['Minister of Foreign Affairs'] }),
    organisationId: Nullable(
      Type.String({ maxLength: 1000, description: 'Null to the public when the organisation is not public yet' }),
    ),
    countryId: Nullable(
      Type.String({
        maxLength: 1000,
        description: 'The country of the office, as a place id; null to the public when that place is not public yet',
      }),
    ),
    startedOn: Nullable(IsoDate),
    endedOn: Nullable(IsoDate),
    source: Nullable(
      Type.String({ maxLength: 1000, description: 'Citation for what the articles themselves do not state' }),
    ),
  },
  { $id: 'PersonRole' },
);

export const Person = Type.Object(
  {
    ...entityNames({
      id: 'per_ehbrkgxdyj3w2gkhpjrm',
      slug: 'andrii-sybiha',
      name: 'Andrii Sybiha',
      aliases: ['Sybiha'],
    }),
    nationality: Nullable(
      Type.String({ maxLength: 1000, description: 'ISO 3166-1 alpha-2 country code', examples: ['UA'] }),
    ),
    nationalitySource: Nullable(Type.String({ maxLength: 1000 })),
    sameAs: EntitySameAs,
    roles: Type.Array(ref(PersonRole), { maxItems: 100 }),
    suggested: EntitySuggested,
    ...entityTimestamps,
    organisations: Type.Optional(
      Type.Array(Type.Unsafe<Record<string, unknown>>(Type.Ref('Organisation')), {
        maxItems: 100,
        description: 'With `include=organisations`: the organisations of their roles',
      }),
    ),
    places: Type.Optional(
      Type.Array(Type.Unsafe<Record<string, unknown>>(Type.Ref('Place')), {
        maxItems: 100,
        description: 'With `include=places`: the countries of their roles',
      }),
    ),
  },
  { $id: 'Person', examples: [personExample] },
);
export type Person = Static<typeof Person>;

export const PersonList = ListOf(ref(Person), 'PersonList', listExample(personExample, '/people'));
export const PersonItem = ItemOf(ref(Person), 'PersonItem', personExample);

export const PERSON_INCLUDES = ['organisations', 'places'] as const;
export type PersonInclude = (typeof PERSON_INCLUDES)[number];

export const personSchemas = [PersonRole, Person, PersonList, PersonItem];
