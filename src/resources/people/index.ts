import { aboutPerson } from '../articles/repository.ts';
import { embedInPeople } from '../articles/embed.ts';
import { personStore } from './repository.ts';
import { bySpeakerPerson } from '../quotes/repository.ts';
import { Organisation } from '../organisations/schema.ts';
import { PERSON_INCLUDES, Person, PersonItem, PersonList } from './schema.ts';
import { Place } from '../places/schema.ts';
import { fieldNamesOf, personFilters } from '../../core/http/query-schemas.ts';
import { entityFilters, entityListQuery, entityRoutes } from '../entity/descriptor.ts';
import { PersonInput, PersonPatch } from '../inputs.ts';
import { countryCodes, resolveRefs } from '../../core/http/list-params.ts';

const fieldNames = fieldNamesOf(Person);

/** `/people`: registered under that prefix by app.ts. */
export const people = entityRoutes({
  store: personStore,
  names: { singular: 'Person', plural: 'People' },
  schemas: { list: PersonList, item: PersonItem, input: PersonInput, patch: PersonPatch },
  list: {
    query: entityListQuery(personFilters, {
      fieldNames,
      includes: PERSON_INCLUDES,
      embedded: { organisations: fieldNamesOf(Organisation), places: fieldNamesOf(Place) },
    }),
    description: 'People, by name. Filter by role, organisation, nationality or name (prefix, for autocomplete).',
    read: async (request, query) => {
      const common = entityFilters(request, query);
      const { organisation } = query;
      const db = request.server.db;
      return {
        controls: query,
        filters: {
          ...common,
          role: query.role,
          organisation:
            organisation && (await resolveRefs(db, 'organisation', organisation, 'organisation', common.audience)),
          nationality: countryCodes(query.nationality),
        },
      };
    },
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
