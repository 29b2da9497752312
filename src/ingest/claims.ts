import { attributePiece, finiteVerbs, subjectOf } from './attribution.ts';
import { classifyPiece, findIndirect } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { speakerCandidates } from './speakers.ts';
import { isFiniteSpeechForm } from './speech-verbs.ts';
import type {
  Attribution,
  ExtractionResult,
  FoundMention,
  Quote,
  QuotePiece,
  Sentence,
  SpeakerCandidate,
} from './types.ts';

/**
 * Every quotation and reported clause of the text, sentence by sentence, with the attribution
 * the sentence gives it. A quotation with no attribution of its own may take one from its
 * context: the sentence before it that ends in a colon ("Obama tweeted:"), or a report earlier
 * in its paragraph ("Heald noted the findings show …. “An air-quality cleanup …”").
 */

/** A quotation or reported clause found in a sentence, before its speaker is resolved. */
export interface Claim {
  start: number;
  end: number;
  kind: Quote['kind'];
  attribution: Attribution | null;
  sentence: Sentence;
  piece: QuotePiece | null;
  blockStart: number;
  /** The attribution was taken from the context, not from the quote's own sentence. */
  fromContext: boolean;
  /**
   * A byline after the quote names its source ("“…” Anonymous blogger, “title”"), or a speech verb
   * with a subject that is nobody we know ("“…,” said the post by an unknown author"): it continues nobody.
   */
  labelled?: boolean;
}

/** Binary search: the first index in `sorted` whose `start` is at least `offset`. */
export function firstAtOrAfter<T extends { start: number }>(sorted: readonly T[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function makeInsideQuote(pieces: readonly QuotePiece[]) {
  return (offset: number) => {
    const index = firstAtOrAfter(pieces, offset + 1) - 1;
    const piece = pieces[index];
    return piece !== undefined && piece.start <= offset && offset < piece.end;
  };
}

/**
 * Interview transcripts: a paragraph "Solberg: No. We have said it before …" is the named
 * person's answer, a direct quote without marks. "Q:" lines and unknown labels are not.
 */
export function interviewAnswers(
  text: string,
  blocks: ExtractionResult['blocks'],
  mentions: FoundMention[],
): QuotePiece[] {
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

/** A speech verb and its subject in a sentence: "Heald noted …", "Obama tweeted using his account:". */
function reportIn(text: string, sentence: Sentence, candidates: readonly SpeakerCandidate[]): Attribution | null {
  for (const verb of finiteVerbs(text, sentence.start, sentence.end).reverse()) {
    const subject = subjectOf(verb, candidates, sentence.start, sentence.end, text);
    if (subject !== null) return { verb, subject };
  }
  return null;
}

/** A source named after the quote as a byline, not a sentence: "“…” Anonymous blogger, “Anon declares war”". */
const BYLINE_AFTER = /^[\s.!?]*[-—–]?\s*\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3},\s*[“"]/u;

/** What the context offers a quotation that has no attribution of its own. */
interface Context {
  /** The last sentence of the previous paragraph ended in a colon: its attribution introduces this one. */
  colon: Attribution | null;
  /** The latest report in this paragraph, and where it was. */
  report: { attribution: Attribution; at: number } | null;
  /** Where the latest quotation of this paragraph ended. */
  lastPieceEnd: number;
}

export function collectClaims(
  text: string,
  blocks: ExtractionResult['blocks'],
  pieces: QuotePiece[],
  mentions: FoundMention[],
): Claim[] {
  const insideQuote = makeInsideQuote(pieces);
  const claims: Claim[] = [];
  let colon: Attribution | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      colon = null;
      continue;
    }
    const context: Context = { colon, report: null, lastPieceEnd: -1 };
    colon = null;
    for (const sentence of splitSentences(text, block.start, block.end, insideQuote)) {
      const local = mentions.slice(firstAtOrAfter(mentions, sentence.start), firstAtOrAfter(mentions, sentence.end));
      const candidates = speakerCandidates(text, sentence.start, sentence.end, local).filter(
        (candidate) => !insideQuote(candidate.start),
      );
      const siblings = pieces.slice(firstAtOrAfter(pieces, sentence.start), firstAtOrAfter(pieces, sentence.end));
      for (const [position, piece] of siblings.entries()) {
        // Only the neighbours matter for a piece's context; passing all would be quadratic in a long sentence.
        const neighbours = siblings.slice(Math.max(0, position - 1), position + 2);
        const base = { start: piece.start, end: piece.end, sentence, piece, blockStart: block.start };
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
          claims.push({ ...base, kind: 'direct', attribution: { verb: null, subject }, fromContext: false });
        } else {
          const own = attributePiece(text, piece, sentence, neighbours, candidates);
          // '"…," said the post by an unknown author': the quote names a speaker of its own, even one
          // no entity stands for, so it does not borrow the one reported before.
          const saysItself = own === null && hasOwnVerb(text, piece);
          const borrowed = own === null && !saysItself ? fromContext(context, piece, block.start) : null;
          claims.push({
            ...base,
            kind: classifyPiece(text, piece, sentence, neighbours),
            attribution: own ?? borrowed,
            fromContext: borrowed !== null,
            labelled:
              saysItself ||
              (own === null && BYLINE_AFTER.test(text.slice(piece.close + 1, Math.min(block.end, piece.close + 80)))),
          });
        }
        context.lastPieceEnd = piece.close;
      }
      for (const indirect of findIndirect(text, sentence, siblings, candidates)) {
        claims.push({
          ...indirect,
          kind: 'indirect',
          sentence,
          piece: null,
          blockStart: block.start,
          fromContext: false,
        });
      }
      if (siblings.length === 0) {
        const report = reportIn(text, sentence, candidates);
        if (report !== null) context.report = { attribution: report, at: sentence.start };
      }
      if (sentence.end === block.end && /:\s*$/.test(text.slice(sentence.start, sentence.end))) {
        colon = reportIn(text, sentence, candidates) ?? nameIn(candidates) ?? null;
      }
    }
  }
  return claims;
}

function nameIn(candidates: readonly SpeakerCandidate[]): Attribution | null {
  const subject = candidates.find((candidate) => candidate.mention !== null);
  return subject === undefined ? null : { verb: null, subject };
}

/** A speech verb right after the closing mark: '"…," said the post', '"…" wrote a reader'. */
function hasOwnVerb(text: string, piece: QuotePiece): boolean {
  const word = /^[,]?\s+(\p{Ll}+)\s/u.exec(text.slice(piece.close + 1, piece.close + 30))?.[1];
  return word !== undefined && isFiniteSpeechForm(word);
}

function fromContext(context: Context, piece: QuotePiece, blockStart: number): Attribution | null {
  if (piece.open === blockStart && context.colon !== null) return context.colon;
  // A report later than the paragraph's last quotation: the quote is the reported speaker's.
  if (context.report !== null && context.report.at > context.lastPieceEnd) return context.report.attribution;
  return null;
}
