import { NAME_WORD, PRIORITY, guessedCandidate } from '../name-patterns.ts';
import type { Candidate } from '../types.ts';
import { NOT_NAMES, ORGANISATION_HEAD_SET, PERSON_TITLE_SET, isGivenName } from '../words.ts';

/** One to three name words right before ", <state>", at the start of a clause. */
const TOWN_BEFORE = new RegExp(`(?:^|[\\s(—–-])((?:${NAME_WORD}\\s){0,2}${NAME_WORD}),\\s$`, 'u');
/** What may stand before a town whose name is also a given name: a preposition, or a line's start (a dateline). */
const PLACE_LEAD = /(?:(?:^|\s)(?:in|from|of|at|near|to|outside)\s|^|\n)$/;
/** What may follow the state: punctuation, a line's end, or a dash; not a noun of its own ("Texas governor"). */
const STATE_ENDS = /^(?:[,.;:)]|\s[—–-]|\s*$|\n)/;

/**
 * "Hays, Kan.", "Tyler, Texas", "Bergen, Norway": a capitalised name right before a comma and a
 * known region or country is a town in it, whether or not the gazetteer knows the town. Not a
 * given name ("Anna, Brazil's envoy"), a title or an organisation's head word.
 */
export function townCandidates(
  text: string,
  places: readonly Candidate[],
  isRegionOrCountry: (candidate: Candidate) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (const place of places) {
    if (place.entity.type !== 'place' || !isRegionOrCountry(place)) continue;
    if (!STATE_ENDS.test(text.slice(place.end, place.end + 3))) continue;
    const before = TOWN_BEFORE.exec(text.slice(Math.max(0, place.start - 60), place.start));
    const town = before?.[1];
    if (town === undefined) continue;
    const words = town.split(' ');
    const first = words[0] ?? '';
    if (words.some((word) => NOT_NAMES.has(word) || PERSON_TITLE_SET.has(word) || ORGANISATION_HEAD_SET.has(word)))
      continue;
    // "Tyler, Texas" after "in" or opening a dateline is a town; "Maria, Brazil's envoy" is not.
    const townStart = place.start - 2 - town.length;
    if (isGivenName(first) && (words.length > 1 || !PLACE_LEAD.test(text.slice(Math.max(0, townStart - 8), townStart))))
      continue;
    const candidate = guessedCandidate(
      'place',
      town,
      place.start - 2 - town.length,
      'place: town before its region',
      PRIORITY.personEvidence,
    );
    candidate.parentHint = place.entity.name;
    found.push(candidate);
  }
  return found;
}
