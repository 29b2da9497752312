import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { aboutPerson } from '../articles/repository.ts';
import { embedInPeople } from '../articles/embed.ts';
import { ENTITY_SORT_FIELDS } from '../../core/db/lookup.ts';
import { countPeople, listPeople, personStore, type PersonFilters } from './repository.ts';
import { bySpeakerPerson } from '../quotes/repository.ts';
import { Organisation } from '../organisations/schema.ts';
import { PERSON_INCLUDES, Person, PersonItem, PersonList, type PersonInclude } from './schema.ts';
import { Place } from '../places/schema.ts';
import { embeddedFields, fieldNamesOf, listControls, personFilters } from '../../core/http/query-schemas.ts';
import { entityRoutes } from '../entity/routes.ts';
import { PersonInput, PersonPatch } from '../inputs.ts';
import { sendList } from '../../core/http/lists.ts';
import { resolveRefs, suggestedParam } from '../../core/http/list-params.ts';
import { audienceOf } from '../../core/plugins/auth.ts';

const fieldNames = fieldNamesOf(Person);

const PersonListQuery = Type.Object(
  {
    ...personFilters,
    ...listControls({ sortFields: ENTITY_SORT_FIELDS, defaultSort: 'name', fieldNames, includes: PERSON_INCLUDES }),
    ...embeddedFields({ organisations: fieldNamesOf(Organisation), places: fieldNamesOf(Place) }),
  },
  { additionalProperties: false },
);
type PersonListQuery = Static<typeof PersonListQuery>;

function sendPersonList(request: FastifyRequest, reply: FastifyReply, query: PersonListQuery) {
  const audience = audienceOf(request);
  const filters: PersonFilters = {
    audience,
    suggested: suggestedParam(request, query.suggested),
    role: query.role,
    organisation:
      query.organisation &&
      resolveRefs(request.server.db, 'organisation', query.organisation, 'organisation', audience),
    nationality: query.nationality?.map((code) => code.toUpperCase()),
    q: query.q,
  };
  return sendList(request, reply, query, {
    filters,
    list: listPeople,
    count: countPeople,
    embed: (db, items, include: Set<PersonInclude>) => embedInPeople(db, items, include, audience),
  });
}

/** `/people`: registered under that prefix by app.ts. */
export const people = entityRoutes({
  store: personStore,
  tag: 'people',
  operationNames: { singular: 'Person', plural: 'People' },
  schemas: { list: PersonList, item: PersonItem, input: PersonInput, patch: PersonPatch },
  list: {
    query: PersonListQuery,
    description: 'People, by name. Filter by role, organisation, nationality or name (prefix, for autocomplete).',
    send: sendPersonList,
  },
  includes: PERSON_INCLUDES,
  fieldNames,
  embed: embedInPeople,
  articlesAbout: aboutPerson,
  articlesDescription: 'Published articles that mention or quote this person, newest first.',
  quotesBy: bySpeakerPerson,
  cascadeDescription: 'their quotes and mentions are deleted too',
  mergeMoves: 'Their quotes, mentions and roles (except roles the target already holds)',
});
