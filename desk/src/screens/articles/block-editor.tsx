import type { Schemas } from '../../../../src/client/index.ts';
import { api, must } from '../../api.ts';

type Quote = Schemas['Quote'];

let blockCounter = 0;
export const newBlockKey = () => `b${++blockCounter}`;

export interface DraftBlock {
  key: string;
  type: 'paragraph' | 'heading';
  text: string;
  /** Where the block stood in the saved text (its quotes are found by these offsets); null for a new one. */
  origin: { start: number; end: number; text: string } | null;
}

interface BlockEditorProps {
  blocks: DraftBlock[];
  quotes: Quote[];
  /** Quotes a refused save would have removed: shown in their block. */
  orphans: Quote[];
  readOnly: boolean;
  onChange: (blocks: DraftBlock[]) => void;
  /** The editor took back the change a refused save objected to. */
  onUndo: () => void;
  onQuoteDeleted: () => void;
  onFailed: (failure: unknown) => void;
}

const quotesIn = (block: DraftBlock, quotes: Quote[]) =>
  block.origin ? quotes.filter((q) => q.start >= block.origin!.start && q.end <= block.origin!.end) : [];

const speakerName = (quote: Quote) =>
  quote.speaker && typeof quote.speaker === 'object' && 'name' in quote.speaker ? quote.speaker.name : 'no speaker';

async function deleteQuote(id: string) {
  const { etag } = await must(api.GET('/quotes/{id}', { params: { path: { id } } }));
  const { response, error } = await api.DELETE('/quotes/{id}', {
    params: { path: { id }, header: { 'if-match': etag ?? '' } },
  });
  if (!response.ok) await must(Promise.resolve({ response, error }));
}

/** The body, block by block, with the quotes each block holds; quotes stay on their words when saved. */
export function BlockEditor({
  blocks,
  quotes,
  orphans,
  readOnly,
  onChange,
  onUndo,
  onQuoteDeleted,
  onFailed,
}: BlockEditorProps) {
  const set = (index: number, change: Partial<DraftBlock>) =>
    onChange(blocks.map((block, i) => (i === index ? { ...block, ...change } : block)));
  const move = (index: number, by: number) => {
    const next = [...blocks];
    const [block] = next.splice(index, 1);
    if (block) next.splice(index + by, 0, block);
    onChange(next);
  };
  const insertAfter = (index: number) => {
    const next = [...blocks];
    next.splice(index + 1, 0, { key: newBlockKey(), type: 'paragraph', text: '', origin: null });
    onChange(next);
  };

  return (
    <fieldset class="blocks">
      <legend>Body</legend>
      <ol class="block-list">
        {blocks.map((block, index) => {
          const held = quotesIn(block, quotes);
          const lost = held.filter((quote) => orphans.some((orphan) => orphan.id === quote.id));
          const id = `block-${block.key}`;
          return (
            <li key={block.key} class={`block block-${block.type}${lost.length ? ' block-error' : ''}`}>
              <div class="block-head">
                <label for={`${id}-type`} class="visually-hidden">
                  Block {index + 1} type
                </label>
                <select
                  id={`${id}-type`}
                  value={block.type}
                  disabled={readOnly}
                  onChange={(e) => set(index, { type: e.currentTarget.value as DraftBlock['type'] })}
                >
                  <option value="paragraph">Paragraph</option>
                  <option value="heading">Subheading</option>
                </select>
                {!readOnly && (
                  <span class="block-tools">
                    <button
                      type="button"
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={`Move block ${index + 1} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      onClick={() => move(index, 1)}
                      disabled={index === blocks.length - 1}
                      aria-label={`Move block ${index + 1} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => insertAfter(index)}
                      aria-label={`Add a paragraph after block ${index + 1}`}
                    >
                      + paragraph
                    </button>
                    <button
                      type="button"
                      onClick={() => onChange(blocks.filter((_, i) => i !== index))}
                      disabled={blocks.length === 1}
                      aria-label={`Remove block ${index + 1}`}
                    >
                      Remove
                    </button>
                  </span>
                )}
              </div>
              <label for={`${id}-text`} class="visually-hidden">
                Block {index + 1} text
              </label>
              <textarea
                id={`${id}-text`}
                rows={block.type === 'heading' ? 1 : Math.max(2, Math.ceil(block.text.length / 75))}
                value={block.text}
                readOnly={readOnly}
                aria-invalid={lost.length > 0}
                aria-describedby={lost.length ? `${id}-error` : undefined}
                onInput={(e) => set(index, { text: e.currentTarget.value })}
              />
              {lost.length > 0 && (
                <div id={`${id}-error`} class="notice notice-error block-problem" role="alert">
                  {lost.map((quote) => (
                    <p key={quote.id}>
                      This change removes the words of the quote “{quote.text}” ({speakerName(quote)}). Put them back,
                      or delete the quote first.
                    </p>
                  ))}
                  <div class="button-row">
                    {block.origin && (
                      <button
                        type="button"
                        onClick={() => {
                          set(index, { text: block.origin!.text });
                          onUndo();
                        }}
                      >
                        Undo my changes to this paragraph
                      </button>
                    )}
                    {lost.map((quote) => (
                      <button
                        key={quote.id}
                        type="button"
                        class="danger"
                        onClick={async () => {
                          try {
                            await deleteQuote(quote.id);
                            onQuoteDeleted();
                          } catch (failure) {
                            onFailed(failure);
                          }
                        }}
                      >
                        Delete the quote “{quote.text.slice(0, 30)}…”
                      </button>
                    ))}
                  </div>
                </div>
              )}
              {held.length > 0 && (
                <ul class="block-quotes" aria-label={`Quotes in block ${index + 1}`}>
                  {held.map((quote) => (
                    <li key={quote.id} class={`kind-${quote.kind}`}>
                      <span class={`kind-badge kind-${quote.kind}`}>{quote.kind}</span> “{quote.text}” —{' '}
                      {speakerName(quote)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
