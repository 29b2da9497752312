import names from './data/given-names.json' with { type: 'json' };
import words from './data/words.json' with { type: 'json' };
import type { Gender } from './types.ts';

/**
 * The word lists of `data/words.json` and `data/given-names.json`, as the sets and lookups the
 * cue modules use. Lists are data; only how they are read lives here.
 */

export const PERSON_TITLES: readonly string[] = words.personTitles.words;
export const PERSON_TITLE_SET: ReadonlySet<string> = new Set(PERSON_TITLES);
export const TITLES_LOWER: ReadonlySet<string> = new Set(PERSON_TITLES.map((title) => title.toLowerCase()));
export const TITLE_GENDER: Readonly<Record<string, Gender>> = words.titleGender as Record<string, Gender>;
export const PERSON_ROLE_NOUNS: readonly string[] = words.personRoleNouns.words;
export const APPOSITIVE_ROLES: readonly string[] = [...PERSON_ROLE_NOUNS, ...words.appositiveRoles.words];
export const ORGANISATION_ROLE_NOUNS: readonly string[] = words.organisationRoleNouns.words;
export const ORGANISATION_HEADS: readonly string[] = words.organisationHeads.words;
export const ORGANISATION_HEAD_SET: ReadonlySet<string> = new Set(ORGANISATION_HEADS);
export const PLACE_KIND_NOUNS: Readonly<Record<string, 'village' | 'city' | 'region'>> = words.placeKindNouns as Record<
  string,
  'village' | 'city' | 'region'
>;
/** Lower-case name particles that stay inside a name: "Bart de Wever", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words.nameParticles);
/** Words of capitals that are no organisation's short name: "CEO", "GMT". */
export const NOT_ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(words.acronymsNotOrganisations.words);
/** Family names written first: "Park" is the short form of "Park Ji-hoon". */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(words.familyNameFirst.words);
/** Capitalised words that start sentences or name times, never a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(words.notNames.words);

const GIVEN_NAME_GENDER = new Map<string, Gender | null>([
  ...names.male.map((name): [string, Gender] => [name, 'male']),
  ...names.female.map((name): [string, Gender] => [name, 'female']),
  ...names.either.map((name): [string, null] => [name, null]),
]);

/** A first word that is a given name: "Claire" in "Claire Moreau". */
export function isGivenName(word: string): boolean {
  return GIVEN_NAME_GENDER.has(word);
}

export function genderOfGivenName(fullName: string): Gender | null {
  const given = fullName.split(/\s+/)[0] ?? '';
  return GIVEN_NAME_GENDER.get(given) ?? null;
}

/** The surname: everything after the given name, particles included ("De Wever"). */
export function surnameOf(fullName: string): string | null {
  // "Mary K. Holloway" is Holloway: initials after the given name are not the surname.
  const parts = fullName.split(/\s+/).filter((word, index) => index === 0 || !/^\p{Lu}\.$/u.test(word));
  if (parts.length < 2) return null;
  const rest = parts.slice(1).join(' ');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
