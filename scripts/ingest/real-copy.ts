import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';

/**
 * Real published news that nobody on this team wrote: Wikinews articles with GUM's gold entity
 * mentions (tests/fixtures/real/wikinews/, CC BY; see its README) and speaker labels of our own.
 */
export const REAL_COPY_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'real', 'wikinews');

export type SpeakerForm = 'name' | 'pronoun' | 'description' | 'continued';

export interface RealQuote {
  start: number;
  end: number;
  kind: 'direct' | 'partial';
  /** Acceptable speaker names; null among them: no speaker is right too. */
  speaker: (string | null)[];
  form: SpeakerForm;
}

export interface RealMention {
  type: 'person' | 'place' | 'organisation';
  start: number;
  end: number;
  text: string;
}

export interface RealArticle {
  id: string;
  text: string;
  heldOut: boolean;
  quotes: RealQuote[];
  mentions: RealMention[];
  /** Mentions GUM does not call named, such as "Prime Minister Rishi Sunak's" (a role noun heads it). */
  unnamed: RealMention[];
  /** The gold gives each name run one type and cannot nest one name in another (Brown's labels; GUM nests). */
  flatGold?: boolean;
}

interface GumLine {
  id: string;
  text: string;
  entities: { text: string; start: number; end: number; type: string; named: boolean }[];
}

interface LabelFile {
  heldOut: string[];
  articles: Record<string, { at: string; kind: RealQuote['kind']; speaker: (string | null)[]; form: SpeakerForm }[]>;
}

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = /["”]/g;

/** The quote that starts with `at` right after an opening mark (or a paragraph break), searched from `from`: it runs to its closing mark or its paragraph's end. */
export function locate(text: string, at: string, from: number, id: string): { start: number; end: number } {
  for (let start = text.indexOf(at, from); start >= 0; start = text.indexOf(at, start + 1)) {
    // A quote carried into the next paragraph does not always reopen with a mark there.
    if (!OPENING.has(text[start - 1] ?? '') && !(start === 0 || text[start - 1] === '\n')) continue;
    const paragraphEnd = text.indexOf('\n\n', start);
    const limit = paragraphEnd < 0 ? text.length : paragraphEnd;
    CLOSING.lastIndex = start + 1;
    const close = CLOSING.exec(text);
    return { start, end: close !== null && close.index < limit ? close.index : limit };
  }
  throw new Error(`${id}: no quote opens with "${at}" after offset ${from}`);
}

const MENTION_TYPES: Record<string, RealMention['type']> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
};

export function readRealCopy(): RealArticle[] {
  const labels = JSON.parse(readFileSync(join(REAL_COPY_DIR, 'quotes.labels.json'), 'utf8')) as LabelFile;
  const lines = readFileSync(join(REAL_COPY_DIR, 'gum-news-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const article = JSON.parse(line) as GumLine;
    let cursor = 0;
    const quotes = (labels.articles[article.id] ?? []).map((label) => {
      const span = locate(article.text, label.at, cursor, article.id);
      cursor = span.start;
      return { ...span, kind: label.kind, speaker: label.speaker, form: label.form };
    });
    const typed = article.entities
      .filter((entity) => MENTION_TYPES[entity.type] !== undefined)
      .map((entity) => ({
        type: MENTION_TYPES[entity.type] as RealMention['type'],
        start: entity.start,
        end: entity.end,
        text: entity.text,
        named: entity.named,
      }));
    const plain = ({ type, start, end, text }: (typeof typed)[number]) => ({ type, start, end, text });
    return {
      id: article.id,
      text: article.text,
      heldOut: labels.heldOut.includes(article.id),
      quotes,
      mentions: typed.filter((entity) => entity.named).map(plain),
      unnamed: typed.filter((entity) => !entity.named).map(plain),
    };
  });
}
