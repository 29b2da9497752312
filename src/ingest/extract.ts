import { collectClaims, firstAtOrAfter, interviewAnswers, makeInsideQuote, type Claim } from './claims.ts';
import { findChannel } from './channel.ts';
import { findEntities } from './entities.ts';
import { indexLexicon } from './lexicon-index.ts';
import { findQuotePieces } from './quote-marks.ts';
import { Discourse } from './resolve.ts';
import { CONTINUING_VERBS } from './speech-verbs.ts';
import { checkInput, normaliseText } from './text.ts';
import type {
  ExtractionResult,
  FoundMention,
  Lexicon,
  LowConfidence,
  Quote,
  QuotePiece,
  Sentence,
  Span,
  Speaker,
} from './types.ts';

export interface ExtractOptions {
  /** Longest text accepted, in UTF-16 units; longer input is refused with an IngestInputError. */
  maxLength?: number;
}

/** The words of a sentence with quoted words blanked, so a channel inside a quote is not the quote's channel. */
function outsideQuotes(text: string, sentence: Sentence, pieces: readonly QuotePiece[]): string {
  const parts: string[] = [];
  let at = sentence.start;
  for (const piece of pieces) {
    const from = Math.max(piece.start, at);
    const to = Math.min(piece.end, sentence.end);
    if (to <= from) continue;
    parts.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at, sentence.end));
  return parts.join('');
}

/** Words as `countWords` (src/lib/article-text.ts) counts them, without an array of every word of a long text. */
function countWordsLean(text: string): number {
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let count = 0;
  while (word.exec(text) !== null) count += 1;
  return count;
}

