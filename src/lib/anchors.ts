import { diffChars } from 'diff';

/**
 * Keeping spans (quotes, mentions) on the same words when an article's text changes.
 *
 * The old and new texts are compared character by character (Myers' diff, via jsdiff); a span
 * keeps its words only when all of them lie in one stretch the two texts share, and then moves
 * with that stretch. A span any part of which was changed, or that the change split, has lost its
 * words, and the caller decides (a quote blocks the change; a mention goes with its words). The
 * words are never looked for elsewhere: the same words further on are other words.
 */

export interface Span {
  start: number;
  end: number;
}

/** A stretch of text the old and new versions share. */
interface Common {
  before: number;
  after: number;
  length: number;
}

/** Past this, the diff gives up and only the unchanged head and tail of the text count as shared. */
const DIFF_TIMEOUT_MS = 1000;

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

/** The stretches `before` and `after` share, in order. */
function commonStretches(before: string, after: string): Common[] {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const stretches: Common[] = [{ before: 0, after: 0, length: prefix }];
  const changes = diffChars(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix), {
    timeout: DIFF_TIMEOUT_MS,
  });
  let inBefore = prefix;
  let inAfter = prefix;
  for (const change of changes ?? []) {
    const length = change.value.length;
    if (!change.added && !change.removed) stretches.push({ before: inBefore, after: inAfter, length });
    if (!change.added) inBefore += length;
    if (!change.removed) inAfter += length;
  }
  stretches.push({ before: before.length - suffix, after: after.length - suffix, length: suffix });
  return stretches.filter((stretch) => stretch.length > 0);
}

/** Maps spans of `before` onto `after`: the new span for each, or null when its words changed. */
export function reanchor(before: string, after: string, spans: readonly Span[]): (Span | null)[] {
  if (before === after) return [...spans];
  const stretches = commonStretches(before, after);
  return spans.map((span) => {
    const home = stretches.find((s) => s.before <= span.start && span.end <= s.before + s.length);
    if (!home) return null;
    const shift = home.after - home.before;
    return { start: span.start + shift, end: span.end + shift };
  });
}

/** Every start of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Where `words` stand in `text` when they stand there exactly once. */
export function locateOnce(text: string, words: string): Span | 'absent' | 'ambiguous' {
  const found = occurrences(text, words);
  if (found.length === 0) return 'absent';
  if (found.length > 1) return 'ambiguous';
  return { start: found[0] as number, end: (found[0] as number) + words.length };
}
