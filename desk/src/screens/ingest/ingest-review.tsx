import { useCallback, useMemo, useState } from 'preact/hooks';
import { api, must } from '../../api.ts';
import { ErrorNotice, StatusLine } from '../../components/notice.tsx';
import { plural } from '../../format.ts';
import { navigate } from '../../router.ts';
import { AnnotatedText } from './annotated-text.tsx';
import {
  correctionsOf,
  excerpt,
  KIND_LABEL,
  newQuote,
  overlapping,
  quotesOf,
  REASON_LABEL,
  trimSpan,
  type DryRun,
  type EditableQuote,
  type SpeakerChoice,
  type Span,
} from './model.ts';
import { QuoteEditor } from './quote-editor.tsx';
import { FindWords, Legend } from './review-aids.tsx';

/** The dry run on the text, corrected quote by quote; saving creates the draft with the corrections. */
export function IngestReview({ text, dryRun, onStartOver }: { text: string; dryRun: DryRun; onStartOver: () => void }) {
  const [quotes, setQuotes] = useState<EditableQuote[]>(() => quotesOf(dryRun));
  const [dropped, setDropped] = useState<EditableQuote[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [headline, setHeadline] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const onSelection = useCallback((span: Span | null) => setSelection(span && trimSpan(text, span)), [text]);
  const speakersInCopy = useMemo(() => {
    const seen = new Map<string, SpeakerChoice>();
    for (const quote of quotes)
      if (quote.speaker) seen.set(`${quote.speaker.type}:${quote.speaker.name}`, quote.speaker);
    return [...seen.values()];
  }, [quotes]);

  const update = (key: string, change: Partial<EditableQuote>) =>
    setQuotes((all) => all.map((quote) => (quote.key === key ? { ...quote, ...change, edited: true } : quote)));

  const focusInText = (id: string) => {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element?.focus({ preventScroll: true });
  };

  const addFromSelection = () => {
    if (!selection) return;
    const clash = overlapping(quotes, selection);
    if (clash) {
      setStatus(
        `The selection overlaps the quote “${excerpt(text.slice(clash.start, clash.end), 40)}”: move or drop that one first.`,
      );
      return;
    }
    const quote = newQuote(selection);
    setQuotes((all) => [...all, quote].sort((a, b) => a.start - b.start));
    setActive(quote.key);
    setStatus(
      `Quote added: “${excerpt(text.slice(selection.start, selection.end), 60)}”. Give it a kind and a speaker.`,
    );
  };

  const moveTo = (quote: EditableQuote) => {
    if (!selection) return;
    const clash = overlapping(quotes, selection, quote.key);
    if (clash) {
      setStatus('The selection overlaps another quote.');
      return;
    }
    update(quote.key, { ...selection });
    setStatus(`Quote moved to “${excerpt(text.slice(selection.start, selection.end), 60)}”.`);
  };

  const drop = (quote: EditableQuote) => {
    setQuotes((all) => all.filter((other) => other.key !== quote.key));
    setDropped((all) => [...all, quote]);
    setActive(null);
    setStatus(`Quote dropped: “${excerpt(text.slice(quote.start, quote.end), 60)}”. You can restore it below.`);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const { data } = await must(
        api.POST('/ingest', {
          body: { text, ...(headline.trim() && { headline: headline.trim() }), quotes: correctionsOf(quotes) },
        }),
      );
      const created = data as { data: { article: { id: string } } };
      navigate(`/articles/${created.data.article.id}`);
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };

  const edits = quotes.filter((q) => q.edited).length + dropped.length;
  const byType = (type: 'person' | 'place' | 'organisation') => {
    const names = new Map<string, boolean>();
    for (const mention of dryRun.mentions) if (mention.type === type) names.set(mention.name, mention.id === null);
    return [...names.entries()];
  };

  return (
    <section aria-labelledby="ingest-title" class="ingest">
      <h1 id="ingest-title">Check and correct</h1>
      <p class="lead">
        Ingest found {plural(dryRun.quotes.length, 'quote')}, {plural(dryRun.mentions.length, 'name')} and{' '}
        {plural(dryRun.lowConfidence.length, 'thing', 'things')} to check. Nothing is saved until you save the draft.
      </p>
      <Legend />
      <div class="ingest-layout">
        <div class="ingest-text">
          <AnnotatedText
            text={text}
            quotes={quotes}
            mentions={dryRun.mentions}
            doubts={dryRun.lowConfidence}
            activeKey={active}
            onQuoteClick={(key) => {
              setActive(key);
              document.getElementById(`row-${key}`)?.scrollIntoView({ block: 'nearest' });
            }}
            onSelection={onSelection}
          />
        </div>
        <div class="ingest-panel">
          <section aria-labelledby="selection-title" class="panel-block selection-block">
            <h2 id="selection-title">Selection</h2>
            {selection ? (
              <p>“{excerpt(text.slice(selection.start, selection.end), 80)}”</p>
            ) : (
              <p class="muted">Select words in the copy to add a quote or move one.</p>
            )}
            <button type="button" onClick={addFromSelection} disabled={!selection}>
              Add quote from selection
            </button>
            <FindWords text={text} onFound={setSelection} onMessage={setStatus} />
          </section>
          <StatusLine message={status} />
          <section aria-labelledby="quotes-title" class="panel-block">
            <h2 id="quotes-title">Quotes ({quotes.length})</h2>
            <ol class="quote-rows">
              {quotes.map((quote) => (
                <li key={quote.key} id={`row-${quote.key}`} class={quote.key === active ? 'open' : undefined}>
                  <button
                    type="button"
                    class="quote-row"
                    aria-expanded={quote.key === active}
                    onClick={() => setActive(quote.key === active ? null : quote.key)}
                  >
                    <span class={`kind-badge kind-${quote.kind}`}>{KIND_LABEL[quote.kind].split(' ')[0]}</span>
                    <span class="quote-row-text">“{excerpt(text.slice(quote.start, quote.end), 70)}”</span>
                    <span class="quote-row-speaker">
                      {quote.speaker ? quote.speaker.name : 'No speaker'}
                      {quote.speaker && !quote.speaker.id ? ' (new)' : ''}
                      {quote.added ? ' · added' : quote.edited ? ' · edited' : ''}
                    </span>
                  </button>
                  {quote.key === active && (
                    <QuoteEditor
                      quote={quote}
                      text={text}
                      dryRun={dryRun}
                      speakersInCopy={speakersInCopy}
                      selection={selection}
                      onChange={(change) => update(quote.key, change)}
                      onShow={() => focusInText(`quote-${quote.key}`)}
                      onMove={() => moveTo(quote)}
                      onDrop={() => drop(quote)}
                    />
                  )}
                </li>
              ))}
            </ol>
          </section>
          {dryRun.lowConfidence.length > 0 && (
            <section aria-labelledby="doubts-title" class="panel-block">
              <h2 id="doubts-title">Check these ({dryRun.lowConfidence.length})</h2>
              <ul class="doubts">
                {dryRun.lowConfidence.map((doubt, index) => (
                  <li key={index}>
                    <strong>{REASON_LABEL[doubt.reason] ?? doubt.reason}:</strong> {doubt.message}{' '}
                    <a
                      href={`#doubt-${index}`}
                      onClick={(event) => {
                        event.preventDefault();
                        const first = dryRun.lowConfidence.findIndex((d) => d.start === doubt.start);
                        focusInText(`doubt-${first}`);
                      }}
                    >
                      Go to “{excerpt(text.slice(doubt.start, doubt.end), 30)}”
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="names-title" class="panel-block">
            <h2 id="names-title">Named in the copy</h2>
            {(['person', 'organisation', 'place'] as const).map((type) => (
              <div key={type}>
                <h3>{{ person: 'People', organisation: 'Organisations', place: 'Places' }[type]}</h3>
                <ul class="names">
                  {byType(type).map(([name, isNew]) => (
                    <li key={name}>
                      <span class={`m m-${type}`}>{name}</span>
                      {isNew && <span class="new-badge">new</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          {dropped.length > 0 && (
            <section aria-labelledby="dropped-title" class="panel-block">
              <h2 id="dropped-title">Dropped ({dropped.length})</h2>
              <ul>
                {dropped.map((quote) => (
                  <li key={quote.key}>
                    “{excerpt(text.slice(quote.start, quote.end), 50)}”{' '}
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => {
                        if (overlapping(quotes, quote)) return setStatus('Another quote now covers those words.');
                        setDropped((all) => all.filter((other) => other.key !== quote.key));
                        setQuotes((all) => [...all, quote].sort((a, b) => a.start - b.start));
                      }}
                    >
                      Restore
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <form class="save-bar" onSubmit={save} aria-labelledby="save-title">
        <h2 id="save-title" class="visually-hidden">
          Save the draft
        </h2>
        <div class="field">
          <label for="headline">Headline</label>
          <input
            id="headline"
            type="text"
            value={headline}
            placeholder="Else the first sentence, to rewrite later"
            onInput={(event) => setHeadline(event.currentTarget.value)}
          />
        </div>
        <ErrorNotice error={error} />
        <div class="button-row">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? 'Saving…' : `Save draft${edits > 0 ? ` with ${plural(edits, 'correction')}` : ''}`}
          </button>
          <button type="button" onClick={onStartOver} disabled={saving}>
            Start over
          </button>
        </div>
      </form>
    </section>
  );
}
