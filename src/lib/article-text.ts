import type { BodyBlock } from '../core/db/schema.ts';

/** Blocks are separated by a blank line in the plain text, as paragraphs are in plain-text copy. */
export const BLOCK_SEPARATOR = '\n\n';

export interface PositionedBlock extends BodyBlock {
  start: number;
  end: number;
}

/** The article's plain text: the text that quote and mention offsets point into. */
export function plainTextOf(blocks: readonly BodyBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Each block with the offsets of its text in `plainTextOf(blocks)`. */
export function positionBlocks(blocks: readonly BodyBlock[]): PositionedBlock[] {
  let start = 0;
  return blocks.map((block) => {
    const positioned = { ...block, start, end: start + block.text.length };
    start = positioned.end + BLOCK_SEPARATOR.length;
    return positioned;
  });
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
