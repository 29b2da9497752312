import { describe, expect, it } from 'vitest';
import { documentBlocks, readAnnotation, readDocument } from '../../seed/load.ts';
import { plainTextOf } from '../../src/lib/article-text.ts';
import { extractArticle, toDryRun } from '../../src/ingest/index.ts';
import { lexiconFromAnnotation } from '../support/seed-lexicon.ts';

const annotation = readAnnotation();
const document = readDocument(annotation);
const result = extractArticle(document, lexiconFromAnnotation(annotation));
const dryRun = toDryRun(result, document);
const nameOf = new Map([...annotation.people, ...annotation.organisations].map((entity) => [entity.slug, entity.name]));

describe('ingesting the seed document', () => {
  it('finds the curated blocks, headings and credit, and the plain text keeps the document offsets', () => {
    const curated = documentBlocks(document, annotation);
    expect(result.blocks.map(({ type, text }) => ({ type, text }))).toEqual(curated);
    expect(result.plainText).toBe(plainTextOf(curated));
    expect(document.startsWith(result.plainText)).toBe(true);
    expect(result.credit).toBe(annotation.article.credit);
  });

  const quoted = annotation.quotes.filter((quote) => quote.kind !== 'indirect');
  it.each(quoted.map((quote) => [quote.text.slice(0, 40), quote] as const))(
    'reproduces the %s… quote with its speaker and offsets',
    (_label, gold) => {
      const found = dryRun.quotes.find((quote) => quote.start === gold.start && quote.end === gold.end);
      expect(found).toMatchObject({
        text: gold.text,
        kind: gold.kind,
        speaker: {
          name: nameOf.get(gold.speaker?.slug ?? ''),
          type: gold.speaker?.type,
          start: gold.speakerMention?.start,
          end: gold.speakerMention?.end,
        },
      });
      expect(found?.channel).toBe(gold.channel);
    },
  );

  it('finds no direct or partial quote the curator did not', () => {
    const extra = dryRun.quotes.filter(
      (quote) =>
        quote.kind !== 'indirect' && !quoted.some((gold) => gold.start === quote.start && gold.end === quote.end),
    );
    expect(extra).toEqual([]);
  });

  it('finds the reported speech and every mention (figures for the report)', () => {
    const indirect = annotation.quotes.filter((quote) => quote.kind === 'indirect');
    const found = indirect.filter((gold) =>
      dryRun.quotes.some(
        (quote) =>
          quote.start === gold.start &&
          quote.end === gold.end &&
          quote.speaker?.name === nameOf.get(gold.speaker?.slug ?? ''),
      ),
    );
    expect(found.length).toBe(indirect.length);
    const mentions = new Set(dryRun.mentions.map((mention) => `${mention.type}:${mention.start}:${mention.end}`));
    const missed = annotation.mentions.filter(
      (mention) => !mentions.has(`${mention.type}:${mention.start}:${mention.end}`),
    );
    expect(missed).toEqual([]);
    // The curator does not nest names; the engine also names a place inside an organisation's name.
    const golden = new Set(annotation.mentions.map((mention) => `${mention.type}:${mention.start}:${mention.end}`));
    const nested = dryRun.mentions.filter((mention) => !golden.has(`${mention.type}:${mention.start}:${mention.end}`));
    expect(nested.map((mention) => [mention.type, mention.name])).toEqual([['place', 'Ukraine']]);
    expect(dryRun.mentions).toHaveLength(annotation.mentions.length + nested.length);
  });
});
