import { findSpeechVerbs } from './speech-verbs.ts';
import type { Attribution, QuotePiece, Sentence, SpeakerCandidate, VerbOccurrence } from './types.ts';

const NON_FINITE = new Set(['written', 'spoken']);

export function finiteVerbs(text: string, from: number, to: number): VerbOccurrence[] {
  const verbs = findSpeechVerbs(text, from, to).filter(
    (verb) => !verb.form.endsWith('ing') && !NON_FINITE.has(verb.form),
  );
  for (const match of text.slice(from, to).matchAll(/\b[Aa]ccording to\b/g)) {
    verbs.push({ form: 'according to', start: from + match.index, end: from + match.index + match[0].length });
  }
  return verbs.sort((a, b) => a.start - b.start);
}

/** Verbs whose next noun is whom the words were about or for ("told the police"), never who spoke: no "said Smith" inversion. */
const NO_INVERSION =
  /^(?:told|tells?|informed|assured|urged|called(?: on| for)?|calls(?: on| for)?|described|dubbed|labell?ed|accused|criticised|criticized|slammed|blasted|welcomed|condemned|quoted|warned|reminded|thanked|praised)$/;
/** A name inside a prepositional phrase ("of The Globe and Mail", "seen by Sky News", "In Kyiv") is not the subject. */
const AFTER_PREPOSITION =
  /(?:^|\s)(?:of|at|for|from|with|by|to|in|on|about|against|into|via|near|than|like)\s(?:the\s|a\s|an\s)?$/i;
/** The verb carries on an earlier one: "… said her party agreed, and said it was …". */
const COORDINATED = /(?:,\s*|\s)(?:and|but)\s(?:(?:also|later|then)\s)?$/;

/**
 * The subject of `verb` among the candidates before it in [from, verb): the nearest one that is not
 * inside a prepositional phrase ("Matthew Ingram of The Globe and Mail dubbed", "a letter seen by
 * Sky News says": the outlet is no subject).
 */
