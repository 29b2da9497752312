import type { FoundMention } from './entities.ts';
import { NAME_PARTICLES, NOT_NAMES, ORGANISATION_HEADS, PERSON_TITLES } from './names.ts';
import type { EntityRef, EntityType } from './types.ts';

/** A possible mention before overlaps are settled. */
export interface Candidate extends FoundMention {
  /** Lexicon matches beat guesses of the same length. */
  priority: number;
  evidence: string;
  title: string | null;
}

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of a name: "Moreau", "O'Neill", "Jean-Luc", "al-Sharif", or an initial "J.". */
export const NAME_WORD = String.raw`(?:\p{Lu}\.(?=\s\p{Lu})|(?:[ae]l-)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)?)`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** Up to four name words, with lower-case particles between them ("Ursula von der Leyen"). */
export const NAME_RUN = `${NAME_WORD}(?:\\s(?:${PARTICLE}\\s){0,2}${NAME_WORD}){0,3}`;

export function suggestedRef(type: EntityType, name: string): EntityRef {
  return { type, name, id: null, suggested: true, key: `suggested:${type}:${name}` };
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
  if (words.length === 0) return null;
  if (words.some((word) => ORGANISATION_HEADS.includes(word) || PERSON_TITLES.includes(word))) return null;
  return { name: words.join(' '), start: offset + skipped };
}
