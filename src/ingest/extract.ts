import { countWords } from '../lib/article-text.ts';
import { attributePiece } from './attribution.ts';
import { findChannel } from './channel.ts';
import { findEntities } from './entities.ts';
import { indexLexicon } from './lexicon-index.ts';
import { findQuotePieces } from './quote-marks.ts';
import { classifyPiece, findIndirect } from './quotes.ts';
import { Discourse } from './resolve.ts';
import { splitSentences } from './sentences.ts';
import { speakerCandidates } from './speakers.ts';
import { CONTINUING_VERBS } from './speech-verbs.ts';
import { checkInput, normaliseText } from './text.ts';
import type {
  Attribution,
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

/** A quotation or reported clause found in a sentence, before its speaker is resolved. */
interface Claim {
  start: number;
  end: number;
  kind: Quote['kind'];
  attribution: Attribution | null;
  sentence: Sentence;
  piece: QuotePiece | null;
  blockStart: number;
}

/** Binary search: the first index in `sorted` whose `start` is at least `offset`. */
function firstAtOrAfter<T extends { start: number }>(sorted: readonly T[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function makeInsideQuote(pieces: readonly QuotePiece[]) {
  return (offset: number) => {
    const index = firstAtOrAfter(pieces, offset + 1) - 1;
    const piece = pieces[index];
    return piece !== undefined && piece.start <= offset && offset < piece.end;
  };
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

/**
 * Interview transcripts: a paragraph "Solberg: No. We have said it before …" is the named
 * person's answer, a direct quote without marks. "Q:" lines and unknown labels are not.
 */
function interviewAnswers(text: string, blocks: ExtractionResult['blocks'], mentions: FoundMention[]): QuotePiece[] {
  const answers: QuotePiece[] = [];
  blocks.forEach((block, blockIndex) => {
    const label = /^([\p{Lu}][\p{L}'’ -]{1,40}?):\s+\S/u.exec(block.text);
    if (block.type !== 'paragraph' || !label?.[1]) return;
    const mention = mentions[firstAtOrAfter(mentions, block.start)];
    if (mention?.start !== block.start || mention.end !== block.start + label[1].length) return;
    if (mention.entity.type !== 'person') return;
    const start = block.start + label[0].length - 1;
    answers.push({
      start,
      end: block.end,
      open: start - 1,
      close: block.end,
      blockIndex,
      continued: false,
      runsOn: false,
      label: mention,
    });
  });
  return answers;
}

function collectClaims(
  text: string,
  blocks: ExtractionResult['blocks'],
  pieces: QuotePiece[],
  mentions: FoundMention[],
): Claim[] {
  const insideQuote = makeInsideQuote(pieces);
  const claims: Claim[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') continue;
    for (const sentence of splitSentences(text, block.start, block.end, insideQuote)) {
      const local = mentions.slice(firstAtOrAfter(mentions, sentence.start), firstAtOrAfter(mentions, sentence.end));
      const candidates = speakerCandidates(text, sentence.start, sentence.end, local).filter(
        (candidate) => !insideQuote(candidate.start),
      );
      const siblings = pieces.slice(firstAtOrAfter(pieces, sentence.start), firstAtOrAfter(pieces, sentence.end));
      for (const [position, piece] of siblings.entries()) {
        // Only the neighbours matter for a piece's context; passing all would be quadratic in a long sentence.
        const neighbours = siblings.slice(Math.max(0, position - 1), position + 2);
        if (piece.label) {
          const label = piece.label;
          const subject = {
            start: label.start,
            end: label.end,
            text: label.text,
            mention: label,
            pronoun: null,
            role: null,
          };
          claims.push({
            start: piece.start,
            end: piece.end,
            kind: 'direct',
            attribution: { verb: null, subject },
            sentence,
            piece,
            blockStart: block.start,
          });
          continue;
        }
        claims.push({
          start: piece.start,
          end: piece.end,
          kind: classifyPiece(text, piece, sentence, neighbours),
          attribution: attributePiece(text, piece, sentence, neighbours, candidates),
          sentence,
          piece,
          blockStart: block.start,
        });
      }
      for (const indirect of findIndirect(text, sentence, siblings, candidates)) {
        claims.push({ ...indirect, kind: 'indirect', sentence, piece: null, blockStart: block.start });
      }
    }
  }
  return claims;
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
  const unbalanced = marked.unbalanced;
  const lowConfidence: LowConfidence[] = [];
  const doubt = (reason: LowConfidence['reason'], message: string, start: number, end: number) => {
    const { inputStart, inputEnd } = span(start, end);
    lowConfidence.push({ reason, message, start, end, inputStart, inputEnd });
  };
  for (const mark of unbalanced) doubt('unbalanced-quote-mark', mark.message, mark.offset, mark.offset + 1);

  const piecesIn = (sentence: Sentence) =>
    pieces.slice(firstAtOrAfter(pieces, sentence.start - 1), firstAtOrAfter(pieces, sentence.end));
  // Once per sentence: several quotes share one, and a long sentence must not be rescanned per quote.
  const channels = new Map<Sentence, string | null>();
  const channelOf = (sentence: Sentence) => {
    if (!channels.has(sentence))
      channels.set(sentence, findChannel(outsideQuotes(plainText, sentence, piecesIn(sentence))));
    return channels.get(sentence) ?? null;
  };
  const discourse = new Discourse(
    plainText,
    entities.mentions,
    makeInsideQuote(pieces),
    index,
    entities.genderOf,
    entities.titlesOf,
  );
  const claims = collectClaims(plainText, blocks, pieces, entities.mentions);
  // Speakers are resolved in the order their names appear, so "According to X" is known to a later "he said".
  const order = (claim: Claim) => claim.attribution?.subject.start ?? claim.start;
  const resolved = new Map<Claim, Quote>();
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
      }
    } else if (claim.piece && lastQuoted?.quote.speaker) {
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
    const quote: Quote = { ...span(claim.start, claim.end), kind: claim.kind, channel, speaker };
    resolved.set(claim, quote);
    if (speaker !== null) lastQuoted = { quote, claim };
  }
  const firstMention = new Map<string, FoundMention>();
  for (const mention of entities.mentions)
    if (!firstMention.has(mention.entity.key)) firstMention.set(mention.entity.key, mention);
  for (const suggestion of entities.suggestions) {
    const first = firstMention.get(suggestion.key);
    if (first)
      doubt(
        'suggested-entity',
        `new ${suggestion.type} "${suggestion.name}" (${suggestion.evidence})`,
        first.start,
        first.end,
      );
  }
  return {
    blocks,
    plainText,
    wordCount: countWords(plainText),
    credit,
    quotes: [...resolved.values()].sort((a, b) => a.start - b.start),
    mentions: entities.mentions.map((mention) => ({
      ...span(mention.start, mention.end),
      entity: mention.entity,
      parentHint: mention.parentHint,
    })),
    suggestions: entities.suggestions,
    lowConfidence: lowConfidence.sort((a, b) => a.start - b.start),
  };
}
