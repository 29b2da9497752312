import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, must } from '../../api.ts';
import { ErrorNotice } from '../../components/notice.tsx';
import { IngestReview } from './ingest-review.tsx';
import type { DryRun } from './model.ts';

/** Paste or drop copy, check the dry run on the text, correct it, save the draft. */
export function IngestScreen() {
  const [text, setText] = useState('');
  const [analysed, setAnalysed] = useState<{ text: string; dryRun: DryRun } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const analyse = async (copy: string) => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await must(api.POST('/ingest', { params: { query: { dryRun: true } }, body: { text: copy } }));
      setAnalysed({ text: copy, dryRun: data as DryRun });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (analysed) {
    return <IngestReview text={analysed.text} dryRun={analysed.dryRun} onStartOver={() => setAnalysed(null)} />;
  }
  return (
    <section aria-labelledby="ingest-title">
      <h1 id="ingest-title">Ingest copy</h1>
      <p class="lead">
        Paste the copy or drop a text file. The desk shows what ingest would find — quotes, speakers, names — on the
        text, for you to check and correct before the draft is saved.
      </p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void analyse(text);
        }}
      >
        <DropZone onFile={(content) => setText(content)}>
          <div class="field">
            <label for="copy">Copy</label>
            <textarea
              id="copy"
              rows={14}
              value={text}
              aria-describedby="copy-help"
              onInput={(event) => setText(event.currentTarget.value)}
            />
            <p id="copy-help" class="help">
              Paragraphs separated by blank lines; subheadings on a line of their own. You can also drop a .txt file
              here.
            </p>
          </div>
        </DropZone>
        <div class="field">
          <label for="copy-file">Or choose a text file</label>
          <input
            id="copy-file"
            type="file"
            accept=".txt,text/plain"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </div>
        <ErrorNotice error={error} />
        <div>
          <button type="submit" class="primary" disabled={busy || text.trim() === ''}>
            {busy ? 'Analysing…' : 'Analyse copy'}
          </button>
        </div>
      </form>
    </section>
  );
}

function DropZone({ onFile, children }: { onFile: (content: string) => void; children: ComponentChildren }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(await file.text());
      }}
    >
      {children}
    </div>
  );
}
