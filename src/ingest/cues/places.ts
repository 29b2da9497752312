import { NAME_WORD, PRIORITY, guessedCandidate } from '../name-patterns.ts';
import type { Candidate } from '../types.ts';
import { NOT_NAMES, ORGANISATION_HEAD_SET, PERSON_TITLE_SET, PLACE_KIND_NOUNS } from '../words.ts';

/**
 * Places the gazetteer does not hold, by the words around them: "the village of Tarasivka",
 * "the Donetsk region", "a sports hall in Bergen.", and named buildings and landmarks ("the
 * Volgograd Arena", "Shandao Station", "the Bat Cave").
 */

const PLACE_OF = new RegExp(
  `\\b(?:the\\s)?(villages?|towns?|city|cities|settlements?|hamlet)\\sof\\s(${NAME_WORD}(?:\\s${NAME_WORD})?)(?:(?:,\\s|\\sand\\s)(${NAME_WORD}(?:\\s${NAME_WORD})?))?`,
  'gu',
);
const REGION_SUFFIX = new RegExp(
  `(?<![\\p{L}])(${NAME_WORD})\\s(region|province|oblast|district|County|Parish)(?![\\p{L}])`,
  'gu',
);
const IN_PLACE =
  /(?<![\p{L}])(?:in|from|near|outside)\s(\p{Lu}\p{Ll}+)(?=[.,;]|\s(?:on|last|this|next|at|overnight|today|yesterday|earlier|and)(?![\p{L}]))/gu;
/** Last words of the name of a building, a street or a landmark. */
const FACILITY_HEADS =
  'Stadium|Arena|Hall|Station|Hotel|Motel|Towers?|Airport|Square|Bridge|Street|Avenue|Road|Palace|Cathedral|Mosque|Castle|Memorial|Plaza|Harbou?r|Beach|Island|Islands|Mountains|Lake|River|Valley|Desert|Gulf|Strait|Canal|Cave|Convention Cent(?:re|er)';
const FACILITY = new RegExp(
  `(?<![\\p{L}])(?:${NAME_WORD}\\s(?:(?:of|and)\\s)?){1,4}(?:${FACILITY_HEADS})(?![\\p{L}])`,
  'gu',
);

export function placeCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const push = (name: string, start: number, kind: string, priority: number = PRIORITY.personEvidence) =>
    found.push(guessedCandidate('place', name, start, `place: ${kind}`, priority));
  for (const match of text.matchAll(PLACE_OF)) {
    const kind = PLACE_KIND_NOUNS[match[1] ?? ''] ?? 'village';
    const first = match[2] ?? '';
    push(first, match.index + match[0].indexOf(first, (match[1] ?? '').length), kind);
    const second = match[3];
    if (second !== undefined) push(second, match.index + match[0].lastIndexOf(second), kind);
  }
  for (const match of text.matchAll(REGION_SUFFIX)) {
    if (NOT_NAMES.has(match[1] ?? '')) continue;
    push(match[0], match.index, 'region');
  }
  for (const match of text.matchAll(FACILITY)) {
    let name = match[0];
    let start = match.index;
    for (
      let word = /^(\S+)\s/.exec(name);
      word?.[1] !== undefined && NOT_NAMES.has(word[1]);
      word = /^(\S+)\s/.exec(name)
    ) {
      name = name.slice(word[0].length);
      start += word[0].length;
    }
    if (name.includes(' ')) push(name, start, 'building or landmark', PRIORITY.organisationName);
  }
  // "a sports hall in Bergen.": a weak cue, so one word only, and only before punctuation or a time word.
  for (const match of text.matchAll(IN_PLACE)) {
    const word = match[1] ?? '';
    if (NOT_NAMES.has(word) || ORGANISATION_HEAD_SET.has(word) || PERSON_TITLE_SET.has(word)) continue;
    if (/(?:ish|ese|ic|ian)$/.test(word)) continue;
    push(word, match.index + match[0].length - word.length, 'after a preposition', PRIORITY.weakPlace);
  }
  return found;
}
