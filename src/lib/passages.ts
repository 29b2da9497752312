/**
 * Long searchable texts cut into passages of bounded length, so that a search snippet is built from
 * one passage instead of the whole text. FTS5's snippet() scores every window around every match,
 * which is quadratic in the number of matches: a 1.9 MB article of lorem ipsum held the event loop
 * for seconds on `/search?q=lorem`. Texts up to LONG_TEXT characters in all are not cut (their
 * snippets stay FTS5's own, over the whole row); longer ones are cut in every column.
 *
 * The database calls `passagesOf` from its triggers (db/client.ts registers it as the table-valued
 * function `text_passages`), in the transaction of each write, as it keeps the full-text indexes.
 */

/** A row whose columns add up to more than this is searched for its snippet passage by passage. */
export const LONG_TEXT = 4000;
/** The longest passage, in UTF-16 units. */
export const PASSAGE_LENGTH = 1000;
/** A passage begins this much before the previous one ends, so that words cut by an end are whole in the next. */
export const PASSAGE_OVERLAP = 100;

/** Bits of `cut`: the passage starts inside its column's text, and/or ends inside it. */
export const CUT_START = 1;
export const CUT_END = 2;

export interface Passage {
  /** Position among the row's passages, from 0; unique within the row. */
  n: number;
  /** Which of the row's columns the passage is from. */
  column: number;
  text: string;
  cut: number;
}

const isSpace = (code: number) => code <= 32 || code === 0xa0;

/** Where to end a passage that starts at `start`: at a space near the longest length, else at the length. */
function passageEnd(text: string, start: number): number {
  const hardEnd = start + PASSAGE_LENGTH;
  if (hardEnd >= text.length) return text.length;
  for (let at = hardEnd; at > start + PASSAGE_LENGTH * 0.8; at--) {
    if (isSpace(text.charCodeAt(at - 1))) return at;
  }
  // No space near the end (one very long word): cut it, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(hardEnd - 1);
  return code >= 0xd800 && code <= 0xdbff ? hardEnd - 1 : hardEnd;
}

/** Where the passage after one ending at `end` starts: at a space a little before `end`. */
function nextStart(text: string, start: number, end: number): number {
  for (let at = Math.max(start + 1, end - PASSAGE_OVERLAP); at < end; at++) {
    if (isSpace(text.charCodeAt(at - 1))) return at;
  }
  return end;
}

/** The passages of a row's columns (null for a column it lacks), or none when the row is short. */
export function* passagesOf(columns: readonly (string | null | undefined)[]): Generator<Passage> {
  const total = columns.reduce((sum, text) => sum + (text?.length ?? 0), 0);
  if (total <= LONG_TEXT) return;
  let n = 0;
  for (const [column, text] of columns.entries()) {
    if (!text) continue;
    for (let start = 0; ;) {
      const end = passageEnd(text, start);
      const cut = (start > 0 ? CUT_START : 0) | (end < text.length ? CUT_END : 0);
      yield { n: n++, column, text: text.slice(start, end), cut };
      if (end >= text.length) break;
      start = nextStart(text, start, end);
    }
  }
}
