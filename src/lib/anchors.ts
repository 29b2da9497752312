/**
 * Keeping spans (quotes, mentions) on the same words when an article's text changes.
 *
 * The part of the text before the first changed character and after the last one is unchanged;
 * a span there keeps its words, shifted by the change in length. A span that touches the changed
 * part is looked up again: the occurrence of its exact words nearest to where it was. When its
 * words are gone the span cannot be kept, and the caller decides (a quote blocks the change; a
 * mention is dropped with its words).
 */

export interface Span {
  start: number;
  end: number;
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Every start of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Maps spans of `before` onto `after`: the new span for each, or null when its words are gone. */
export function reanchor(before: string, after: string, spans: readonly Span[]): (Span | null)[] {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const delta = after.length - before.length;
  const changedEnd = before.length - suffix;
  return spans.map((span) => {
    if (span.end <= prefix) return span;
    if (span.start >= changedEnd) return { start: span.start + delta, end: span.end + delta };
    const words = before.slice(span.start, span.end);
    const expected = span.start <= prefix ? span.start : span.start + delta;
    let best: number | undefined;
    for (const at of occurrences(after, words)) {
      if (best === undefined || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    }
    return best === undefined ? null : { start: best, end: best + words.length };
  });
}

/** Where `words` stand in `text` when they stand there exactly once. */
export function locateOnce(text: string, words: string): Span | 'absent' | 'ambiguous' {
  const found = occurrences(text, words);
  if (found.length === 0) return 'absent';
  if (found.length > 1) return 'ambiguous';
  return { start: found[0] as number, end: (found[0] as number) + words.length };
}
