import { describe, expect, it } from 'vitest';
import { extractArticle, type Lexicon } from '../../src/ingest/index.ts';
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
