import { NAME_RUN, PRIORITY, guessedCandidate, trimNameRun } from '../name-patterns.ts';
import { findSpeechVerbs } from '../speech-verbs.ts';
import type { Candidate } from '../types.ts';
import { NOT_NAMES } from '../words.ts';

/**
 * People named as the subject of a speech verb: two or more capitalised words right before it
 * ("Anna Berg said", "Anna Berg, the editor of X, wrote") or right after it ("said Anna Berg").
 * A single capitalised word counts too when the verb attributes a quotation (“…,” Okafor added.):
 * a surname the text has not introduced is still a new speaker, not the last one.
 */
const BEFORE = new RegExp(
  `(${NAME_RUN})(?:,[^,.;“”"]{2,80},)?\\s(?:(?:has|had|also|later|then|previously|again)\\s){0,2}$`,
  'u',
);
const AFTER = new RegExp(`^\\s(${NAME_RUN})`, 'u');
const AFTER_QUOTE = /[,!?…—–-][”"’]\s$/;

export function speechVerbCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const verb of findSpeechVerbs(text, 0, text.length)) {
    if (verb.form.endsWith('ing') || verb.form === 'written' || verb.form === 'spoken') continue;
    const window = text.slice(Math.max(0, verb.start - 140), verb.start);
    const left = BEFORE.exec(window);
    const right = AFTER.exec(text.slice(verb.end, verb.end + 80));
    const hits = [
      left && { run: left[1] ?? '', start: verb.start - window.length + left.index },
      right && { run: right[1] ?? '', start: verb.end + 1 },
    ];
    for (const hit of hits) {
      if (!hit) continue;
      const trimmed = trimNameRun(hit.run, hit.start);
      // "the Kelp Order denied": a name after "the" is no person's.
      if (trimmed === null || /\b[Tt]he\s$/.test(text.slice(Math.max(0, trimmed.start - 4), trimmed.start))) continue;
      if (!trimmed.name.includes(' ')) {
        const quoteBefore = AFTER_QUOTE.test(text.slice(Math.max(0, trimmed.start - 3), trimmed.start));
        const quoteBeforeVerb = AFTER_QUOTE.test(text.slice(Math.max(0, verb.start - 3), verb.start));
        if (NOT_NAMES.has(trimmed.name) || !(quoteBefore || quoteBeforeVerb) || /^\p{Lu}+$/u.test(trimmed.name))
          continue;
        found.push(
          guessedCandidate('person', trimmed.name, trimmed.start, 'name attributing a quote', PRIORITY.weakPerson),
        );
        continue;
      }
      found.push(
        guessedCandidate('person', trimmed.name, trimmed.start, 'name next to a speech verb', PRIORITY.weakPerson),
      );
    }
  }
  return found;
}
