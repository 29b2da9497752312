import type { PositionedBlock } from '../lib/article-text.ts';
import type { QuotePiece } from './types.ts';

export interface UnbalancedMark {
  offset: number;
  message: string;
}

const OPENING_DOUBLE = new Set(['“', '„', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);
const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

interface Open {
  offset: number;
  single: boolean;
  /** A quote carried in from the paragraph before without a new opening mark: it starts at `offset` itself. */
  carried?: boolean;
}

/**
 * Pairs the quotation marks of one paragraph. Straight " opens at a word start and closes
 * otherwise; ‘ ’ nest inside double quotes and are part of the outer quote's words; at top level
 * they are British-style quotes when ’ is not an apostrophe (a letter follows it: "men’s").
 */
function scanParagraph(text: string, from: number, to: number, carriedIn = false) {
  const pieces: Omit<QuotePiece, 'blockIndex' | 'continued'>[] = [];
  const stray: UnbalancedMark[] = [];
  let open: Open | null = carriedIn ? { offset: from, single: false, carried: true } : null;
  let nested = false;
  for (let i = from; i < to; i += 1) {
    const char = text[i] as string;
    const before = text[i - 1];
    const after = text[i + 1];
    if (OPENING_DOUBLE.has(char) || (char === '"' && open === null && !isSpace(after))) {
      if (open === null || open.single) {
        if (open?.single) stray.push({ offset: open.offset, message: 'an opening ‘ was never closed' });
        open = { offset: i, single: false };
        nested = false;
      }
    } else if (CLOSING_DOUBLE.has(char) || char === '"') {
      if (open !== null && !open.single) {
        const start = open.carried ? open.offset : open.offset + 1;
        pieces.push({ start, end: i, open: open.offset, close: i, runsOn: false });
        open = null;
      } else if (open === null) {
        stray.push({ offset: i, message: `a closing ${char} has no opening mark` });
      }
    } else if (char === '‘' && isLetterOrQuoteStart(before, after)) {
      if (open !== null && !open.single) nested = true;
      else if (open === null) open = { offset: i, single: true };
    } else if (char === '’' && !isLetter(after) && !isSpace(before)) {
      if (nested) nested = false;
      else if (open?.single) {
        pieces.push({ start: open.offset + 1, end: i, open: open.offset, close: i, runsOn: false });
        open = null;
      }
    }
  }
  return { pieces, stray, open };
}

function isLetterOrQuoteStart(before: string | undefined, after: string | undefined): boolean {
  return (
    (isSpace(before) || before === '“' || before === '"' || before === '(' || before === '—') &&
    /\p{L}/u.test(after ?? '')
  );
}

/** The paragraph's first double quotation mark closes a quote: it follows a word and no opening mark came before. */
function closesFirst(paragraph: string): boolean {
  const first = /[“”"„«»]/.exec(paragraph);
  if (first === null) return false;
  if (first[0] === '”' || first[0] === '»') return true;
  if (first[0] !== '"') return false;
  // A straight mark closes after a word and before a space or punctuation.
  return (
    !isSpace(paragraph[first.index - 1]) && /^(?:\s|[.,;!?)]|$)/.test(paragraph.slice(first.index + 1, first.index + 2))
  );
}

export function findQuotePieces(text: string, blocks: readonly PositionedBlock[]) {
  const pieces: QuotePiece[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let carried = false;
  let carriedUnmarked = false;
  blocks.forEach((block, blockIndex) => {
    if (block.type === 'heading') {
      carried = false;
      return;
    }
    const scan = scanParagraph(text, block.start, block.end, carriedUnmarked);
    const first = scan.pieces[0];
    const continued = carried && (first?.open ?? -1) === block.start;
    carriedUnmarked = false;
    // Field by field: a spread with more fields gives every piece a hidden class of its own.
    scan.pieces.forEach(({ start, end, open, close, runsOn }, index) =>
      pieces.push({ start, end, open, close, runsOn, blockIndex, continued: continued && index === 0 }),
    );
    unbalanced.push(...scan.stray);
    carried = false;
    if (scan.open !== null) {
      const next = blocks[blockIndex + 1];
      const nextOpens = next !== undefined && next.type === 'paragraph' && /^[“"„«]/.test(next.text);
      // Some copy does not reopen the quote in the next paragraph: it only closes it there.
      const nextCloses = next !== undefined && next.type === 'paragraph' && !nextOpens && closesFirst(next.text);
      if ((nextOpens || nextCloses) && !scan.open.single) {
        carriedUnmarked = nextCloses;
        pieces.push({
          start: scan.open.offset + 1,
          end: block.end,
          open: scan.open.offset,
          close: block.end,
          blockIndex,
          continued: continued && scan.pieces.length === 0,
          runsOn: true,
        });
        carried = true;
      } else {
        unbalanced.push({
          offset: scan.open.offset,
          message: 'an opening quotation mark is never closed in its paragraph',
        });
      }
    }
  });
  return { pieces: pieces.sort((a, b) => a.start - b.start), unbalanced };
}
