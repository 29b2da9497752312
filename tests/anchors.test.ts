import { describe, expect, it } from 'vitest';
import { reanchor } from '../src/lib/anchors.ts';

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
});