function subjectBefore(
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  from: number,
  text: string,
): SpeakerCandidate | null {
  let index = candidates.length - 1;
  while (index >= 0 && (candidates[index]?.end ?? 0) > verb.start) index -= 1;
  for (; index >= 0; index -= 1) {
    const candidate = candidates[index] as SpeakerCandidate;
    if (candidate.start < from) return null;
    if (AFTER_PREPOSITION.test(text.slice(Math.max(from, candidate.start - 12), candidate.start))) continue;
    // "Hernan Dario Gomez, Panama coach, said": the name before an apposition, not the one inside it.
    const named = candidates[index - 1];
    if (
      named?.mention?.entity.type === 'person' &&
      named.start >= from &&
      /^,\s[^,.;“”"]*$/.test(text.slice(named.end, candidate.start)) &&
      /^[^,.;“”"]*,\s(?:(?:has|had|also|later|then)\s)*$/.test(text.slice(candidate.end, verb.start))
    )
      return named;
    return candidate;
  }
  return null;
}

/** The subject of `verb` within [from, to): a candidate before it, else a name right after a say-type verb ("said Smith"). */
export function subjectOf(
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  from: number,
  to: number,
  text: string,
): SpeakerCandidate | null {
  if (verb.form !== 'according to') {
    const before = subjectBefore(verb, candidates, from, text);
    if (before !== null) return before;
  }
  return subjectAfter(verb, candidates, to, text);
}

/**
 * "“…,” said Smith", "said a spokeswoman for the company, Rita Oyelaran", "responded national
 * finance director Ana Ruiz": a name a few role words after the verb. Never a pronoun ("said it
 * was"), nor after a verb whose next noun is an object ("told the police").
 */
function subjectAfter(
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  to: number,
  text: string,
): SpeakerCandidate | null {
  if (NO_INVERSION.test(verb.form)) return null;
  for (const candidate of candidates) {
    if (candidate.start < verb.end) continue;
    if (candidate.start >= to) return null;
    const gap = text.slice(verb.end, candidate.start);
    if (/^[\s,]*$/.test(gap)) {
      if (candidate.pronoun !== null && !/^[.,;!?]/.test(text.slice(candidate.end, candidate.end + 1))) return null;
      // "said a spokeswoman for Northwind, Rita Oyelaran": the name in apposition is the speaker.
      if (candidate.role !== null) return appositiveName(candidate, candidates, to, text) ?? candidate;
      return candidate;
    }
    // Role words between the verb and a name: "said spokesman Ben Carter", "responded finance director Ana Ruiz".
    if (candidate.mention !== null && /^\s(?:(?:[\p{L}'’-]+|\p{Lu}\p{Ll}{0,3}\.)\s){1,5}$/u.test(gap)) return candidate;
    return null;
  }
  return null;
}

function appositiveName(
  role: SpeakerCandidate,
  candidates: readonly SpeakerCandidate[],
  to: number,
  text: string,
): SpeakerCandidate | null {
  const comma = text.indexOf(', ', role.end);
  if (comma < 0 || comma >= to || /[.;“”"]/.test(text.slice(role.end, comma))) return null;
  return (
    candidates.find((candidate) => candidate.start === comma + 2 && candidate.mention?.entity.type === 'person') ?? null
  );
}

/** The subject of a verb, or of the verb it is coordinated with ("Whitmore told X …, and told the police, “…”"). */
function subjectWithCoordination(
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  from: number,
  to: number,
  sentence: Sentence,
  text: string,
): SpeakerCandidate | null {
  if (COORDINATED.test(text.slice(Math.max(sentence.start, verb.start - 12), verb.start))) {
    const earlier = finiteVerbs(text, sentence.start, verb.start)
      .filter((other) => other.end <= verb.start - 4)
      .at(-1);
    if (earlier !== undefined) return subjectOf(earlier, candidates, sentence.start, earlier.start, text);
  }
  return subjectOf(verb, candidates, from, to, text);
}

/** Gerunds that introduce a quote right after them: "with Boswell stating: “…”", "writing in a blog post “…”". */
const GERUND_INTRO =
  /\b([a-z]+ing)\b(?:\s(?:in|on)\s(?:a|an|the|his|her|their)\s[\w-]+(?:\s[\w-]+)?)?(?:[,:]|\s(?:a|an|the|it|them))?\s*$/;

/**
 * The attribution of a quoted piece: a speech verb after the quote in its sentence (", he
 * said"), else a name after a dash ("“…” — Matthew Ingram"), else a speech verb before it
 * ("Zelensky wrote, “…”"), else a colon introduction ("The minister was blunt: “…”"). The search
 * stops at neighbouring quotes of the same sentence.
 */
export function attributePiece(
  text: string,
  piece: QuotePiece,
  sentence: Sentence,
  siblings: readonly QuotePiece[],
  candidates: readonly SpeakerCandidate[],
): Attribution | null {
  const next = siblings.find((other) => other.open > piece.close);
  const previous = [...siblings].reverse().find((other) => other.close < piece.open);
  const afterFrom = piece.close + 1;
  const afterTo = Math.min(sentence.end, next?.open ?? sentence.end);
  const beforeFrom = Math.max(sentence.start, previous ? previous.close + 1 : sentence.start);
  const beforeTo = piece.open;

  const after = finiteVerbs(text, afterFrom, afterTo)[0];
  // "“…”, and said it was …" carries on the attribution before the quote, not a new one after it.
  if (after && !COORDINATED.test(text.slice(afterFrom, after.start))) {
    const subject = subjectOf(after, candidates, afterFrom, afterTo, text);
    if (subject) return { verb: after, subject };
  }
  const dash = /^[\s,]*[-—–]{1,2}\s*/.exec(text.slice(afterFrom, afterTo));
  if (dash !== null) {
    const labelled = candidates.find((candidate) => candidate.start === afterFrom + dash[0].length);
    if (labelled?.mention) return { verb: null, subject: labelled };
  }
  const before = finiteVerbs(text, beforeFrom, beforeTo).at(-1);
  // A gerund nearer the quote than any finite verb introduces it: "It quoted critics …, with Boswell stating: “…”".
  const gerund = GERUND_INTRO.exec(text.slice(beforeFrom, beforeTo));
  const introVerb =
    gerund?.[1] !== undefined ? findSpeechVerbs(text, beforeFrom + gerund.index, beforeTo)[0] : undefined;
  if (gerund && introVerb && introVerb.form === gerund[1] && introVerb.start > (before?.start ?? -1)) {
    const subject = subjectBefore(introVerb, candidates, sentence.start, text);
    if (subject) return { verb: introVerb, subject };
  }
  if (before) {
    const subject = subjectWithCoordination(before, candidates, beforeFrom, beforeTo, sentence, text);
    if (subject) return { verb: before, subject };
  }
  // "Sunak defended the record …: “…”": the subject of the sentence that the colon ends.
  if (/:\s*$/.test(text.slice(beforeFrom, beforeTo))) {
    const subject = candidates.find(
      (candidate) =>
        candidate.start >= sentence.start &&
        candidate.end <= beforeTo &&
        candidate.pronoun === null &&
        !AFTER_PREPOSITION.test(text.slice(Math.max(sentence.start, candidate.start - 12), candidate.start)),
    );
    if (subject) return { verb: null, subject };
  }
  return null;
}