/** The mentions with the places nested in them, each right after the name that holds it. */
function withNested(mentions: readonly FoundMention[], nested: readonly FoundMention[]): FoundMention[] {
  return [...mentions, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}

type Doubt = (reason: LowConfidence['reason'], message: string, start: number, end: number) => void;

interface SpeakerContext {
  plainText: string;
  pieces: readonly QuotePiece[];
  discourse: Discourse;
  span: (start: number, end: number) => Span;
  doubt: Doubt;
}

/**
 * Each claim's speaker and channel, resolved in the order the speakers' names appear, so
 * "According to X" is known to a later "he said". The claims are dropped once their quotes are
 * made, which on a long text is much of what the engine holds.
 */
function quotesOf(claims: readonly Claim[], { plainText, pieces, discourse, span, doubt }: SpeakerContext): Quote[] {
  const piecesIn = (sentence: Sentence) =>
    pieces.slice(firstAtOrAfter(pieces, sentence.start - 1), firstAtOrAfter(pieces, sentence.end));
  // Once per sentence: several quotes share one, and a long sentence must not be rescanned per quote.
  const channels = new Map<Sentence, string | null>();
  const channelOf = (sentence: Sentence) => {
    if (!channels.has(sentence))
      channels.set(sentence, findChannel(outsideQuotes(plainText, sentence, piecesIn(sentence))));
    return channels.get(sentence) ?? null;
  };
  const order = (claim: Claim) => claim.attribution?.subject.start ?? claim.start;
  const quotes: Quote[] = [];
  let lastQuoted: { quote: Quote; claim: Claim } | null = null;
  for (const claim of [...claims].sort((a, b) => order(a) - order(b) || a.start - b.start)) {
    let speaker: Speaker | null = null;
    let channel = claim.piece?.label ? 'interview' : channelOf(claim.sentence);
    if (claim.attribution) {
      const subject = claim.attribution.subject;
      const resolution = discourse.resolve(subject);
      if (resolution.doubt) doubt(resolution.doubt.reason, resolution.doubt.message, subject.start, subject.end);
      if (resolution.entity) {
        discourse.recordSpeaker(resolution.entity, subject.start);
        speaker = { entity: resolution.entity, mention: span(subject.start, subject.end) };
        if (claim.fromContext)
          doubt(
            'speaker-inherited',
            `quote given to ${speaker.entity.name}, named just before it`,
            claim.start,
            claim.end,
          );
      }
    } else if (claim.piece && lastQuoted?.quote.speaker && !claim.labelled) {
      // No attribution of its own: a quote that continues the previous one, in this paragraph or from the last.
      const sameParagraph = lastQuoted.claim.blockStart === claim.blockStart;
      const opensParagraph = claim.piece.open === claim.blockStart;
      if (sameParagraph || opensParagraph) {
        speaker = lastQuoted.quote.speaker;
        channel = channel ?? lastQuoted.quote.channel;
        if (!claim.piece.continued && !sameParagraph) {
          doubt(
            'speaker-inherited',
            `quote given to ${speaker.entity.name}, who spoke just before`,
            claim.start,
            claim.end,
          );
        }
      }
    } else if (claim.kind !== 'partial') {
      doubt('speaker-unresolved', 'no speaker found for this quote', claim.start, claim.end);
    }
    const continuing = claim.attribution?.verb && CONTINUING_VERBS.has(claim.attribution.verb.form);
    if (channel === null && continuing && lastQuoted?.quote.speaker?.entity.key === speaker?.entity.key) {
      channel = lastQuoted?.quote.channel ?? null;
    }
    // Field by field: an object spread with more fields gives every quote a hidden class of its own.
    const { text: words, start, end, inputStart, inputEnd } = span(claim.start, claim.end);
    const quote: Quote = { text: words, start, end, inputStart, inputEnd, kind: claim.kind, channel, speaker };
    quotes.push(quote);
    if (speaker !== null) lastQuoted = { quote, claim };
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export function extractArticle(text: string, lexicon: Lexicon, options: ExtractOptions = {}): ExtractionResult {
  const input = checkInput(text, options.maxLength);
  const index = indexLexicon(lexicon);
  const { blocks, plainText, credit, toInputOffset } = normaliseText(input);
  const span = (start: number, end: number): Span => ({
    text: plainText.slice(start, end),
    start,
    end,
    inputStart: toInputOffset(start),
    inputEnd: toInputOffset(end),
  });
  const entities = findEntities(plainText, index);
  const marked = findQuotePieces(plainText, blocks);
  const answers = interviewAnswers(plainText, blocks, entities.mentions);
  const answerBlocks = new Set(answers.map((answer) => answer.blockIndex));
  const pieces = [...marked.pieces.filter((piece) => !answerBlocks.has(piece.blockIndex)), ...answers].sort(
    (a, b) => a.start - b.start,
  );
  const lowConfidence: LowConfidence[] = [];
  const doubt: Doubt = (reason, message, start, end) =>
    lowConfidence.push({ reason, message, start, end, inputStart: toInputOffset(start), inputEnd: toInputOffset(end) });
  for (const mark of marked.unbalanced) doubt('unbalanced-quote-mark', mark.message, mark.offset, mark.offset + 1);

  const discourse = new Discourse(
    plainText,
    entities.mentions,
    makeInsideQuote(pieces),
    index,
    entities.genderOf,
    entities.titlesOf,
  );
  const quotes = quotesOf(collectClaims(plainText, blocks, pieces, entities.mentions), {
    plainText,
    pieces,
    discourse,
    span,
    doubt,
  });
  // A place named only inside a longer name ("the University of Sheffield") is a mention all the same.
  const allMentions = entities.nested.length === 0 ? entities.mentions : withNested(entities.mentions, entities.nested);
  const firstMention = new Map<string, FoundMention>();
  for (const mention of allMentions)
    if (!firstMention.has(mention.entity.key)) firstMention.set(mention.entity.key, mention);
  for (const suggestion of entities.suggestions) {
    const first = firstMention.get(suggestion.key);
    if (first)
      doubt(
        'suggested-entity',
        // Joined, not a template literal: one flat string per proposal rather than a rope of pieces.
        ['new ', suggestion.type, ' "', suggestion.name, '" (', suggestion.evidence, ')'].join(''),
        first.start,
        first.end,
      );
  }
  return {
    blocks,
    plainText,
    wordCount: countWordsLean(plainText),
    credit,
    quotes,
    // Field by field: an object spread here gives every mention a hidden class of its own.
    mentions: allMentions.map(({ text: words, start, end, entity, parentHint }) => ({
      text: words,
      start,
      end,
      inputStart: toInputOffset(start),
      inputEnd: toInputOffset(end),
      entity,
      parentHint,
    })),
    suggestions: entities.suggestions,
    lowConfidence: lowConfidence.sort((a, b) => a.start - b.start),
  };
}
