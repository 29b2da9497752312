import { useEffect, useState } from 'preact/hooks';
import type { Schemas } from '../../../../src/client/index.ts';
import { api, ApiFailure, must } from '../../api.ts';
import { ErrorNotice, Loading, StatusLine } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { localTime } from '../../format.ts';
import { can, type Session } from '../../session.ts';
import { BlockEditor, newBlockKey, type DraftBlock } from './block-editor.tsx';
import { Revisions } from './revisions.tsx';
import { Workflow } from './workflow.tsx';

export type Article = Schemas['Article'];
type Quote = Schemas['Quote'];

interface Draft {
  headline: string;
  standfirst: string;
  blocks: DraftBlock[];
}

function draftOf(article: Article): Draft {
  return {
    headline: article.headline,
    standfirst: article.standfirst ?? '',
    blocks: article.body.map((block) => ({
      key: newBlockKey(),
      type: block.type,
      text: block.text,
      origin: { start: block.start, end: block.end, text: block.text },
    })),
  };
}

const sameDraft = (a: Draft, b: Draft) =>
  a.headline === b.headline &&
  a.standfirst === b.standfirst &&
  a.blocks.length === b.blocks.length &&
  a.blocks.every((block, i) => block.type === b.blocks[i]?.type && block.text === b.blocks[i]?.text);

async function readArticle(idOrSlug: string) {
  const { data, etag } = await must(
    api.GET('/articles/{idOrSlug}', { params: { path: { idOrSlug }, query: { include: 'quotes.speaker' } } }),
  );
  return { article: data.data, etag };
}

/** Quotes whose words a refused change would have removed, from a 409's `errors`. */
function orphanedQuotes(error: unknown, quotes: Quote[]): Quote[] {
  if (!(error instanceof ApiFailure) || error.status !== 409) return [];
  const ids = (error.problem.errors ?? []).map((e) => /quote (quo_\w+)/.exec(e.detail)?.[1]).filter(Boolean);
  return quotes.filter((quote) => ids.includes(quote.id));
}

/** Edit headline, standfirst and body; move the article through the workflow; see and restore revisions. */
export function Editor({ idOrSlug, session }: { idOrSlug: string; session: Session }) {
  const loaded = useAsync(() => readArticle(idOrSlug), [idOrSlug]);
  const [article, setArticle] = useState<Article | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [saved, setSaved] = useState<Draft | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState(false);
  const [orphans, setOrphans] = useState<Quote[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const writable = can(session, 'write');

  const adopt = (next: { article: Article; etag: string | null }) => {
    const fresh = draftOf(next.article);
    setArticle(next.article);
    setEtag(next.etag);
    setSaved(fresh);
    setDraft(fresh);
    setConflict(false);
    setOrphans([]);
    setError(null);
  };
  useEffect(() => {
    if (loaded.data) adopt(loaded.data);
  }, [loaded.data]);

  if (loaded.error) return <ErrorNotice error={loaded.error} />;
  if (!article || !draft || !saved) return <Loading what="the article" />;
  const dirty = !sameDraft(draft, saved);

  /** A write refused because someone changed the article since it was read: say so, never retry over it. */
  const failed = (failure: unknown) => {
    if (failure instanceof ApiFailure && failure.status === 412) {
      setConflict(true);
      return;
    }
    setOrphans(orphanedQuotes(failure, article.quotes ?? []));
    setError(failure);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setOrphans([]);
    try {
      await must(
        api.PATCH('/articles/{idOrSlug}', {
          params: { path: { idOrSlug: article.id }, header: { 'if-match': etag ?? '' } },
          body: {
            headline: draft.headline.trim(),
            standfirst: draft.standfirst.trim() || null,
            body: draft.blocks.map(({ type, text }) => ({ type, text: text.trim() })),
          },
        }),
      );
      adopt(await readArticle(article.id));
      setStatus('Saved.');
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    setBusy(true);
    try {
      adopt(await readArticle(article.id));
      setStatus('Reloaded the latest version.');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="editor-title" class="editor">
      <p class="eyebrow">
        Editing · <span class={`status-badge status-${article.status}`}>{article.status}</span> · changed{' '}
        {localTime(article.updatedAt)}
      </p>
      <h1 id="editor-title">{article.headline}</h1>
      {conflict && (
        <div class="notice notice-conflict" role="alert">
          <h2>Someone else changed this article</h2>
          <p>
            Another key changed it after you opened it, so your change was not saved and nothing of theirs was
            overwritten. Reload to see their version, then make your change again.
          </p>
          <div class="button-row">
            <button type="button" class="primary" onClick={reload} disabled={busy}>
              Reload the latest version{dirty ? ' (discards your edits)' : ''}
            </button>
            <button type="button" onClick={() => setConflict(false)}>
              Keep my edits for now
            </button>
          </div>
        </div>
      )}
      <StatusLine message={status} />
      <div class="editor-layout">
        <form class="editor-form stack" onSubmit={save} aria-label="Article content">
          <div class="field">
            <label for="headline-input">Headline</label>
            <input
              id="headline-input"
              required
              maxLength={500}
              value={draft.headline}
              readOnly={!writable}
              onInput={(e) => setDraft({ ...draft, headline: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="standfirst-input">Standfirst</label>
            <textarea
              id="standfirst-input"
              rows={2}
              value={draft.standfirst}
              readOnly={!writable}
              onInput={(e) => setDraft({ ...draft, standfirst: e.currentTarget.value })}
            />
          </div>
          <BlockEditor
            blocks={draft.blocks}
            quotes={article.quotes ?? []}
            orphans={orphans}
            readOnly={!writable}
            onChange={(blocks) => setDraft({ ...draft, blocks })}
            onUndo={() => {
              setOrphans([]);
              setError(null);
            }}
            onQuoteDeleted={async () => {
              setStatus('Quote deleted. Save again.');
              try {
                const fresh = await readArticle(article.id);
                setArticle(fresh.article);
                setEtag(fresh.etag);
                setOrphans([]);
                setError(null);
              } catch (failure) {
                setError(failure);
              }
            }}
            onFailed={(failure) => {
              setOrphans([]);
              setError(failure);
            }}
          />
          {orphans.length === 0 && <ErrorNotice error={error} />}
          {writable && (
            <div class="button-row sticky-actions">
              <button type="submit" class="primary" disabled={busy || !dirty}>
                {busy ? 'Saving…' : 'Save changes'}
              </button>
              <button type="button" disabled={busy || !dirty} onClick={() => setDraft(saved)}>
                Discard changes
              </button>
            </div>
          )}
        </form>
        <aside class="editor-aside" aria-label="Publishing and history">
          <Workflow
            article={article}
            etag={etag}
            writable={writable}
            onChanged={(next, nextEtag, message) => {
              setArticle({ ...next, quotes: article.quotes });
              setEtag(nextEtag);
              setStatus(message);
            }}
            onFailed={failed}
          />
          <Revisions
            article={article}
            etag={etag}
            writable={writable}
            dirty={dirty}
            onRestored={async (number) => {
              try {
                adopt(await readArticle(article.id));
                setStatus(`Restored revision ${number}.`);
              } catch (failure) {
                setError(failure);
              }
            }}
            onFailed={failed}
          />
        </aside>
      </div>
    </section>
  );
}
