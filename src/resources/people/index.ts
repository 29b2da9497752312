import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/client.ts';
import { aboutPerson } from '../articles/repository.ts';
import { embedInPeople } from '../articles/embed.ts';
import { ENTITY_SORT_FIELDS } from '../../core/db/lookup.ts';
import { countPeople, findPerson, listPeople, type PersonFilters } from './repository.ts';
import { bySpeakerPerson } from '../quotes/repository.ts';
import { Organisation } from '../organisations/schema.ts';
import { PERSON_INCLUDES, Person, PersonItem, PersonList, type PersonInclude } from './schema.ts';
import { Place } from '../places/schema.ts';
import { embeddedFields, fieldNamesOf, listControls, personFilters } from '../../core/http/query-schemas.ts';
import { entityRoutes } from '../entities/routes.ts';
import { sendList } from '../../core/http/lists.ts';
import { resolveRefs, suggestedParam } from '../../core/http/list-params.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import type { Audience } from '../../core/db/visibility.ts';

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

const embedPeople = (db: Db, items: Person[], include: Set<string>, audience: Audience) =>
  embedInPeople(db, items, include as Set<PersonInclude>, audience);

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
    embed: (db, items, include) => embedPeople(db, items, include, audience),
  });
}

export default entityRoutes({
  plural: 'people',
  singular: 'person',
  operationNames: { singular: 'Person', plural: 'People' },
  listSchema: PersonList,
  itemSchema: PersonItem,
  listQuery: PersonListQuery,
  listDescription: 'People, by name. Filter by role, organisation, nationality or name (prefix, for autocomplete).',
  sendList: (request, reply, query) => sendPersonList(request, reply, query as PersonListQuery),
  includes: PERSON_INCLUDES,
  fieldNames,
  find: findPerson,
  embed: embedPeople,
  articlesAbout: aboutPerson,
  articlesDescription: 'Published articles that mention or quote this person, newest first.',
  quotesBy: bySpeakerPerson,
});
