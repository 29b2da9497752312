import { describe, expect, it } from 'vitest';
import { IngestInputError, extractArticle, toDryRun, toDryRunJson, type Lexicon } from '../../src/ingest/index.ts';

const lexicon: Lexicon = {
  people: [
    { id: 'anna', name: 'Anna Berg', aliases: [] },
    { id: 'tom', name: 'Tomas Vik', aliases: [] },
  ],
  organisations: [{ id: 'health', name: 'Ministry of Health', aliases: [] }],
  places: [
    { id: 'norway', name: 'Norway', aliases: [], kind: 'country', parentId: null },
    { id: 'vestland', name: 'Vestland', aliases: ['Vestland region'], kind: 'region', parentId: 'norway' },
  ],
};

const run = (text: string) => toDryRun(extractArticle(text, lexicon), text);

describe('extractArticle: blocks', () => {
  it('detects headings between paragraphs and keeps the input offsets', () => {
    const text = 'Storm hits the coast\n\nThe storm arrived at night.\n\nWhat comes next?\n\nMore rain is due.';
    const result = extractArticle(text, lexicon);
    expect(result.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(result.plainText).toBe(text);
    expect(result.wordCount).toBe(16);
  });

  it('maps offsets back to the input when lines are wrapped and separated by CRLF', () => {
    const text = '  Anna Berg said the\r\nplan works.\r\n\r\n\r\n"It will," she said.  ';
    const result = extractArticle(text, lexicon);
    expect(result.plainText).toBe('Anna Berg said the plan works.\n\n"It will," she said.');
    const dry = toDryRun(result, text);
    for (const quote of dry.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(dry.quotes.find((quote) => quote.kind === 'direct')?.text).toBe('It will,');
  });
});

describe('extractArticle: quotes', () => {
  it('makes each piece of a quote split around its attribution its own quote, with one speaker', () => {
    const dry = run('“We will rebuild,” Anna Berg said, “and we will do it this year.”');
    expect(dry.quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name])).toEqual([
      ['We will rebuild,', 'direct', 'Anna Berg'],
      ['and we will do it this year.', 'direct', 'Anna Berg'],
    ]);
  });

  it('keeps ‘nested’ quotes inside the outer quote', () => {
    const dry = run('“They ask me, ‘Is it safe?’ every day,” Anna Berg said.');
    expect(dry.quotes).toHaveLength(1);
    expect(dry.quotes[0]?.text).toBe('They ask me, ‘Is it safe?’ every day,');
  });

  it('tells partial quotes from direct ones', () => {
    const dry = run('Anna Berg called the plan “a disaster for the coast” on Monday.');
    expect(dry.quotes[0]).toMatchObject({
      text: 'a disaster for the coast',
      kind: 'partial',
      speaker: { name: 'Anna Berg' },
    });
  });

  it('gives a multi-paragraph quote one piece per paragraph, all to the same speaker', () => {
    const dry = run('“First part,” Anna Berg said. “Second part.\n\n“Third part.\n\n“Last part.”');
    expect(dry.quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['First part,', 'Anna Berg'],
      ['Second part.', 'Anna Berg'],
      ['Third part.', 'Anna Berg'],
      ['Last part.', 'Anna Berg'],
    ]);
  });

  it('resolves he and she to the right person of two', () => {
    const dry = run(
      'Anna Berg met Tomas Vik on Monday. “The deal is done,” she said.\n\n“I am not so sure,” he said.\n\n“Trust me,” she said.',
    );
    expect(dry.quotes.map((quote) => quote.speaker?.name)).toEqual(['Anna Berg', 'Tomas Vik', 'Anna Berg']);
  });

  it('finds reported speech and its speaker, including according to', () => {
    const dry = run(
      'The Ministry of Health said on Friday that 40 clinics would close. According to Anna Berg, the cuts are temporary.',
    );
    expect(dry.quotes.map((quote) => [quote.kind, quote.text, quote.speaker?.name])).toEqual([
      ['indirect', '40 clinics would close', 'Ministry of Health'],
      ['indirect', 'the cuts are temporary', 'Anna Berg'],
    ]);
  });

  it('reports an unbalanced quotation mark instead of guessing a span', () => {
    const result = extractArticle('“We are close, said Anna Berg.\n\nTalks go on.', lexicon);
    expect(result.quotes.filter((quote) => quote.kind !== 'indirect')).toEqual([]);
    expect(result.lowConfidence.map((doubt) => doubt.reason)).toContain('unbalanced-quote-mark');
  });

  it('returns an honest empty result for text without quotes', () => {
    expect(run('Rain fell across Norway on Sunday.').quotes).toEqual([]);
  });
});

describe('extractArticle: entities', () => {
  it('proposes new people from title cues and links their bare surname', () => {
    const result = extractArticle('Foreign Minister Lars Dahl visited Norway. Dahl said the talks went well.', lexicon);
    expect(result.mentions.map((mention) => [mention.text, mention.entity.name, mention.entity.suggested])).toEqual([
      ['Lars Dahl', 'Lars Dahl', true],
      ['Norway', 'Norway', false],
      ['Dahl', 'Lars Dahl', true],
    ]);
    expect(result.lowConfidence.some((doubt) => doubt.reason === 'suggested-entity')).toBe(true);
  });

  it('gives a new village the region the text puts it in', () => {
    const result = extractArticle('Fire reached the village of Sorvik in the Vestland region.', lexicon);
    expect(result.mentions.find((mention) => mention.text === 'Sorvik')?.parentHint).toBe('Vestland');
  });
});

describe('extractArticle: bad input', () => {
  it.each([
    ['empty text', ''],
    ['blank text', ' \n\n '],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary'],
  ])('refuses %s with an IngestInputError on the text field', (_label, text) => {
    expect(() => extractArticle(text, lexicon)).toThrow(IngestInputError);
    try {
      extractArticle(text, lexicon);
    } catch (error) {
      expect((error as IngestInputError).field).toBe('text');
    }
  });

  it('refuses text that is not a string, and a malformed lexicon', () => {
    expect(() => extractArticle(42 as unknown as string, lexicon)).toThrow(IngestInputError);
    expect(() => extractArticle('Text.', { people: null } as unknown as Lexicon)).toThrow(/lexicon/);
  });

  it('refuses text over the length limit', () => {
    expect(() => extractArticle('word '.repeat(100), lexicon, { maxLength: 50 })).toThrow(/limit/);
  });

  // How fast and in how much memory 10 MB is read is measured by `npm run eval:ingest -- --memory`, not here.
  it('reads long news copy to the end: every quote of 1 MB, each with its speaker', () => {
    const paragraph =
      '“We will rebuild,” Anna Berg said, “and we will do it this year.” Tomas Vik said the plan would cost 40 million in the Vestland region, according to the Ministry of Health.\n\n';
    const paragraphs = Math.ceil(1_000_000 / paragraph.length);
    const result = extractArticle(paragraph.repeat(paragraphs), lexicon);
    const direct = result.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct).toHaveLength(2 * paragraphs);
    expect(direct.every((quote) => quote.speaker?.entity.name === 'Anna Berg')).toBe(true);
    expect(result.mentions.filter((mention) => mention.entity.name === 'Tomas Vik')).toHaveLength(paragraphs);
  });

  it('survives pathological input: long runs of quote marks and capitals', () => {
    const text = `${'“'.repeat(50_000)} ${'A '.repeat(50_000)} ${'"'.repeat(50_000)}`;
    expect(() => toDryRunJson(extractArticle(text, lexicon), text)).not.toThrow();
  });
});
