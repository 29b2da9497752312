import { describe, expect, it } from 'vitest';
import { extractArticle, type Lexicon } from '../../src/ingest/index.ts';
import { ENTITY_WINDOW, findEntities } from '../../src/ingest/entities.ts';
import { indexLexicon } from '../../src/ingest/lexicon-index.ts';
import { MAX_SENTENCE, splitSentences } from '../../src/ingest/sentences.ts';

// Issue 11 item 5: text of capitalised words took 0.9 / 4.0 / 71 s for 0.2 / 0.4 / 1.9 MB. The time is
// measured by `npm run eval:ingest` (no timed assertion here); these tests pin the mechanisms that keep
// the work per name, per pronoun and per sentence bounded, so the whole stays linear.

const empty: Lexicon = { people: [], organisations: [], places: [] };

describe('ingest stays linear in the length of the text', () => {
  it('cuts text without sentence ends into bounded sentences, at spaces', () => {
    const text = 'Alpha Bravo Charlie '.repeat(2_000);
    const sentences = splitSentences(text, 0, text.length, () => false);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(sentence.end - sentence.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.every((sentence) => text[sentence.start] !== ' ')).toBe(true);
  });

  it('reads many distinct names, pronouns and quotes in one paragraph without sentence ends', () => {
    const parts = Array.from({ length: 3_000 }, (_, i) => `John Smith${i} and "Alpha" he said`);
    const text = parts.join(' ');
    const result = extractArticle(text, empty);
    expect(result.quotes.length).toBeGreaterThan(1_000);
  });
});

describe('entities are found window by window on a very long text', () => {
  it('reads each window as if it were alone, so what is held at once is bounded by the window', () => {
    const paragraph =
      'Foreign Minister Lars Dahl met Anna Berg of the Kelp Energy Group in Bergen. Dahl said "No."\n\n';
    const window = paragraph.repeat(Math.floor(ENTITY_WINDOW / paragraph.length));
    const text = `${window}${window}${window}`;
    const index = indexLexicon(empty);
    const whole = findEntities(text, index).mentions.map(({ start, end, entity }) => [start, end, entity.key]);
    const alone = findEntities(window, index).mentions;
    expect(alone.length).toBeGreaterThan(1_000);
    const expected = [0, 1, 2].flatMap((copy) =>
      alone.map(({ start, end, entity }) => [start + copy * window.length, end + copy * window.length, entity.key]),
    );
    expect(whole).toEqual(expected);
  });
});
