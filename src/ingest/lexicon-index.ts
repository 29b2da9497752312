import usStates from './data/us-state-abbreviations.json' with { type: 'json' };
import { IngestInputError } from './errors.ts';
import { gazetteer, governmentName, wellKnownOrganisations, type GazetteerPlace } from './gazetteer.ts';
import { suggestedRef } from './name-patterns.ts';
import type { PlaceKind } from '../db/schema.ts';
import type { EntityRef, EntityType, Gender, Lexicon } from './types.ts';

/** One name a lexicon entity is written as, with the entity it points to. */
export interface Surface {
  surface: string;
  entity: EntityRef;
  /** Where the name comes from: the newsroom's lexicon, or the built-in gazetteer and list of organisations (a suggestion). */
  source: 'lexicon' | 'gazetteer';
  /** For a gazetteer city or region: its country. */
  parentHint: string | null;
}

/** What the gazetteer says of a place it suggests: its kind and its point. */
export interface PlaceFacts {
  kind: PlaceKind;
  coordinates: { latitude: number; longitude: number } | null;
}

export interface LexiconIndex {
  /** The surfaces starting with this word, longest first; the lexicon's before the gazetteer's of equal length. */
  surfacesOf: (firstWord: string) => readonly Surface[] | undefined;
  genderOf: Map<string, Gender>;
  titlesOf: Map<string, string[]>;
  /** For each place id: the id of its parent, to climb to the country. */
  placeParent: Map<string, string | null>;
  placeKind: Map<string, string>;
  placeName: Map<string, string>;
  /** One-word place names in capitals, for datelines. */
  placeByCapitals: (capitals: string) => Surface | undefined;
  /** Places that speak as a government (a country, its capital): entity key → country name. */
  governmentOf: (key: string) => string | undefined;
  /** Kind and point of a place the gazetteer suggests, by entity key. */
  placeFacts: (key: string) => PlaceFacts | undefined;
  organisations: EntityRef[];
  organisationNames: Map<string, string[]>;
}

export function entityKey(type: string, id: string): string {
  return `${type}:${id}`;
}

/** The lexicon's own entry, as the engine refers to it. */
function knownRef(type: EntityType, entry: { id: string; name: string }): EntityRef {
  return { type, name: entry.name, id: entry.id, suggested: false, key: entityKey(type, entry.id) };
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
  const add = (
    surface: string,
    entity: EntityRef,
    source: Surface['source'] = 'lexicon',
    parentHint: string | null = null,
  ) => {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (first === undefined) return false;
    const list = byFirstWord.get(first) ?? [];
    const fresh = !list.some((known) => known.surface === surface);
    if (fresh) list.push({ surface, entity, source, parentHint });
    byFirstWord.set(first, list);
    return fresh;
  };
  const genderOf = new Map<string, Gender>();
  const titlesOf = new Map<string, string[]>();
  for (const person of lexicon.people) {
    const entity = knownRef('person', person);
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
    const entity = knownRef('organisation', organisation);
    organisations.push(entity);
    organisationNames.set(entity.key, [organisation.name, ...organisation.aliases]);
    for (const surface of [organisation.name, ...organisation.aliases]) add(surface, entity);
  }
  const placeParent = new Map<string, string | null>();
  const placeKind = new Map<string, string>();
  const placeName = new Map<string, string>();
  const placeByCapitals = new Map<string, Surface>();
  const governmentOf = new Map<string, string>();
  for (const place of lexicon.places) {
    const entity = knownRef('place', place);
    placeParent.set(place.id, place.parentId);
    placeKind.set(place.id, place.kind);
    placeName.set(place.id, place.name);
    for (const surface of [place.name, ...place.aliases]) {
      add(surface, entity);
      if (!/\s/.test(surface))
        placeByCapitals.set(surface.toUpperCase(), { surface, entity, source: 'lexicon', parentHint: null });
    }
  }
  for (const place of lexicon.places) {
    const countryId = place.kind === 'country' ? place.id : place.kind === 'city' ? place.parentId : null;
    const country = countryId === null ? undefined : placeName.get(countryId);
    if (country !== undefined) governmentOf.set(entityKey('place', place.id), country);
  }
  addGovernments(add, organisations, organisationNames);
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  const merged = new Map<string, readonly Surface[]>();
  gazetteerIndex ??= buildGazetteerIndex();
  const places = gazetteerIndex;
  return {
    surfacesOf: (word) => {
      const own = byFirstWord.get(word);
      const fromGazetteer = places.byFirstWord.get(word);
      if (own === undefined || fromGazetteer === undefined) return own ?? fromGazetteer;
      let both = merged.get(word);
      if (both === undefined) {
        // A stable sort keeps the lexicon's surface before the gazetteer's of the same length.
        both = [...own, ...fromGazetteer].sort((a, b) => b.surface.length - a.surface.length);
        merged.set(word, both);
      }
      return both;
    },
    genderOf,
    titlesOf,
    placeParent,
    placeKind,
    placeName,
    placeByCapitals: (capitals) => placeByCapitals.get(capitals) ?? places.placeByCapitals.get(capitals),
    governmentOf: (key) => governmentOf.get(key) ?? places.governmentOf.get(key),
    placeFacts: (key) => places.facts.get(key),
    organisations,
    organisationNames,
  };
}

