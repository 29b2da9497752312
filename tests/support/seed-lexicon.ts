import type { Annotation } from '../../seed/annotation.ts';
import type { Lexicon } from '../../src/ingest/index.ts';

/** The lexicon the integration would build from the database after seeding: no gender column. */
export function lexiconFromAnnotation(annotation: Annotation): Lexicon {
  return {
    people: annotation.people.map((person) => ({
      id: person.slug,
      name: person.name,
      aliases: person.aliases,
      titles: person.roles.map((role) => role.title),
    })),
    organisations: annotation.organisations.map((organisation) => ({
      id: organisation.slug,
      name: organisation.name,
      aliases: organisation.aliases,
    })),
    places: annotation.places.map((place) => ({
      id: place.slug,
      name: place.name,
      aliases: place.aliases,
      kind: place.kind,
      parentId: place.parent,
    })),
  };
}
