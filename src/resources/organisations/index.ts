import { aboutOrganisation } from '../articles/repository.ts';
import { embedInOrganisations } from '../articles/embed.ts';
import { organisationStore } from './repository.ts';
import { bySpeakerOrganisation } from '../quotes/repository.ts';
import { ORGANISATION_INCLUDES, Organisation, OrganisationItem, OrganisationList } from './schema.ts';
import { Place } from '../places/schema.ts';
import { fieldNamesOf, organisationFilters } from '../../core/http/query-schemas.ts';
import { entityFilters, entityListQuery, entityRoutes } from '../entity/descriptor.ts';
import { OrganisationInput, OrganisationPatch } from '../inputs.ts';
import { countryCodes, resolveRefs } from '../../core/http/list-params.ts';

const fieldNames = fieldNamesOf(Organisation);

/** `/organisations`: registered under that prefix by app.ts. */
export const organisations = entityRoutes({
  store: organisationStore,
  names: { singular: 'Organisation', plural: 'Organisations' },
  schemas: { list: OrganisationList, item: OrganisationItem, input: OrganisationInput, patch: OrganisationPatch },
  list: {
    query: entityListQuery(organisationFilters, {
      fieldNames,
      includes: ORGANISATION_INCLUDES,
      embedded: { country: fieldNamesOf(Place) },
    }),
    description: 'Organisations, by name. Filter by kind, country or name (prefix, for autocomplete).',
    read: async (request, query) => {
      const common = entityFilters(request, query);
      const place =
        query.place && (await resolveRefs(request.server.db, 'place', query.place, 'place', common.audience));
      return {
        controls: query,
        filters: { ...common, kind: query.kind, place, nationality: countryCodes(query.nationality) },
      };
    },
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
