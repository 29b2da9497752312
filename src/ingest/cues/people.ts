import { isGazetteerWord } from '../gazetteer.ts';
import { NAME_RUN, PRIORITY, guessedCandidate, trimNameRun } from '../name-patterns.ts';
import { findSpeechVerbs } from '../speech-verbs.ts';
import type { Candidate } from '../types.ts';
import {
  APPOSITIVE_ROLES,
  FAMILY_NAME_FIRST,
  NOT_NAMES,
  ORGANISATION_HEAD_SET,
  PERSON_TITLE_SET,
  isGivenName,
} from '../words.ts';

/**
 * Finding people the lexicon has never heard of, by the words news copy puts around a first
 * mention: "Claire Moreau, the mayor of Lisbon,", "according to Anna Berg", a given name, a
 * surname that later speaks alone ("Moreau said"), a photo credit ("Image: Nick Moreau."), or
 * "X and Y" beside a person already found.
 */

const RUN = new RegExp(`(?<![\\p{L}\\p{N}'’.-])${NAME_RUN}(?![\\p{L}\\p{N}])`, 'gu');
const ROLE = new RegExp(`(?<![\\p{L}])(?:${APPOSITIVE_ROLES.join('|')})(?![\\p{L}])`, 'u');
const DETERMINER = /^(?:the|a|an|his|her|their|its|one|another|[\p{Lu}][\p{L}.]*(?:'s|’s))\s/u;
const ALONE_BEFORE_VERB =
  /(?:^|[^\p{L}\p{N}'’.-]\s?)(\p{Lu}[\p{L}'’-]+)(?:,[^,.;“”"]{2,80},)?\s(?:(?:has|had|also|later|then|again)\s){0,2}$/u;

interface Run {
  name: string;
  start: number;
  end: number;
}

/** Capitalised runs of two to four words that could be a person's name; places and organisations are not. */
function nameRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    const trimmed = trimNameRun(match[0], match.index);
    if (trimmed === null || !trimmed.name.includes(' ')) continue;
    // "Scientologist Tom Cruise", "Activist Jane Doe": a capitalised description before a given name is no part of the name.
    const given = trimmed.name.split(' ').findIndex((word, index) => index > 0 && isGivenName(word));
    if (given > 0 && !isGivenName(trimmed.name.split(' ')[0] ?? '') && given < trimmed.name.split(' ').length - 1) {
      const cut = trimmed.name.split(' ').slice(0, given).join(' ').length + 1;
      trimmed.name = trimmed.name.slice(cut);
      trimmed.start += cut;
    }
    const words = trimmed.name.split(' ');
    // "Tom Hamilton" is a person although Hamilton is a city; "Kenya Airways" is not, nor "Monday Night".
    const rest = isGivenName(words[0] ?? '') ? words.slice(0, 1) : words;
    if (rest.some(isGazetteerWord) || words.some((word) => NOT_NAMES.has(word))) continue;
    runs.push({ name: trimmed.name, start: trimmed.start, end: trimmed.start + trimmed.name.length });
  }
  return runs;
}

/** Single capitalised words that speak on their own ("Moreau said", "Solberg:", "Mr Berg"): surnames. */
function loneSpeakers(text: string): Set<string> {
  const found = new Set<string>();
  for (const verb of findSpeechVerbs(text, 0, text.length)) {
    const window = text.slice(Math.max(0, verb.start - 120), verb.start);
    const match = ALONE_BEFORE_VERB.exec(window);
    // Alone: not the last word of a longer name ("the Kelp Order denied"), nor after "the".
    const word = match?.[1];
    const before = word === undefined ? '' : window.slice(0, window.lastIndexOf(word));
    if (word && !/(?:\b[Tt]he|\p{Lu}[\p{L}'’.-]*)\s$/u.test(before)) found.add(word);
  }
  for (const match of text.matchAll(/(?:^|\n)(\p{Lu}[\p{L}'’-]+):\s/gu)) if (match[1]) found.add(match[1]);
  for (const match of text.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?\s(\p{Lu}[\p{L}'’-]+)(?![\p{L}]|\s\p{Lu})/gu))
    if (match[1]) found.add(match[1]);
  for (const word of found) {
    if (NOT_NAMES.has(word) || isGazetteerWord(word) || ORGANISATION_HEAD_SET.has(word)) found.delete(word);
    if (PERSON_TITLE_SET.has(word)) found.delete(word);
  }
  return found;
}

/** Why a run is a person, or null: the words after it, its given name, or its surname speaking alone. */
function personEvidence(text: string, run: Run, surnames: Set<string>): { evidence: string; priority: number } | null {
  const after = text.slice(run.end, run.end + 90);
  if (/^,\s(?:who|whose)\s/.test(after)) return { evidence: 'appositive: who …', priority: 2 };
  if (/^,\s\d{1,3},/.test(after)) return { evidence: 'appositive: age', priority: 2 };
  const appositive = /^,\s([^,.;:“”"()]{3,70})(?:,|\.|;)/.exec(after)?.[1];
  if (appositive !== undefined && DETERMINER.test(appositive) && ROLE.test(appositive))
    return { evidence: `appositive: ${appositive}`, priority: 2 };
  if (
    /(?:^|\n|\.\s)(?:Image|Photo|Picture|Credit|Photograph):\s$/.test(
      text.slice(Math.max(0, run.start - 12), run.start),
    )
  )
    return { evidence: 'photo credit', priority: PRIORITY.personEvidence };
  if (/(?:^|[^\p{L}])[Aa]ccording to\s$/u.test(text.slice(Math.max(0, run.start - 14), run.start)))
    return { evidence: 'after "according to"', priority: 2 };
  if (surnames.has(run.name.split(' ').at(-1) ?? ''))
    return { evidence: 'surname used alone later', priority: PRIORITY.personEvidence };
  const words = run.name.split(' ');
  if (isGivenName(words[0] ?? '')) return { evidence: 'given name', priority: PRIORITY.weakPerson };
  // "Park Joo-ho", "Hwang Hee-chan": a family name written first, then a hyphenated given name.
  if (words.length === 2 && FAMILY_NAME_FIRST.has(words[0] ?? '') && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(words[1] ?? ''))
    return { evidence: 'family name first', priority: PRIORITY.weakPerson };
  return null;
}

export function personCueCandidates(text: string): Candidate[] {
  const surnames = loneSpeakers(text);
  const runs = nameRuns(text);
  const people = new Map<Run, { evidence: string; priority: number }>();
  for (const run of runs) {
    const evidence = personEvidence(text, run, surnames);
    if (evidence !== null) people.set(run, evidence);
  }
  // "Erik Lindqvist and Adaeze Okafor", "Lingard, Maguire, Kane and Stones": a name listed with a person is a
  // person. A list ends in "and" or "or"; commas alone may be an apposition ("Jonas Brandt, Chief Executive of …").
  let chain: Run[] = [];
  const close = () => {
    const listed = chain.length > 1 && chain.some((run) => people.has(run));
    if (listed)
      for (const run of chain)
        if (!people.has(run)) people.set(run, { evidence: 'named beside a person', priority: PRIORITY.weakPerson });
    chain = [];
  };
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i] as Run;
    const next = runs[i + 1];
    chain.push(run);
    const gap = next === undefined ? '' : text.slice(run.end, next.start);
    if (/^,?\s(?:and|or)\s$/.test(gap)) {
      chain.push(next as Run);
      i += 1;
      close();
    } else if (gap !== ', ') {
      chain = [];
    }
  }
  return [...people].map(([run, { evidence, priority }]) =>
    guessedCandidate('person', run.name, run.start, evidence, priority),
  );
}
