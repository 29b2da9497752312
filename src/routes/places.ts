import { aboutPlaceOrInside } from '../repositories/articles.ts';
import { findPlace, listPlaces } from '../repositories/places.ts';
import { PlaceItem, PlaceList } from '../schemas/places.ts';
import { entityRoutes } from './entities.ts';

export default entityRoutes({
  plural: 'places',
  singular: 'place',
  operationNames: { singular: 'Place', plural: 'Places' },
  listSchema: PlaceList,
  itemSchema: PlaceItem,
  list: listPlaces,
  find: findPlace,
  articlesAbout: aboutPlaceOrInside,
  articlesDescription:
    'Published articles that mention this place or any place inside it (an article about a village is found under its region and country), newest first.',
});
