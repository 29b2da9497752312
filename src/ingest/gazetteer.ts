import data from './gazetteer.json' with { type: 'json' };

/**
 * The built-in gazetteer (`gazetteer.json`): countries, their capitals and major cities, and
 * continents, so that a fresh install with an empty lexicon still finds "Lisbon" and "Germany",
 * and knows "the Portuguese government" is the Government of Portugal.
 */
export interface GazetteerPlace {
  name: string;
  surfaces: string[];
  kind: 'continent' | 'country' | 'city';
  /** The country a city is in; a country's own name for a country. */
  country: string | null;
}

export interface Gazetteer {
  places: GazetteerPlace[];
  /** "Portuguese" → "Portugal". */
  countryByDemonym: Map<string, string>;
}

function build(): Gazetteer {
  const places: GazetteerPlace[] = data.continents.map((name) => ({
    name,
    surfaces: [name],
    kind: 'continent',
    country: null,
  }));
  const countryByDemonym = new Map<string, string>();
  for (const [name, demonym, ...aliases] of data.countries) {
    if (name === undefined) continue;
    places.push({ name, surfaces: [name, ...aliases], kind: 'country', country: name });
    if (demonym !== undefined && !countryByDemonym.has(demonym)) countryByDemonym.set(demonym, name);
  }
  for (const [country, cities] of Object.entries(data.cities)) {
    for (const name of cities) places.push({ name, surfaces: [name], kind: 'city', country });
  }
  return { places, countryByDemonym };
}

export const GAZETTEER: Gazetteer = build();

/** Every word that is, or starts, a gazetteer name or a demonym: never a person's given name or surname. */
export const GAZETTEER_WORDS: ReadonlySet<string> = new Set([
  ...GAZETTEER.places.flatMap((place) => place.surfaces.map((surface) => surface.split(' ')[0] ?? '')),
  ...GAZETTEER.countryByDemonym.keys(),
]);
