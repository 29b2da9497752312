import type { BodyBlock } from '../db/schema.ts';
import { BLOCK_SEPARATOR, positionBlocks, type PositionedBlock } from '../lib/article-text.ts';
import { IngestInputError } from './errors.ts';

/** 20 million UTF-16 units: twice the 10 MB the engine is tested with. */
export const DEFAULT_MAX_LENGTH = 20_000_000;

/**
 * One stretch of the plain text copied verbatim from the input; the plain text is a sequence of
 * these, so any plain-text offset maps back to the input.
 */
interface Segment {
  plainStart: number;
  inputStart: number;
  length: number;
}

export interface NormalisedText {
  blocks: PositionedBlock[];
  plainText: string;
  credit: string | null;
  toInputOffset: (plainOffset: number) => number;
}

export function checkInput(text: unknown, maxLength = DEFAULT_MAX_LENGTH): string {
  if (typeof text !== 'string') throw new IngestInputError('text', `text must be a string, not ${typeof text}`);
  if (text.length > maxLength) {
    throw new IngestInputError('text', `text is ${text.length} characters long; the limit is ${maxLength}`);
  }
  if (text.trim() === '') throw new IngestInputError('text', 'text is empty');
  // NUL, other C0 controls and U+FFFD (undecodable bytes) do not occur in copy; many of them mean binary.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  const suspicious = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (text.includes('\u0000') || suspicious > Math.max(8, text.length / 1000)) {
    throw new IngestInputError('text', 'text looks binary: it holds NUL, control characters or undecodable bytes');
  }
  return text;
}

interface Paragraph {
  text: string;
  segments: Segment[];
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

function linesOf(input: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of input.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: input.length });
  return lines;
}

/**
 * Paragraphs are separated by blank lines; copy without any blank line (one paragraph a line) is
 * split at every line. Lines of one paragraph are joined with a space; each paragraph is trimmed.
 */
function paragraphsOf(input: string): Paragraph[] {
  const lines = linesOf(input).map((line) => trimmed(input, line.start, line.end));
  const hasBlankLine = lines.some((line) => line.start === line.end) && lines.some((line) => line.start !== line.end);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.start === line.end) {
      current = null;
      continue;
    }
    if (current === null || !hasBlankLine) {
      current = { text: '', segments: [] };
      paragraphs.push(current);
    } else {
      current.text += ' ';
    }
    current.segments.push({ plainStart: current.text.length, inputStart: line.start, length: line.end - line.start });
    current.text += input.slice(line.start, line.end);
  }
  return paragraphs;
}

function trimmed(input: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(input[start] ?? '')) start += 1;
  while (end > start && /\s/.test(input[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** A closing line that credits sources rather than telling the story. */
const CREDIT_LINE =
  /^(?:\((?:with inputs|with input|inputs|additional reporting|reporting|edited)[^)]*\)|\((?:[A-Z][\w .&-]*)\)|(?:additional )?reporting by .{1,120}|(?:writing|editing) by .{1,120})$/i;

/**
 * A heading is a short single line between paragraphs that does not end like a sentence. A final
 * "?" is allowed ("More Chinese fighters in Russian ranks?"), but not an interview's "Q:" line.
 */
export function looksLikeHeading(text: string, isLast: boolean): boolean {
  if (isLast) return false;
  const words = text.split(/\s+/).length;
  if (words > 12 || text.length > 100) return false;
  if (/[.!:;,…"”’)\]]$/.test(text)) return false;
  if (/^["“‘'(]/.test(text) || /^[A-Z][\w .-]{0,30}:/.test(text)) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}

export function normaliseText(input: string): NormalisedText {
  const paragraphs = paragraphsOf(input);
  let credit: string | null = null;
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last && CREDIT_LINE.test(last.text)) {
    credit = last.text;
    paragraphs.pop();
  }
  const bodyBlocks: BodyBlock[] = paragraphs.map((paragraph, index) => ({
    type: looksLikeHeading(paragraph.text, index === paragraphs.length - 1) ? 'heading' : 'paragraph',
    text: paragraph.text,
  }));
  const blocks = positionBlocks(bodyBlocks);
  const segments: Segment[] = [];
  paragraphs.forEach((paragraph, index) => {
    const blockStart = blocks[index]?.start ?? 0;
    for (const segment of paragraph.segments)
      segments.push({ ...segment, plainStart: blockStart + segment.plainStart });
  });
  const plainText = bodyBlocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  return { blocks, plainText, credit, toInputOffset: offsetMapper(segments) };
}

/** Maps a plain-text offset to the input by binary search over the verbatim segments. */
function offsetMapper(segments: Segment[]): (plainOffset: number) => number {
  return (plainOffset) => {
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle];
      if (segment === undefined) break;
      if (segment.plainStart <= plainOffset) {
        found = segment;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found === undefined) return plainOffset;
    return found.inputStart + Math.min(plainOffset - found.plainStart, found.length);
  };
}
