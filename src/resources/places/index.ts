import type { Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, InvalidParameterError } from '../../core/http/errors.ts';
import { aboutPlaceOrInside } from '../articles/repository.ts';
import { embedInPlaces } from '../articles/embed.ts';
import { placeStore, type PlaceFilters } from './repository.ts';
import { PLACE_INCLUDES, Place, PlaceItem, PlaceList, type PlaceInclude } from './schema.ts';
import { fieldNamesOf, placeFilters } from '../../core/http/query-schemas.ts';
import { entityFilters, entityListQuery, entityRoutes, type EntityListBody } from '../entity/descriptor.ts';
import { PlaceInput, PlacePatch } from '../inputs.ts';
import { addVary } from '../../core/http/envelope.ts';
import { fieldSelection, pickFields, withoutFields } from '../../core/http/fields.ts';
import { numbers, resolveRefs } from '../../core/http/list-params.ts';

const fieldNames = fieldNamesOf(Place);
const GEOJSON = 'application/geo+json';

const PlaceListQuery = entityListQuery(placeFilters, {
  fieldNames,
  includes: PLACE_INCLUDES,
  embedded: { parent: fieldNames },
});
type PlaceListQuery = Static<typeof PlaceListQuery>;

function bboxParam(value: string | undefined): PlaceFilters['bbox'] {
  if (value === undefined) return undefined;
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = numbers(value);
  const valid =
    [minLon, maxLon].every((lon) => lon >= -180 && lon <= 180) &&
    [minLat, maxLat].every((lat) => lat >= -90 && lat <= 90) &&
    minLat <= maxLat;
  if (!valid) {
    throw new InvalidParameterError({
      location: 'query',
      name: 'bbox',
      detail:
        'must be minLon,minLat,maxLon,maxLat with longitudes in [-180, 180], latitudes in [-90, 90], minLat <= maxLat',
    });
  }
  return [minLon, minLat, maxLon, maxLat];
}

function nearParam(query: PlaceListQuery): PlaceFilters['near'] {
  if (query.near === undefined) {
    if (query.radius !== undefined) {
      throw new InvalidParameterError({ location: 'query', name: 'radius', detail: 'needs `near` to measure from' });
    }
    return undefined;
  }
  const [lat = 0, lon = 0] = numbers(query.near);
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    throw new InvalidParameterError({
      location: 'query',
      name: 'near',
      detail: 'must be lat,lon within [-90, 90], [-180, 180]',
    });
  }
  if (query.sort !== undefined) {
    throw new InvalidParameterError({
      location: 'query',
      name: 'sort',
      detail: 'cannot be combined with `near`: nearest come first',
    });
  }
  return { point: { lat, lon }, radiusKm: query.radius ?? 100 };
}

function wantsGeoJson(request: FastifyRequest): boolean {
  const chosen = request.accepts().type(['application/json', GEOJSON]);
  if (chosen === false) {
    throw new ApiError(
      406,
      'not-acceptable',
      'Not acceptable',
      `Place lists are available as application/json and ${GEOJSON}`,
    );
  }
  return chosen === GEOJSON;
}

async function readPlaceList(request: FastifyRequest, query: PlaceListQuery) {
  const common = entityFilters(request, query);
  const parent =
    query.parent === undefined
      ? undefined
      : (await resolveRefs(request.server.db, 'place', [query.parent], 'parent', common.audience))[0];
  if (query.descendants !== undefined && parent === undefined) {
    throw new InvalidParameterError({ location: 'query', name: 'descendants', detail: 'needs `parent`' });
  }
  const filters: PlaceFilters = {
    ...common,
    kind: query.kind,
    parent: parent === undefined ? undefined : { id: parent, descendants: query.descendants ?? false },
    bbox: bboxParam(query.bbox),
    near: nearParam(query),
  };
  return { controls: query, filters };
}

/** JSON, or with `Accept: application/geo+json` a GeoJSON FeatureCollection of the same page. */
async function sendPlaceList(
  request: FastifyRequest,
  reply: FastifyReply,
  query: PlaceListQuery,
  page: (query: PlaceListQuery) => EntityListBody<Place, PlaceFilters, PlaceInclude>,
) {
  const geojson = wantsGeoJson(request);
  addVary(reply, 'accept');
  if (!geojson) return reply.type('application/json').send(await page(query));
  // Geometry comes from the whole place; `fields` then applies to each feature's properties.
  const selection = fieldSelection(query);
  const whole = await page(withoutFields(query));
  if (selection) reply.serializer((payload: unknown) => JSON.stringify(payload));
  const features = whole.data.map((place) => ({
    type: 'Feature' as const,
    id: place.id,
    geometry:
      place.latitude === null || place.longitude === null
        ? null
        : { type: 'Point' as const, coordinates: [place.longitude, place.latitude] },
    properties: selection ? pickFields(place, selection) : place,
  }));
  return reply.type(GEOJSON).send({ type: 'FeatureCollection', features, meta: whole.meta, links: whole.links });
}

/** `/places`: registered under that prefix by app.ts. */
export const places = entityRoutes({
  store: placeStore,
  names: { singular: 'Place', plural: 'Places' },
  schemas: { list: PlaceList, item: PlaceItem, input: PlaceInput, patch: PlacePatch },
  list: {
    query: PlaceListQuery,
    description:
      'Places, by name. Filter by kind, parent (`descendants=true` for every level), bounding box or distance ' +
      '(`near` + `radius`, nearest first with `distanceKm`). With `Accept: application/geo+json`, a GeoJSON FeatureCollection.',
    read: readPlaceList,
    send: sendPlaceList,
    mediaTypes: { [GEOJSON]: 'PlaceFeatureCollection' },
  },
  includes: PLACE_INCLUDES,
  fieldNames,
  embed: embedInPlaces,
  articlesAbout: aboutPlaceOrInside,
  articlesDescription:
    'Published articles that mention this place or any place inside it (an article about a village is found under its region and country), newest first.',
  cascadeDescription:
    'its mentions and the roles in that country are deleted, and places and organisations inside it are detached',
  mergeMoves: 'Its mentions, the places inside it, the organisations of it and the roles in it',
});
