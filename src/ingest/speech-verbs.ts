/**
 * English verbs that introduce speech, in every form a news writer uses them. The lemmas follow
 * the reporting-verb lists of quote-attribution work (Pareti's PARC corpus, quootstrap, the
 * Guardian's quote extraction): say-verbs, stance verbs (insist, warn) and written channels (write, post).
 */
const REGULAR_LEMMAS = [
  'acknowledge',
  'add',
  'admit',
  'advise',
  'affirm',
  'agree',
  'allege',
  'announce',
  'answer',
  'argue',
  'ask',
  'assert',
  'assure',
  'boast',
  'brief',
  'caution',
  'charge',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'continue',
  'counter',
  'cry',
  'declare',
  'demand',
  'deny',
  'describe',
  'disclose',
  'dismiss',
  'emphasise',
  'emphasize',
  'estimate',
  'exclaim',
  'explain',
  'indicate',
  'inform',
  'insist',
  'instruct',
  'joke',
  'label',
  'lament',
  'maintain',
  'mention',
  'muse',
  'note',
  'object',
  'observe',
  'plead',
  'pledge',
  'post',
  'predict',
  'proclaim',
  'promise',
  'protest',
  'question',
  'recall',
  'recount',
  'reiterate',
  'remark',
  'repeat',
  'reply',
  'report',
  'respond',
  'retort',
  'reveal',
  'scoff',
  'shout',
  'sigh',
  'snap',
  'state',
  'stress',
  'suggest',
  'testify',
  'threaten',
  'tweet',
  'underline',
  'urge',
  'vow',
  'warn',
  'whisper',
  'wonder',
  'yell',
  'believe',
  'appeal',
  'accuse',
  'quip',
  'rule',
  'signal',
  'voice',
  'clarify',
  'specify',
  'recommend',
  'acknowledge',
  'blast',
  'slam',
  'criticise',
  'criticize',
  'condemn',
  'welcome',
  'underscore',
  'highlight',
  'tell',
] as const;

/** Forms that the regular rules below would get wrong. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  put: ['put', 'puts', 'putting'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  quote: ['quoted'],
  go: ['went on', 'goes on', 'going on'],
  point: ['pointed out', 'points out', 'pointing out'],
  call: ['called on', 'calls on', 'calling on', 'called for', 'calls for', 'called'],
};

function inflect(lemma: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled =
    /^(?:snap|quip|slam|label|signal)$/.test(lemma) && !lemma.endsWith('t') ? lemma + lemma.at(-1) : lemma;
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

export interface VerbOccurrence {
  form: string;
  start: number;
  end: number;
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
