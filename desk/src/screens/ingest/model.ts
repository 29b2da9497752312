import type { Schemas } from '../../../../src/client/index.ts';

/** The dry run as the editor corrects it: pure data and the steps that change it. */

export type DryRun = Schemas['IngestDryRun'];
export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type SpeakerType = 'person' | 'organisation';

export interface SpeakerChoice {
  type: SpeakerType;
  /** Someone known; null for one this copy proposes or the editor names anew. */
  id: string | null;
  name: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface EditableQuote extends Span {
  key: string;
  kind: QuoteKind;
  channel: string | null;
  speaker: SpeakerChoice | null;
  speakerMention: Span | null;
  /** What the editor changed, for the list's badges. */
  edited: boolean;
  added: boolean;
}

let counter = 0;
const nextKey = () => `q${++counter}`;

export function quotesOf(dryRun: DryRun): EditableQuote[] {
  return dryRun.quotes.map((quote) => ({
    key: nextKey(),
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    channel: quote.channel,
    speaker: quote.speaker && { type: quote.speaker.type, id: quote.speaker.id, name: quote.speaker.name },
    speakerMention: quote.speaker && { start: quote.speaker.start, end: quote.speaker.end },
    edited: false,
    added: false,
  }));
}

export function newQuote(span: Span): EditableQuote {
  return {
    key: nextKey(),
    ...span,
    kind: 'direct',
    channel: null,
    speaker: null,
    speakerMention: null,
    edited: true,
    added: true,
  };
}

/** What POST /ingest takes as the editor's corrections. */
export function correctionsOf(quotes: EditableQuote[]): Schemas['IngestQuoteInput'][] {
  return [...quotes]
    .sort((a, b) => a.start - b.start)
    .map((quote) => ({
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      channel: quote.channel,
      speaker:
        quote.speaker &&
        (quote.speaker.id
          ? { type: quote.speaker.type, id: quote.speaker.id }
          : { type: quote.speaker.type, name: quote.speaker.name }),
      speakerMention: quote.speakerMention,
    }));
}

/** Another quote already covering part of `span`, if any: quotes do not overlap. */
export function overlapping(quotes: EditableQuote[], span: Span, except?: string): EditableQuote | undefined {
  return quotes.find((quote) => quote.key !== except && quote.start < span.end && span.start < quote.end);
}

/** A selection's span without the spaces and line breaks at its ends. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

export const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'Direct',
  partial: 'Partial',
  indirect: 'Indirect (reported)',
};

export const REASON_LABEL: Record<string, string> = {
  'pronoun-ambiguous': 'Unclear pronoun',
  'speaker-unresolved': 'No speaker found',
  'speaker-inherited': 'Speaker carried over',
  'suggested-entity': 'New name',
  'unbalanced-quote-mark': 'Unbalanced quote mark',
  'speaker-government-assumed': 'Government assumed',
};

export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
