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

/** The subject of `verb` within [from, to): the nearest candidate before it, else one right after ("said Smith"). */
export function subjectOf(
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  from: number,
  to: number,
  text: string,
) {
  if (verb.form !== 'according to') {
    let before: SpeakerCandidate | null = null;
    for (const candidate of candidates) {
      if (candidate.start >= from && candidate.end <= verb.start) before = candidate;
    }
    if (before !== null) return before;
  }
  return (
    candidates.find(
      (candidate) =>
        candidate.start >= verb.end && candidate.start < to && /^[\s,]*$/.test(text.slice(verb.end, candidate.start)),
    ) ?? null
  );
}

/**
 * The attribution of a quoted piece: a speech verb after the quote in its sentence (", he
 * said"), else before it ("Zelensky wrote, “…”"), else a colon introduction ("The minister was
 * blunt: “…”"). The search stops at neighbouring quotes of the same sentence.
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
  if (after) {
    const subject = subjectOf(after, candidates, afterFrom, afterTo, text);
    if (subject) return { verb: after, subject };
  }
  const before = finiteVerbs(text, beforeFrom, beforeTo).at(-1);
  if (before) {
    const subject = subjectOf(before, candidates, beforeFrom, beforeTo, text);
    if (subject) return { verb: before, subject };
  }
  if (/:\s*$/.test(text.slice(beforeFrom, beforeTo))) {
    const subject = candidates.find(
      (candidate) => candidate.start >= beforeFrom && candidate.end <= beforeTo && candidate.pronoun === null,
    );
    if (subject) return { verb: null, subject };
  }
  return null;
}
