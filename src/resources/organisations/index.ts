import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/client.ts';
import { aboutOrganisation } from '../articles/repository.ts';
import { embedInOrganisations } from '../articles/embed.ts';
import { ENTITY_SORT_FIELDS } from '../../core/db/lookup.ts';
import { countOrganisations, findOrganisation, listOrganisations, type OrganisationFilters } from './repository.ts';
import { bySpeakerOrganisation } from '../quotes/repository.ts';
import {
  ORGANISATION_INCLUDES,
  Organisation,
  OrganisationItem,
  OrganisationList,
  type OrganisationInclude,
} from './schema.ts';
import { Place } from '../places/schema.ts';
import { embeddedFields, fieldNamesOf, listControls, organisationFilters } from '../../core/http/query-schemas.ts';
import { entityRoutes } from '../entities/routes.ts';
import { sendList } from '../../core/http/lists.ts';
import { resolveRefs, suggestedParam } from '../../core/http/list-params.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import type { Audience } from '../../core/db/visibility.ts';

const fieldNames = fieldNamesOf(Organisation);

const OrganisationListQuery = Type.Object(
  {
    ...organisationFilters,
    ...listControls({
      sortFields: ENTITY_SORT_FIELDS,
      defaultSort: 'name',
      fieldNames,
      includes: ORGANISATION_INCLUDES,
    }),
    ...embeddedFields({ country: fieldNamesOf(Place) }),
  },
  { additionalProperties: false },
);
type OrganisationListQuery = Static<typeof OrganisationListQuery>;

const embedOrganisations = (db: Db, items: Organisation[], include: Set<string>, audience: Audience) =>
  embedInOrganisations(db, items, include as Set<OrganisationInclude>, audience);

function sendOrganisationList(request: FastifyRequest, reply: FastifyReply, query: OrganisationListQuery) {
  const audience = audienceOf(request);
  const filters: OrganisationFilters = {
    audience,
    suggested: suggestedParam(request, query.suggested),
    kind: query.kind,
    place: query.place && resolveRefs(request.server.db, 'place', query.place, 'place', audience),
    nationality: query.nationality?.map((code) => code.toUpperCase()),
    q: query.q,
  };
  return sendList(request, reply, query, {
    filters,
    list: listOrganisations,
    count: countOrganisations,
    embed: (db, items, include) => embedOrganisations(db, items, include, audience),
  });
}

export default entityRoutes({
  plural: 'organisations',
  singular: 'organisation',
  operationNames: { singular: 'Organisation', plural: 'Organisations' },
  listSchema: OrganisationList,
  itemSchema: OrganisationItem,
  listQuery: OrganisationListQuery,
  listDescription: 'Organisations, by name. Filter by kind, country or name (prefix, for autocomplete).',
  sendList: (request, reply, query) => sendOrganisationList(request, reply, query as OrganisationListQuery),
  includes: ORGANISATION_INCLUDES,
  fieldNames,
  find: findOrganisation,
  embed: embedOrganisations,
  articlesAbout: aboutOrganisation,
  articlesDescription: 'Published articles that mention or quote this organisation, newest first.',
  quotesBy: bySpeakerOrganisation,
});
