import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DryRun } from '../../src/ingest/dry-run.ts';
import type { Lexicon } from '../../src/ingest/types.ts';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';

/**
 * The evaluation fixtures. Labels are written by hand as text (`NN-name.labels.json`), and the gold
 * file in dry-run format (`NN-name.json`) is computed from them by exact substring search, so no
 * offset is ever typed by hand.
 */
export const FIXTURE_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'ingest');

/** Fixtures 01–14 were written first and developed against; 15 onwards were held out. */
export const HELD_OUT_FROM = 15;

interface LabelledQuote {
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
  channel: string | null;
  speaker: { name: string; type: 'person' | 'organisation'; at: string; mention: string } | null;
}

interface LabelledMention {
  text: string;
  type: 'person' | 'organisation' | 'place';
  name: string;
  /** Occurrences (0-based, counted among the kept ones) that are not this entity. */
  skip?: number[];
}

export interface Labels {
  quotes: LabelledQuote[];
  mentions: LabelledMention[];
}

export interface Fixture {
  name: string;
  number: number;
  text: string;
  labels: Labels;
  gold: DryRun;
}

export class GoldError extends Error {}

function occurrences(text: string, needle: string, wholeWord: boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (wholeWord && (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))) continue;
    found.push(at);
  }
  return found;
}

export function buildGold(name: string, text: string, labels: Labels): DryRun {
  let cursor = 0;
  const quotes = labels.quotes.map((quote) => {
    const start = text.indexOf(quote.text, cursor);
    if (start < 0) throw new GoldError(`${name}: quote "${quote.text}" not found after offset ${cursor}`);
    cursor = start;
    const end = start + quote.text.length;
    let speaker: DryRun['quotes'][number]['speaker'] = null;
    if (quote.speaker) {
      const { at, mention } = quote.speaker;
      const inner = at.indexOf(mention);
      if (inner < 0) throw new GoldError(`${name}: "${mention}" is not within "${at}"`);
      const spots = occurrences(text, at, false)
        .map((spot) => spot + inner)
        .filter((spot) => spot >= end || spot + mention.length <= start);
      const distance = (spot: number) => (spot >= end ? spot - end : start - spot);
      const best = spots.sort((a, b) => distance(a) - distance(b))[0];
      if (best === undefined) throw new GoldError(`${name}: speaker context "${at}" not found outside the quote`);
      speaker = { name: quote.speaker.name, type: quote.speaker.type, start: best, end: best + mention.length };
    }
    return { text: quote.text, start, end, kind: quote.kind, channel: quote.channel, speaker };
  });
  const spans: DryRun['mentions'] = [];
  const byLength = [...labels.mentions].sort((a, b) => b.text.length - a.text.length);
  for (const mention of byLength) {
    const free = occurrences(text, mention.text, true).filter(
      (start) => !spans.some((span) => span.start < start + mention.text.length && start < span.end),
    );
    if (free.length === 0) throw new GoldError(`${name}: mention "${mention.text}" not found`);
    free.forEach((start, index) => {
      if (mention.skip?.includes(index)) return;
      spans.push({ type: mention.type, name: mention.name, start, end: start + mention.text.length });
    });
  }
  return { quotes: quotes.sort((a, b) => a.start - b.start), mentions: spans.sort((a, b) => a.start - b.start) };
}

export function readLexicon(): Lexicon {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'lexicon.json'), 'utf8')) as Lexicon;
}

export function readFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => /^\d\d-.*\.txt$/.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.labels.json`), 'utf8')) as Labels;
      const gold = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as DryRun;
      return { name, number: Number(name.slice(0, 2)), text, labels, gold };
    });
}
