import type { Candidate, EntityRef, EntityType } from './types.ts';
import { NAME_PARTICLES, NOT_NAMES, ORGANISATION_HEAD_SET, PERSON_TITLE_SET } from './words.ts';

/**
 * How sure each kind of evidence is, in one place: of two overlapping candidates the longer wins
 * unless the shorter is surer; a lexicon match beats every guess.
 */
export const PRIORITY = {
  lexicon: 3,
  titleCue: 2,
  organisationName: 1.8,
  gazetteer: 1.6,
  personEvidence: 1.5,
  weakPerson: 1,
  weakPlace: 0.5,
} as const;

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of a name: "Moreau", "O'Neill", "Jean-Luc", "al-Sharif", an initial "J." or "U.S."; never a possessive "'s". */
export const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){2,}(?![\p{L}])|\p{Lu}\.(?=\s\p{Lu})|(?:[ae]l-)?\p{Lu}\p{L}*(?:['’](?![sS](?![\p{L}]))\p{L}+)*(?:-\p{Lu}?\p{L}+(?:['’](?![sS](?![\p{L}]))\p{L}+)*)?)`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** Up to four name words, with lower-case particles between them ("Ursula von der Leyen"). */
export const NAME_RUN = `${NAME_WORD}(?:\\s(?:${PARTICLE}\\s){0,2}${NAME_WORD}){0,3}`;

/**
 * The key of a proposal. Joined, not concatenated: `+` and template literals make a rope of
 * string pieces, and a long text of new names keeps hundreds of thousands of keys.
 */
export const suggestedKey = (type: EntityType, name: string) => ['suggested', type, name].join(':');

export function suggestedRef(type: EntityType, name: string): EntityRef {
  return { type, name, id: null, suggested: true, key: suggestedKey(type, name) };
}

/** A name the rules found at `start`, proposing a new entity of `type`. */
export function guessedCandidate(
  type: EntityType,
  name: string,
  start: number,
  evidence: string,
  priority: number,
  title: string | null = null,
): Candidate {
  return {
    text: name,
    start,
    end: start + name.length,
    entity: suggestedRef(type, name),
    parentHint: null,
    priority,
    evidence,
    title,
  };
}

/** Drops particles and non-name words at the edges of a capitalised run ("The", "Monday"). */
export function trimNameRun(run: string, offset: number): { name: string; start: number } | null {
  const words = run.split(/\s/);
  let skipped = 0;
  while (words.length > 0 && (NOT_NAMES.has(words[0] ?? '') || NAME_PARTICLES.has(words[0] ?? ''))) {
    skipped += (words.shift() ?? '').length + 1;
  }
  while (
    words.length > 0 &&
    (NOT_NAMES.has(words.at(-1) ?? '') ||
      NAME_PARTICLES.has(words.at(-1) ?? '') ||
      /^\p{Lu}\.$/u.test(words.at(-1) ?? ''))
  )
    words.pop();
  // "Refugee Council Enver Solomon", "Shadow Home Secretary Yvette Cooper": the name is what follows the last head or title.
  let last = -1;
  words.forEach((word, index) => {
    if (ORGANISATION_HEAD_SET.has(word) || PERSON_TITLE_SET.has(word)) last = index;
  });
  if (last >= 0) {
    skipped += words.slice(0, last + 1).reduce((length, word) => length + word.length + 1, 0);
    words.splice(0, last + 1);
    while (words.length > 0 && NAME_PARTICLES.has(words[0] ?? '')) skipped += (words.shift() ?? '').length + 1;
  }
  if (words.length === 0) return null;
  return { name: words.join(' '), start: offset + skipped };
}
