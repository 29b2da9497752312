import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { KIND_LABEL, type DryRun, type EditableQuote, type Span } from './model.ts';

interface AnnotatedTextProps {
  text: string;
  quotes: EditableQuote[];
  mentions: DryRun['mentions'];
  doubts: DryRun['lowConfidence'];
  activeKey: string | null;
  onQuoteClick: (key: string) => void;
  onSelection: (span: Span | null) => void;
}

const MENTION_LABEL = { person: 'Person', place: 'Place', organisation: 'Organisation' } as const;

/** The offset in the text of a point in the rendered copy: each run of text carries its start. */
function offsetAt(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    return run ? Number(run.dataset.start) + offset : null;
  }
  if (!(node instanceof Element)) return null;
  // A point between children: the start of the run after it, or the end of the one before.
  const after = node.childNodes[offset];
  const start =
    after instanceof Element ? (after.matches('[data-start]') ? after : after.querySelector('[data-start]')) : null;
  if (start instanceof HTMLElement) return Number(start.dataset.start);
  const before = node.childNodes[offset - 1];
  const runs = before instanceof Element ? before.querySelectorAll<HTMLElement>('[data-start]') : [];
  const last = runs[runs.length - 1] ?? (before instanceof HTMLElement && before.dataset.start ? before : null);
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/**
 * The copy with what ingest found on it: quotes highlighted by kind with their speaker after them,
 * names underlined by type (person solid, place dashed, organisation double), doubts outlined.
 * Every run of text carries its offset (`data-start`), so a selection maps back to the copy.
 */
export function AnnotatedText({
  text,
  quotes,
  mentions,
  doubts,
  activeKey,
  onQuoteClick,
  onSelection,
}: AnnotatedTextProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const root = container.current;
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !root) return onSelection(null);
      const range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return onSelection(null);
      const start = offsetAt(range.startContainer, range.startOffset);
      const end = offsetAt(range.endContainer, range.endOffset);
      onSelection(start !== null && end !== null && end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelection]);

  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const firstDoubtAt = new Map<number, number>();
  doubts.forEach((doubt, index) => firstDoubtAt.has(doubt.start) || firstDoubtAt.set(doubt.start, index));

  /** Text from `from` to `to`, cut where a name or a doubt starts or ends. */
  const runs = (from: number, to: number): ComponentChildren[] => {
    const cuts = new Set([from, to]);
    for (const span of [...sortedMentions, ...doubts]) {
      if (span.start > from && span.start < to) cuts.add(span.start);
      if (span.end > from && span.end < to) cuts.add(span.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: ComponentChildren[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      const mention = sortedMentions.find((m) => m.start <= start && start < m.end);
      const doubtIndex = doubts.findIndex((d) => d.start <= start && start < d.end);
      const opensDoubt = firstDoubtAt.has(start) && doubts[firstDoubtAt.get(start) as number]?.start === start;
      const classes = [mention && `m m-${mention.type}`, doubtIndex >= 0 && 'doubt'].filter(Boolean);
      out.push(
        <span
          key={start}
          data-start={start}
          class={classes.join(' ') || undefined}
          id={opensDoubt ? `doubt-${firstDoubtAt.get(start)}` : undefined}
          tabIndex={opensDoubt ? -1 : undefined}
          title={mention ? `${MENTION_LABEL[mention.type]}: ${mention.name}${mention.id ? '' : ' (new)'}` : undefined}
        >
          {text.slice(start, end)}
        </span>,
      );
    }
    return out;
  };

  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  const children: ComponentChildren[] = [];
  let at = 0;
  for (const quote of ordered) {
    if (quote.start < at) continue; // overlapping quotes are refused before they get here
    children.push(...runs(at, quote.start));
    children.push(
      <mark
        key={quote.key}
        id={`quote-${quote.key}`}
        tabIndex={-1}
        class={`q q-${quote.kind}${quote.key === activeKey ? ' active' : ''}`}
        onClick={() => onQuoteClick(quote.key)}
      >
        {runs(quote.start, quote.end)}
      </mark>,
      <span key={`${quote.key}-chip`} class={`speaker-chip chip-${quote.kind}`} data-chip="">
        {KIND_LABEL[quote.kind].split(' ')[0]?.toLowerCase()} · {quote.speaker ? quote.speaker.name : 'no speaker'}
      </span>,
    );
    at = quote.end;
  }
  children.push(...runs(at, text.length));

  return (
    <div class="copy" ref={container} aria-label="The copy, marked up" role="region">
      {children}
    </div>
  );
}
