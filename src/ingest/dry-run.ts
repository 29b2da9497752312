import type { ExtractionResult } from './types.ts';

/** The dry-run format evaluation pipelines read: offsets are JavaScript string indices into the input. */
export interface DryRun {
  quotes: {
    text: string;
    start: number;
    end: number;
    kind: 'direct' | 'partial' | 'indirect';
    channel: string | null;
    speaker: { name: string; type: 'person' | 'organisation'; start: number; end: number } | null;
  }[];
  mentions: { type: 'person' | 'organisation' | 'place'; name: string; start: number; end: number }[];
}

export function toDryRun(result: ExtractionResult, input: string): DryRun {
  return {
    quotes: result.quotes.map((quote) => ({
      text: input.slice(quote.inputStart, quote.inputEnd),
      start: quote.inputStart,
      end: quote.inputEnd,
      kind: quote.kind,
      channel: quote.channel,
      speaker:
        quote.speaker === null
          ? null
          : {
              name: quote.speaker.entity.name,
              type: quote.speaker.entity.type,
              start: quote.speaker.mention.inputStart,
              end: quote.speaker.mention.inputEnd,
            },
    })),
    mentions: result.mentions.map((mention) => ({
      type: mention.entity.type,
      name: mention.entity.name,
      start: mention.inputStart,
      end: mention.inputEnd,
    })),
  };
}

/** The exact text the CLI prints for a dry run. */
export function toDryRunJson(result: ExtractionResult, input: string): string {
  return `${JSON.stringify(toDryRun(result, input), null, 2)}\n`;
}