const suggested = suggestedRef;

/**
 * The built-in gazetteer's surfaces, indexed once per process (they do not depend on the
 * newsroom). Its places are suggestions; a name the lexicon holds wins over them.
 */
let gazetteerIndex: ReturnType<typeof buildGazetteerIndex> | null = null;

function buildGazetteerIndex() {
  const byFirstWord = new Map<string, Surface[]>();
  const placeByCapitals = new Map<string, Surface>();
  const governmentOf = new Map<string, string>();
  const facts = new Map<string, PlaceFacts>();
  const taken = new Set<string>();
  const add = (place: GazetteerPlace | null, surface: string, entity: EntityRef) => {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (first === undefined || taken.has(surface)) return;
    taken.add(surface);
    const parentHint = place?.kind === 'city' || place?.kind === 'region' ? place.country : null;
    const entry: Surface = { surface, entity, source: 'gazetteer', parentHint };
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [entry]);
    else list.push(entry);
    const capitals = surface.toUpperCase();
    if (place !== null && !/\s/.test(surface) && !placeByCapitals.has(capitals)) placeByCapitals.set(capitals, entry);
  };
  const abbreviations = new Map<string, string[]>();
  for (const [abbreviation, state] of Object.entries(usStates.abbreviations))
    abbreviations.set(state, [...(abbreviations.get(state) ?? []), abbreviation]);
  for (const place of gazetteer().places) {
    const entity = suggested('place', place.name);
    for (const surface of place.surfaces) add(place, surface, entity);
    // "Hays, Kan.": a US state as copy abbreviates it after a town.
    if (place.kind === 'region' && place.country === 'United States')
      for (const surface of abbreviations.get(place.name) ?? []) add(place, surface, entity);
    facts.set(entity.key, { kind: place.kind, coordinates: place.coordinates });
    if (place.speaksForCountry && place.country !== null) governmentOf.set(entity.key, place.country);
  }
  // After the places, so a name that is both ("Orange") stays a place.
  for (const spellings of wellKnownOrganisations()) {
    const entity = suggested('organisation', spellings[0] ?? '');
    for (const surface of spellings) add(null, surface, entity);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirstWord, placeByCapitals, governmentOf, facts };
}

/**
 * "The Portuguese government" is the lexicon's government of Portugal when it has one
 * ("Government of Portugal" or "Portugal government"), else a suggested one.
 */
function addGovernments(
  add: (surface: string, entity: EntityRef, source: Surface['source'], parentHint: string | null) => boolean,
  organisations: EntityRef[],
  organisationNames: Map<string, string[]>,
): void {
  const governments = new Map<string, EntityRef>();
  for (const [demonym, country] of gazetteer().countryByDemonym) {
    const name = governmentName(country);
    const names = [name, `Government of ${country}`, `${country} government`, `${demonym} government`];
    const known = organisations.find((organisation) =>
      (organisationNames.get(organisation.key) ?? []).some((known) => names.includes(known)),
    );
    const entity = known ?? suggested('organisation', name);
    for (const surface of [name, `Government of ${country}`, `${demonym} government`, `${demonym} authorities`])
      add(surface, entity, 'gazetteer', null);
    if (known === undefined) organisationNames.set(entity.key, names);
    governments.set(country, entity);
  }
  // "the UK Government", "the Kenya government": the country's name or another name of it, then the word.
  for (const place of gazetteer().places) {
    const entity = place.kind === 'country' ? governments.get(place.name) : undefined;
    if (entity === undefined) continue;
    for (const surface of place.surfaces)
      for (const word of ['Government', 'government']) add(`${surface} ${word}`, entity, 'gazetteer', null);
  }
}
