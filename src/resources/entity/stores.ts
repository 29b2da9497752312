import type { EntityTable, EntityType } from '../../core/db/named-tables.ts';
import { organisationStore } from '../organisations/repository.ts';
import { personStore } from '../people/repository.ts';
import { placeStore } from '../places/repository.ts';

/** Each kind of entity's store, for the code that is handed a type name (events, ingest's suggestions). */
export const STORES = {
  person: personStore,
  place: placeStore,
  organisation: organisationStore,
} as const satisfies Record<EntityType, { type: EntityType; table: EntityTable }>;
