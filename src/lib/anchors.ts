/**
 * Keeping spans (quotes, mentions) on the same words when an article's text changes.
 *
 * The old and new texts are aligned in time close to linear in their length (an edit is a request
 * on the event loop: Myers' character diff was quadratic in the size of the change and gave up
 * after a second on a long article). First the common head and tail; then, in between, lines
 * that occur exactly once in each text anchor the alignment (patience diff: their longest run in
 * the same order); the stretches between anchors are aligned the same way word by word, after
 * their own common head and tail. A span keeps its words only when all of them lie in one stretch
 * the two texts share, and then moves with that stretch. A span any part of which was changed, or
 * that the change split, has lost its words, and the caller decides (a quote blocks the change; a
 * mention goes with its words). The words are never looked for elsewhere: the same words further on
 * are other words.
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

/** A range of one text being aligned. */
interface Range {
  from: number;
  to: number;
}

/** How a region is cut into units at each level of the alignment: lines, then words. */
const UNITS = [/[^\n]*\n|[^\n]+/g, /\s+|\S+\s*/g] as const;

function unitsOf(text: string, range: Range, level: number): Range[] {
  const units: Range[] = [];
  for (const match of text.slice(range.from, range.to).matchAll(UNITS[level] as RegExp)) {
    const from = range.from + (match.index ?? 0);
    units.push({ from, to: from + match[0].length });
  }
  return units;
}

function commonPrefix(a: string, b: string, inA: Range, inB: Range): number {
  const max = Math.min(inA.to - inA.from, inB.to - inB.from);
  let i = 0;
  while (i < max && a.charCodeAt(inA.from + i) === b.charCodeAt(inB.from + i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, inA: Range, inB: Range): number {
  const max = Math.min(inA.to - inA.from, inB.to - inB.from);
  let i = 0;
  while (i < max && a.charCodeAt(inA.to - 1 - i) === b.charCodeAt(inB.to - 1 - i)) i++;
  return i;
}

/** Indices into `values` of one longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  });
  const run: number[] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i] as number) run.push(i);
  return run.reverse();
}

/** Pairs of units (index before, index after) that occur once in each text, in an order both agree on. */
function anchors(before: string, after: string, unitsBefore: Range[], unitsAfter: Range[]): [number, number][] {
  const keysBefore = unitsBefore.map((unit) => before.slice(unit.from, unit.to));
  const counts = new Map<string, { before: number; after: number; inAfter: number }>();
  for (const key of keysBefore) {
    const found = counts.get(key);
    if (found) found.before++;
    else counts.set(key, { before: 1, after: 0, inAfter: -1 });
  }
  unitsAfter.forEach((unit, i) => {
    const found = counts.get(after.slice(unit.from, unit.to));
    if (!found) return;
    found.after++;
    found.inAfter = i;
  });
  const unique: [number, number][] = [];
  keysBefore.forEach((key, i) => {
    const found = counts.get(key);
    if (found?.before === 1 && found.after === 1) unique.push([i, found.inAfter]);
  });
  return longestIncreasing(unique.map(([, inAfter]) => inAfter)).map((i) => unique[i] as [number, number]);
}

/** Appends to `out`, in order, the stretches `before[inBefore]` and `after[inAfter]` share. */
function align(before: string, after: string, inBefore: Range, inAfter: Range, level: number, out: Common[]) {
  const head = commonPrefix(before, after, inBefore, inAfter);
  const tail = commonSuffix(
    before,
    after,
    { from: inBefore.from + head, to: inBefore.to },
    { ...inAfter, from: inAfter.from + head },
  );
  out.push({ before: inBefore.from, after: inAfter.from, length: head });
  const middleBefore = { from: inBefore.from + head, to: inBefore.to - tail };
  const middleAfter = { from: inAfter.from + head, to: inAfter.to - tail };
  const bothLeft = middleBefore.to > middleBefore.from && middleAfter.to > middleAfter.from;
  if (bothLeft && level < UNITS.length) {
    const unitsBefore = unitsOf(before, middleBefore, level);
    const unitsAfter = unitsOf(after, middleAfter, level);
    let from = { before: middleBefore.from, after: middleAfter.from };
    for (const [i, j] of anchors(before, after, unitsBefore, unitsAfter)) {
      const unitBefore = unitsBefore[i] as Range;
      const unitAfter = unitsAfter[j] as Range;
      const gapBefore = { from: from.before, to: unitBefore.from };
      const gapAfter = { from: from.after, to: unitAfter.from };
      if (gapBefore.to > gapBefore.from && gapAfter.to > gapAfter.from) {
        align(before, after, gapBefore, gapAfter, level + 1, out);
      }
      out.push({ before: unitBefore.from, after: unitAfter.from, length: unitBefore.to - unitBefore.from });
      from = { before: unitBefore.to, after: unitAfter.to };
    }
    const restBefore = { from: from.before, to: middleBefore.to };
    const restAfter = { from: from.after, to: middleAfter.to };
    if (restBefore.to > restBefore.from && restAfter.to > restAfter.from) {
      align(before, after, restBefore, restAfter, level + 1, out);
    }
  }
  out.push({ before: inBefore.to - tail, after: inAfter.to - tail, length: tail });
}

/** The stretches `before` and `after` share, in order, adjoining ones joined. */
function commonStretches(before: string, after: string): Common[] {
  const pieces: Common[] = [];
  align(before, after, { from: 0, to: before.length }, { from: 0, to: after.length }, 0, pieces);
  const stretches: Common[] = [];
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const last = stretches.at(-1);
    if (last && last.before + last.length === piece.before && last.after + last.length === piece.after) {
      last.length += piece.length;
    } else stretches.push({ ...piece });
  }
  return stretches;
}

/**
 * A function mapping spans of `before` onto `after`: the new span, or null when its words changed.
 * Align once, then move any number of spans (each found by binary search among the stretches).
 */
export function spanMover(before: string, after: string): (span: Span) => Span | null {
  if (before === after) return (span) => ({ ...span });
  const stretches = commonStretches(before, after);
  return (span) => {
    let low = 0;
    let high = stretches.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((stretches[middle] as Common).before <= span.start) low = middle + 1;
      else high = middle;
    }
    const home = stretches[low - 1];
    if (!home || span.end > home.before + home.length) return null;
    const shift = home.after - home.before;
    return { start: span.start + shift, end: span.end + shift };
  };
}

/** Maps spans of `before` onto `after`: the new span for each, or null when its words changed. */
export function reanchor(before: string, after: string, spans: readonly Span[]): (Span | null)[] {
  return spans.map(spanMover(before, after));
}

/** Where `words` stand in `text` when they stand there exactly once. */
export function locateOnce(text: string, words: string): Span | 'absent' | 'ambiguous' {
  const first = text.indexOf(words);
  if (first === -1) return 'absent';
  if (text.indexOf(words, first + 1) !== -1) return 'ambiguous';
  return { start: first, end: first + words.length };
}
