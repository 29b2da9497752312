import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { aboutOrganisation } from '../articles/repository.ts';
import { embedInOrganisations } from '../articles/embed.ts';
import { ENTITY_SORT_FIELDS } from '../../core/db/lookup.ts';
import { countOrganisations, listOrganisations, organisationStore, type OrganisationFilters } from './repository.ts';
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
import { entityRoutes } from '../entity/routes.ts';
import { OrganisationInput, OrganisationPatch } from '../inputs.ts';
import { sendList } from '../../core/http/lists.ts';
import { resolveRefs, suggestedParam } from '../../core/http/list-params.ts';
import { audienceOf } from '../../core/plugins/auth.ts';

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
    embed: (db, items, include: Set<OrganisationInclude>) => embedInOrganisations(db, items, include, audience),
  });
}

/** `/organisations`: registered under that prefix by app.ts. */
export const organisations = entityRoutes({
  store: organisationStore,
  tag: 'organisations',
  operationNames: { singular: 'Organisation', plural: 'Organisations' },
  schemas: { list: OrganisationList, item: OrganisationItem, input: OrganisationInput, patch: OrganisationPatch },
  list: {
    query: OrganisationListQuery,
    description: 'Organisations, by name. Filter by kind, country or name (prefix, for autocomplete).',
    send: sendOrganisationList,
  },
  includes: ORGANISATION_INCLUDES,
  fieldNames,
  embed: embedInOrganisations,
  articlesAbout: aboutOrganisation,
  articlesDescription: 'Published articles that mention or quote this organisation, newest first.',
  quotesBy: bySpeakerOrganisation,
  cascadeDescription: 'its quotes, mentions and the roles in it are deleted',
  mergeMoves: 'Its quotes, mentions and the roles in it',
});
