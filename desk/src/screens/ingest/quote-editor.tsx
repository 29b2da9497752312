import { useId } from 'preact/hooks';
import { Combobox, type Option } from '../../components/combobox.tsx';
import { searchEntities, searchWords } from '../../entity-search.ts';
import { KIND_LABEL, type DryRun, type EditableQuote, type QuoteKind, type SpeakerChoice, type Span } from './model.ts';

interface QuoteEditorProps {
  quote: EditableQuote;
  text: string;
  dryRun: DryRun;
  /** Speakers already in this copy's quotes, offered before the editor types. */
  speakersInCopy: SpeakerChoice[];
  selection: Span | null;
  onChange: (change: Partial<EditableQuote>) => void;
  onShow: () => void;
  onMove: () => void;
  onDrop: () => void;
}

const SPEAKER_HINT = { person: 'person', organisation: 'organisation' } as const;

function speakerOption(choice: SpeakerChoice, hint: string): Option<SpeakerChoice> {
  return { key: `${choice.type}:${choice.id ?? choice.name}`, label: choice.name, hint, value: choice };
}

/** Everyone the quote could be given to: this copy's names, the newsroom's, or a new one. */
async function speakerOptions(
  query: string,
  dryRun: DryRun,
  inCopy: SpeakerChoice[],
): Promise<Option<SpeakerChoice>[]> {
  const words = searchWords(query).toLocaleLowerCase();
  const startsWith = (name: string) =>
    name
      .toLocaleLowerCase()
      .split(/\s+/)
      .some((part) => part.startsWith(words));
  const options: Option<SpeakerChoice>[] = [];
  const seen = new Set<string>();
  const add = (option: Option<SpeakerChoice>) => {
    const key = `${option.value.type}:${option.value.name.toLocaleLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    options.push(option);
  };
  for (const choice of inCopy) {
    if (!words || startsWith(choice.name)) add(speakerOption(choice, `${SPEAKER_HINT[choice.type]} · in this copy`));
  }
  for (const proposed of dryRun.suggested) {
    if (proposed.type === 'place' || (words && !startsWith(proposed.name))) continue;
    add(speakerOption({ type: proposed.type, id: null, name: proposed.name }, `${proposed.type} · new in this copy`));
  }
  if (words) {
    const found = await searchEntities(['person', 'organisation'], query, { suggested: true });
    for (const entity of found) {
      if (entity.type === 'place') continue;
      const hint = `${entity.type}${entity.suggested ? ' · awaiting review' : ''}`;
      add(speakerOption({ type: entity.type, id: entity.id, name: entity.name }, hint));
    }
    const typed = query.trim();
    const exact = options.some((option) => option.value.name.toLocaleLowerCase() === typed.toLocaleLowerCase());
    if (!exact) {
      for (const type of ['person', 'organisation'] as const) {
        options.push(speakerOption({ type, id: null, name: typed }, `new ${type}`));
      }
    }
  }
  return options;
}

/** One quote, as the editor corrects it: kind, speaker, its words (moved to a selection), or dropped. */
export function QuoteEditor({
  quote,
  text,
  dryRun,
  speakersInCopy,
  selection,
  onChange,
  onShow,
  onMove,
  onDrop,
}: QuoteEditorProps) {
  const id = useId();
  return (
    <div class="quote-editor" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="visually-hidden">
        Edit quote “{text.slice(quote.start, quote.end).slice(0, 60)}”
      </p>
      <div class="field">
        <label for={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={quote.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as QuoteKind })}
        >
          {(Object.keys(KIND_LABEL) as QuoteKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <Combobox<SpeakerChoice>
          label="Speaker"
          initial={quote.speaker?.name ?? ''}
          placeholder="Type a name"
          search={(query) => speakerOptions(query, dryRun, speakersInCopy)}
          onSelect={(option) => onChange({ speaker: option.value, speakerMention: null })}
        />
        <p class="help">
          {quote.speaker
            ? `${quote.speaker.type === 'person' ? 'Person' : 'Organisation'}${quote.speaker.id ? '' : ', new'}`
            : 'No speaker'}
        </p>
      </div>
      <div class="button-row">
        <button type="button" onClick={onShow}>
          Show in text
        </button>
        <button type="button" onClick={onMove} disabled={!selection} aria-describedby={`${id}-move-help`}>
          Move to selection
        </button>
        {quote.speaker && (
          <button type="button" onClick={() => onChange({ speaker: null, speakerMention: null })}>
            Remove speaker
          </button>
        )}
        <button type="button" class="danger" onClick={onDrop}>
          Drop quote
        </button>
      </div>
      <p id={`${id}-move-help`} class="help">
        To move the quote, select its words in the copy (or type them under Selection), then “Move to selection”.
      </p>
    </div>
  );
}
