import { Type, type Static } from '@sinclair/typebox';
import { PLACE_KINDS } from '../db/schema.ts';
import { ItemOf, ListOf, Nullable, StringEnum, Timestamp, ref } from './common.ts';
import { listExample, placeExample } from './examples.ts';

export const PlaceKind = StringEnum(PLACE_KINDS, { $id: 'PlaceKind', description: 'What sort of place this is' });

export const Place = Type.Object(
  {
    id: Type.String({ maxLength: 1000, examples: ['pla_vlqx4tpgbcw3ryyu2yah'] }),
    slug: Type.String({ maxLength: 1000, examples: ['kyiv'] }),
    name: Type.String({ maxLength: 1000, examples: ['Kyiv'] }),
    aliases: Type.Array(Type.String({ maxLength: 1000 }), {
      maxItems: 10_000,
      description: 'Other names and spellings',
      examples: [['Kiev']],
    }),
    kind: ref(PlaceKind),
    sameAs: Type.Array(Type.String({ maxLength: 1000, format: 'uri' }), {
      maxItems: 10_000,
      description: 'The same entity in other datasets (Wikidata, GeoNames)',
      examples: [['https://www.wikidata.org/wiki/Q1899']],
    }),
    parentId: Nullable(
      Type.String({ maxLength: 1000, description: 'The place this one lies in (village → region → country)' }),
    ),
    isoCode: Nullable(
      Type.String({ maxLength: 1000, description: 'ISO 3166-1 alpha-2 or ISO 3166-2 code', examples: ['UA-30'] }),
    ),
    latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
    coordinatesSource: Nullable(Type.String({ maxLength: 1000, description: 'Where the coordinates come from' })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Place', examples: [placeExample] },
);
export type Place = Static<typeof Place>;

export const PlaceList = ListOf(ref(Place), 'PlaceList', listExample(placeExample, '/places'));
export const PlaceItem = ItemOf(ref(Place), 'PlaceItem', placeExample);

export const placeSchemas = [PlaceKind, Place, PlaceList, PlaceItem];
