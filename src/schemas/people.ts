import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, ItemOf, ListOf, Nullable, Timestamp, ref } from './common.ts';
import { listExample, personExample } from './examples.ts';

export const PersonRole = Type.Object(
  {
    title: Type.String({ examples: ['Minister of Foreign Affairs'] }),
    organisationId: Nullable(Type.String()),
    countryId: Nullable(Type.String({ description: 'The country of the office, as a place id' })),
    startedOn: Nullable(IsoDate),
    endedOn: Nullable(IsoDate),
    source: Nullable(Type.String({ description: 'Citation for what the articles themselves do not state' })),
  },
  { $id: 'PersonRole' },
);

export const Person = Type.Object(
  {
    id: Type.String({ examples: ['per_ehbrkgxdyj3w2gkhpjrm'] }),
    slug: Type.String({ examples: ['andrii-sybiha'] }),
    name: Type.String({ examples: ['Andrii Sybiha'] }),
    aliases: Type.Array(Type.String(), { description: 'Other names and spellings', examples: [['Sybiha']] }),
    nationality: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2 country code', examples: ['UA'] })),
    nationalitySource: Nullable(Type.String()),
    sameAs: Type.Array(Type.String({ format: 'uri' }), {
      description: 'The same entity in other datasets (Wikidata, GeoNames)',
      examples: [['https://www.wikidata.org/wiki/Q1899']],
    }),
    roles: Type.Array(ref(PersonRole)),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Person', examples: [personExample] },
);
export type Person = Static<typeof Person>;

export const PersonList = ListOf(ref(Person), 'PersonList', listExample(personExample, '/people'));
export const PersonItem = ItemOf(ref(Person), 'PersonItem', personExample);

export const personSchemas = [PersonRole, Person, PersonList, PersonItem];
