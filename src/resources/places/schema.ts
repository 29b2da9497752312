import { Type, type Static } from '@sinclair/typebox';
import { PLACE_KINDS } from '../../core/db/schema.ts';
import { ItemOf, ListLinks, ListMeta, ListOf, Nullable, StringEnum, ref } from '../../core/http/schemas.ts';
import { EntitySameAs, EntitySuggested, embeddedPlace, entityNames, entityTimestamps } from '../entity/schema.ts';
import { listExample, placeExample } from '../../core/http/examples.ts';

export const PlaceKind = StringEnum(PLACE_KINDS, { $id: 'PlaceKind', description: 'What sort of place this is' });

export const Place = Type.Object(
  {
    ...entityNames({ id: 'pla_vlqx4tpgbcw3ryyu2yah', slug: 'kyiv', name: 'Kyiv', aliases: ['Kiev'] }),
    kind: ref(PlaceKind),
    sameAs: EntitySameAs,
    parentId: Nullable(
      Type.String({
        maxLength: 1000,
        description:
          'The place this one lies in (village → region → country); null to the public when that place is not public yet',
      }),
    ),
    isoCode: Nullable(
      Type.String({ maxLength: 1000, description: 'ISO 3166-1 alpha-2 or ISO 3166-2 code', examples: ['UA-30'] }),
    ),
    latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
    coordinatesSource: Nullable(Type.String({ maxLength: 1000, description: 'Where the coordinates come from' })),
    suggested: EntitySuggested,
    distanceKm: Type.Optional(
      Type.Number({ minimum: 0, maximum: 20_038, description: 'With `near=`: great-circle distance in km' }),
    ),
    ...entityTimestamps,
    parent: embeddedPlace('With `include=parent`: the place this one lies in'),
  },
  { $id: 'Place', examples: [placeExample] },
);
export type Place = Static<typeof Place>;

export const PlaceList = ListOf(ref(Place), 'PlaceList', listExample(placeExample, '/places'));
export const PlaceItem = ItemOf(ref(Place), 'PlaceItem', placeExample);

/** A page of places as a GeoJSON FeatureCollection (RFC 7946), for maps; `meta` and `links` ride along. */
export const PlaceFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Type.String({ maxLength: 64 }),
        geometry: Nullable(
          Type.Object({
            type: Type.Literal('Point'),
            coordinates: Type.Array(Type.Number({ minimum: -180, maximum: 180 }), {
              minItems: 2,
              maxItems: 2,
              description: '[longitude, latitude]',
            }),
          }),
          { description: 'null where the coordinates are not known' },
        ),
        properties: ref(Place),
      }),
      { maxItems: 100 },
    ),
    meta: ref(ListMeta),
    links: ref(ListLinks),
  },
  {
    $id: 'PlaceFeatureCollection',
    examples: [
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: placeExample.id,
            geometry: { type: 'Point', coordinates: [30.5238, 50.45466] },
            properties: placeExample,
          },
        ],
        meta: { limit: 20, count: 1, nextCursor: null, prevCursor: null },
        links: { self: 'http://localhost:3000/places?kind=city', next: null, prev: null },
      },
    ],
  },
);

export const PLACE_INCLUDES = ['parent'] as const;
export type PlaceInclude = (typeof PLACE_INCLUDES)[number];

export const placeSchemas = [PlaceKind, Place, PlaceList, PlaceItem, PlaceFeatureCollection];
