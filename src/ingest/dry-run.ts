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

/** What the API's dry run answers: the evaluation format, plus what an editor needs to check and correct it. */
export interface EditorDryRun {
  quotes: (Omit<DryRun['quotes'][number], 'speaker'> & {
    speaker: (NonNullable<DryRun['quotes'][number]['speaker']> & { id: string | null }) | null;
  })[];
  mentions: (DryRun['mentions'][number] & { id: string | null })[];
  suggested: { type: 'person' | 'organisation' | 'place'; name: string }[];
  lowConfidence: { reason: string; message: string; start: number; end: number }[];
}

export function toEditorDryRun(result: ExtractionResult, input: string): EditorDryRun {
  const base = toDryRun(result, input);
  const seen = new Set<string>();
  return {
    quotes: base.quotes.map((quote, i) => ({
      ...quote,
      speaker: quote.speaker && { ...quote.speaker, id: result.quotes[i]?.speaker?.entity.id ?? null },
    })),
    mentions: base.mentions.map((mention, i) => ({ ...mention, id: result.mentions[i]?.entity.id ?? null })),
    suggested: result.suggestions.map(({ type, name }) => ({ type, name })),
    // The same doubt about the same words is said once (two reported clauses can rest on one "China").
    lowConfidence: result.lowConfidence
      .map(({ reason, message, inputStart, inputEnd }) => ({ reason, message, start: inputStart, end: inputEnd }))
      .filter((doubt) => {
        const key = `${doubt.reason} ${doubt.start} ${doubt.end} ${doubt.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
  };
}
