import type { EntityRef, Gender, Lexicon } from './types.ts';
import { IngestInputError } from './errors.ts';

/** One name a lexicon entity is written as, with the entity it points to. */
export interface Surface {
  surface: string;
  entity: EntityRef;
}

export interface LexiconIndex {
  /** Surfaces keyed by their first word, longest first, so the longest name wins. */
  byFirstWord: Map<string, Surface[]>;
  genderOf: Map<string, Gender>;
  titlesOf: Map<string, string[]>;
  /** For each place id: the id of its parent, to climb to the country. */
  placeParent: Map<string, string | null>;
  placeKind: Map<string, string>;
  placeName: Map<string, string>;
  /** One-word place names in capitals, for datelines. */
  placeByCapitals: Map<string, EntityRef>;
  organisations: EntityRef[];
  organisationNames: Map<string, string[]>;
}

export function entityKey(type: string, id: string): string {
  return `${type}:${id}`;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

function checkLexicon(lexicon: unknown): Lexicon {
  const value = lexicon as Partial<Lexicon> | null;
  if (value === null || typeof value !== 'object') throw new IngestInputError('lexicon', 'lexicon must be an object');
  for (const list of ['people', 'organisations', 'places'] as const) {
    if (!Array.isArray(value[list])) throw new IngestInputError('lexicon', `lexicon.${list} must be an array`);
    for (const entry of value[list]) {
      if (typeof entry?.id !== 'string' || typeof entry.name !== 'string' || entry.name.trim() === '') {
        throw new IngestInputError('lexicon', `every lexicon.${list} entry needs a string id and a name`);
      }
      if (!Array.isArray(entry.aliases))
        throw new IngestInputError('lexicon', `lexicon.${list} "${entry.name}" needs aliases[]`);
    }
  }
  return value as Lexicon;
}

export function indexLexicon(raw: unknown): LexiconIndex {
  const lexicon = checkLexicon(raw);
  const byFirstWord = new Map<string, Surface[]>();
  const add = (surface: string, entity: EntityRef) => {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((known) => known.surface === surface)) list.push({ surface, entity });
    byFirstWord.set(first, list);
  };
  const genderOf = new Map<string, Gender>();
  const titlesOf = new Map<string, string[]>();
  for (const person of lexicon.people) {
    const entity: EntityRef = {
      type: 'person',
      name: person.name,
      id: person.id,
      suggested: false,
      key: entityKey('person', person.id),
    };
    for (const surface of [person.name, ...person.aliases]) add(surface, entity);
    if (person.gender) genderOf.set(entity.key, person.gender);
    titlesOf.set(
      entity.key,
      (person.titles ?? []).map((title) => title.toLowerCase()),
    );
  }
  const organisations: EntityRef[] = [];
  const organisationNames = new Map<string, string[]>();
  for (const organisation of lexicon.organisations) {
    const entity: EntityRef = {
      type: 'organisation',
      name: organisation.name,
      id: organisation.id,
      suggested: false,
      key: entityKey('organisation', organisation.id),
    };
    organisations.push(entity);
    organisationNames.set(entity.key, [organisation.name, ...organisation.aliases]);
    for (const surface of [organisation.name, ...organisation.aliases]) add(surface, entity);
  }
  const placeParent = new Map<string, string | null>();
  const placeKind = new Map<string, string>();
  const placeName = new Map<string, string>();
  const placeByCapitals = new Map<string, EntityRef>();
  for (const place of lexicon.places) {
    const entity: EntityRef = {
      type: 'place',
      name: place.name,
      id: place.id,
      suggested: false,
      key: entityKey('place', place.id),
    };
    placeParent.set(place.id, place.parentId);
    placeKind.set(place.id, place.kind);
    placeName.set(place.id, place.name);
    for (const surface of [place.name, ...place.aliases]) {
      add(surface, entity);
      if (!/\s/.test(surface)) placeByCapitals.set(surface.toUpperCase(), entity);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return {
    byFirstWord,
    genderOf,
    titlesOf,
    placeParent,
    placeKind,
    placeName,
    placeByCapitals,
    organisations,
    organisationNames,
  };
}
