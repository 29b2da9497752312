import { NAME_RUN, PRIORITY, escape, guessedCandidate, trimNameRun } from '../name-patterns.ts';
import type { Candidate } from '../types.ts';
import { PERSON_ROLE_NOUNS, PERSON_TITLES, TITLE_GENDER } from '../words.ts';

/**
 * People named by the role written next to them: a title before the name ("Foreign Minister
 * Andrii Sybiha", "spokesman Ben Carter"), or a role noun in apposition ("The club's captain,
 * Tiago Almeida,", "a spokeswoman for the company, Rita Oyelaran.").
 */

const TITLE_CUE = new RegExp(
  `(?<![\\p{L}])(${[...PERSON_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s(${NAME_RUN})`,
  'gu',
);

const ROLE_APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_ROLE_NOUNS.join('|')})(?:\\s(?:for|of|at|with)\\s[^,.;“”"]{1,40})?,\\s(${NAME_RUN})(?=[,.;]|\\s(?:said|says|told|added)\\b)`,
  'gu',
);

export function titleCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(TITLE_CUE)) {
    const title = match[1] ?? '';
    const trimmed = trimNameRun(match[2] ?? '', match.index + title.length + 1);
    if (trimmed === null) continue;
    const gender = TITLE_GENDER[title] ?? null;
    const honorific = gender !== null && /^M/.test(title) ? `honorific:${gender}` : title.toLowerCase();
    found.push(
      guessedCandidate('person', trimmed.name, trimmed.start, `title cue: ${title}`, PRIORITY.titleCue, honorific),
    );
  }
  return found;
}

export function appositionCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ROLE_APPOSITION)) {
    const run = match[1] ?? '';
    const trimmed = trimNameRun(run, match.index + match[0].length - run.length);
    if (trimmed === null || !trimmed.name.includes(' ')) continue;
    found.push(guessedCandidate('person', trimmed.name, trimmed.start, 'name after a role', PRIORITY.titleCue));
  }
  return found;
}
