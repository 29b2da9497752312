import { describe, expect, it } from 'vitest';
import { buildGold, readFixtures, readLexicon } from '../../scripts/ingest/gold.ts';
import { extractArticle } from '../../src/ingest/index.ts';

const fixtures = readFixtures();

describe('ingest evaluation fixtures', () => {
  it('has at least 20 labelled texts and a lexicon', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(readLexicon().people.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: every gold offset holds its text',
    (_name, fixture) => {
      for (const quote of fixture.gold.quotes) {
        expect(fixture.text.slice(quote.start, quote.end)).toBe(quote.text);
        if (quote.speaker) expect(fixture.text.slice(quote.speaker.start, quote.speaker.end).length).toBeGreaterThan(0);
      }
      for (const mention of fixture.gold.mentions)
        expect(fixture.text.slice(mention.start, mention.end).length).toBeGreaterThan(0);
    },
  );

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the gold file is built from its labels',
    (_name, fixture) => {
      expect(buildGold(fixture.name, fixture.text, fixture.labels)).toEqual(fixture.gold);
    },
  );

  it('runs on every fixture without throwing', () => {
    for (const fixture of fixtures) expect(() => extractArticle(fixture.text, readLexicon())).not.toThrow();
  });
});
