import data from './data/speech-verbs.json' with { type: 'json' };
import type { VerbOccurrence } from './types.ts';

/** The speech verbs of `data/speech-verbs.json`: lemmas inflected by rule, and irregular forms as listed. */
const REGULAR_LEMMAS: readonly string[] = data.regular;
const IRREGULAR_FORMS: Readonly<Record<string, string[]>> = data.irregular;

function inflect(lemma: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled =
    /^(?:snap|quip|slam|label|signal|dub)$/.test(lemma) && !lemma.endsWith('t') ? lemma + lemma.at(-1) : lemma;
  const past = /[^aeiou]y$/.test(lemma)
    ? `${lemma.slice(0, -1)}ied`
    : lemma.endsWith('e')
      ? `${lemma}d`
      : lemma === 'admit'
        ? 'admitted'
        : `${doubled}ed`;
  const ing = lemma === 'admit' ? 'admitting' : `${lemma.endsWith('e') && !lemma.endsWith('ee') ? stem : doubled}ing`;
  const forms = [lemma, third, past, ing];
  if (lemma === 'label' || lemma === 'signal') forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

/** Every form, lower case; multi-word forms ("went on") are matched as phrases. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([
  ...REGULAR_LEMMAS.flatMap((lemma) => (lemma === 'tell' ? [] : inflect(lemma))),
  ...Object.values(IRREGULAR_FORMS).flat(),
]);

/** Verbs whose indirect content is an object and an infinitive: "urged China to use its influence". */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(
  ['urge', 'ask', 'appeal', 'instruct', 'warn'].flatMap(inflect).concat(['called on', 'calls on', 'calling on']),
);

/** Verbs that continue an earlier statement: they keep its channel. */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set(['added', 'adds', 'adding', 'continued', 'went on']);

/** Gerunds and bare forms are too often not attributions ("a warning", "posting bail"); they need a quote next to them. */
export function isFiniteSpeechForm(form: string): boolean {
  return SPEECH_VERB_FORMS.has(form) && !form.endsWith('ing');
}

const PARTICLE_VERBS: ReadonlyMap<string, string[]> = new Map(
  [...SPEECH_VERB_FORMS]
    .filter((form) => form.includes(' '))
    .map((form) => form.split(' ') as [string, string])
    .reduce(
      (map, [verb, particle]) => map.set(verb, [...(map.get(verb) ?? []), particle]),
      new Map<string, string[]>(),
    ),
);

/**
 * Speech verbs in `text` between `from` and `to`, found word by word (a set lookup, linear time).
 * Only lower-case words count: a capitalised "State" or "Post" is part of a name.
 */
export function findSpeechVerbs(text: string, from: number, to: number): VerbOccurrence[] {
  const found: VerbOccurrence[] = [];
  const words = /[a-z]+/g;
  words.lastIndex = from;
  for (let match = words.exec(text); match !== null && match.index < to; match = words.exec(text)) {
    const word = match[0];
    const before = text[match.index - 1] ?? ' ';
    if (/[\p{L}'’-]/u.test(before)) continue;
    const after = text[match.index + word.length] ?? ' ';
    if (/[\p{L}'’-]/u.test(after)) continue;
    const particle = PARTICLE_VERBS.get(word)?.find(
      (candidate) =>
        text.startsWith(` ${candidate}`, match.index + word.length) &&
        !/\p{L}/u.test(text[match.index + word.length + candidate.length + 1] ?? ' '),
    );
    if (particle !== undefined) {
      found.push({
        form: `${word} ${particle}`,
        start: match.index,
        end: match.index + word.length + 1 + particle.length,
      });
    } else if (SPEECH_VERB_FORMS.has(word)) {
      found.push({ form: word, start: match.index, end: match.index + word.length });
    }
  }
  return found;
}
