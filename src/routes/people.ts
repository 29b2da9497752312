import { aboutPerson } from '../repositories/articles.ts';
import { findPerson, listPeople } from '../repositories/people.ts';
import { bySpeakerPerson } from '../repositories/quotes.ts';
import { PersonItem, PersonList } from '../schemas/people.ts';
import { entityRoutes } from './entities.ts';

export default entityRoutes({
  plural: 'people',
  singular: 'person',
  operationNames: { singular: 'Person', plural: 'People' },
  listSchema: PersonList,
  itemSchema: PersonItem,
  list: listPeople,
  find: findPerson,
  articlesAbout: aboutPerson,
  articlesDescription: 'Published articles that mention or quote this person, newest first.',
  quotesBy: bySpeakerPerson,
});
