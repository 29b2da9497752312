import type { Sentence } from './types.ts';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof St Gen Lt Col Capt Sgt Gov Sen Rep Rev Jr Sr Inc Corp Ltd Co No vs etc Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec approx est Fig Mt Ft'.split(
    ' ',
  ),
);

/**
 * No real sentence is this long. Text without sentence ends (a list of names, a run of capitals)
 * is cut here, at a space, so that work done per sentence stays bounded and linear overall.
 */
export const MAX_SENTENCE = 2_000;

/** `sentence` cut into pieces of at most MAX_SENTENCE characters, at spaces where there are any. */
function bounded(text: string, sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return [sentence];
  const pieces: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const end = space > start ? space : start + MAX_SENTENCE;
    pieces.push({ start, end });
    start = end;
    while (start < sentence.end && text[start] === ' ') start += 1;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end });
  return pieces;
}

const BOUNDARY = /[.!?…]+[”"’')\]]*(?=\s+[“"‘'(\p{Lu}\p{N}])/gu;

/**
 * Splits `text[from, to)` into sentences. A boundary inside a quotation does not count: a
 * multi-sentence quote belongs to the sentence that carries its attribution.
 */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  insideQuote: (offset: number) => boolean,
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const block = text.slice(from, to);
  for (const match of block.matchAll(BOUNDARY)) {
    const end = from + match.index + match[0].length;
    // Only the last few characters: a regex anchored at $ over the whole prefix would be quadratic.
    const word = /(\S+)$/.exec(block.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
    if (
      match[0].startsWith('.') &&
      (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))
    )
      continue;
    if (insideQuote(end)) continue;
    sentences.push(...bounded(text, { start, end }));
    start = end;
    while (/\s/.test(text[start] ?? '')) start += 1;
  }
  if (start < to) sentences.push(...bounded(text, { start, end: to }));
  return sentences;
}
