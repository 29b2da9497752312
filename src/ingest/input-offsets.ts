import { normaliseText } from './text.ts';

/**
 * From offsets into the copy as sent to offsets into the article's plain text: the way back from
 * what an editor marked on the raw copy (a dry run's spans, corrected) to where the words stand in
 * the draft. Returns null for an offset that lies in nothing the plain text keeps (blank lines, the
 * credit line, spaces trimmed at a line's ends).
 */
export function plainOffsetMapper(input: string): {
  plainText: string;
  toPlain: (inputOffset: number) => number | null;
} {
  const { plainText, toInputOffset } = normaliseText(input);
  return {
    plainText,
    toPlain(inputOffset) {
      // toInputOffset never decreases: the first plain offset that reaches inputOffset is the one, if it lands on it.
      let low = 0;
      let high = plainText.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (toInputOffset(middle) < inputOffset) low = middle + 1;
        else high = middle;
      }
      return toInputOffset(low) === inputOffset ? low : null;
    },
  };
}
