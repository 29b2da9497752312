import { aboutOrganisation } from '../repositories/articles.ts';
import { findOrganisation, listOrganisations } from '../repositories/organisations.ts';
import { bySpeakerOrganisation } from '../repositories/quotes.ts';
import { OrganisationItem, OrganisationList } from '../schemas/organisations.ts';
import { entityRoutes } from './entities.ts';

export default entityRoutes({
  plural: 'organisations',
  singular: 'organisation',
  operationNames: { singular: 'Organisation', plural: 'Organisations' },
  listSchema: OrganisationList,
  itemSchema: OrganisationItem,
  list: listOrganisations,
  find: findOrganisation,
  articlesAbout: aboutOrganisation,
  articlesDescription: 'Published articles that mention or quote this organisation, newest first.',
  quotesBy: bySpeakerOrganisation,
});
