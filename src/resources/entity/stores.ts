import { organisationStore } from '../organisations/repository.ts';
import { personStore } from '../people/repository.ts';
import { placeStore } from '../places/repository.ts';

/** Each kind of entity's store, for the code that is handed a type name (events, merges, deletes). */
export const STORES = { person: personStore, place: placeStore, organisation: organisationStore } as const;
