import { describe, expect, it } from 'vitest';
import { reanchor } from '../../src/lib/anchors.ts';

describe('reanchor', () => {
  const before = 'Smith said yes. Jones said yes.';
  const jones = { start: 27, end: 30 };
  const smith = { start: 11, end: 14 };

  it('moves spans with their words when text is added before them', () => {
    const after = `Editor’s note. ${before}`;
    const [moved] = reanchor(before, after, [jones]);
    expect(after.slice(moved!.start, moved!.end)).toBe('yes');
    expect(moved!.start).toBe(jones.start + 15);
  });

  it('never moves a span onto the same words elsewhere', () => {
    expect(reanchor(before, 'Smith said yes. Jones said no.', [jones, smith])).toEqual([null, smith]);
    expect(reanchor(before, 'Smith said yes.', [jones, smith])).toEqual([null, smith]);
  });

  it('orphans a span whose words were changed inside', () => {
    const quote = { start: 0, end: 15 };
    expect(reanchor(before, 'Smith said no. Jones said yes.', [quote])).toEqual([null]);
  });

  it('keeps spans across a large text with a small edit', () => {
    const long = 'word '.repeat(200_000);
    const span = { start: 900_000, end: 900_004 };
    const [moved] = reanchor(long, `x${long}`, [span]);
    expect(moved).toEqual({ start: 900_001, end: 900_005 });
  });

  // Myers' character diff was quadratic in the size of the change: here it gave up after a second and
  // orphaned every span. The alignment now runs close to linear in the text, however much changed.
  it('keeps every span when each of 10,000 paragraphs is edited', () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i}: Zelensky spoke in Kyiv.`);
    const edited = paragraphs.map((p, i) => `${p} Update ${i}.`);
    /** Where "Kyiv" stands in each paragraph of `text`, made of `parts`. */
    const kyivs = (parts: string[]) => {
      let at = 0;
      return parts.map((part) => {
        const start = at + part.indexOf('Kyiv');
        at += part.length + 2;
        return { start, end: start + 4 };
      });
    };
    expect(reanchor(paragraphs.join('\n\n'), edited.join('\n\n'), kyivs(paragraphs))).toEqual(kyivs(edited));
  });

  it('keeps the words an edit left alone in a rewritten paragraph, and spans over several paragraphs', () => {
    const before =
      'Intro.\n\nThe minister said talks would resume. Kyiv agreed on Monday.\n\n“We are ready,\n\nand willing,” he said.';
    const after =
      'Intro, rewritten.\n\nOfficials now say negotiations could start again soon. Kyiv agreed on Monday.\n\n“We are ready,\n\nand willing,” he said.';
    const kyiv = { start: before.indexOf('Kyiv'), end: before.indexOf('Kyiv') + 4 };
    const quote = { start: before.indexOf('“'), end: before.indexOf('”') + 1 };
    const talks = { start: before.indexOf('talks'), end: before.indexOf('talks') + 5 };
    const [movedKyiv, movedQuote, movedTalks] = reanchor(before, after, [kyiv, quote, talks]);
    expect(after.slice(movedKyiv!.start, movedKyiv!.end)).toBe('Kyiv');
    expect(after.slice(movedQuote!.start, movedQuote!.end)).toBe('“We are ready,\n\nand willing,”');
    expect(movedTalks).toBeNull();
  });

  it('keeps a span in an edited paragraph on that paragraph, not on the same words before it', () => {
    const before = 'Same words.\n\nOther.\n\nSame words.';
    const after = 'Same words.\n\nChanged.\n\nSame words!';
    const second = { start: before.lastIndexOf('Same'), end: before.lastIndexOf('Same') + 4 };
    const [moved] = reanchor(before, after, [second]);
    expect(moved).toEqual({ start: after.lastIndexOf('Same'), end: after.lastIndexOf('Same') + 4 });
  });
});
