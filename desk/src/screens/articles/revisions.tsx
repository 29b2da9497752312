import { useId, useState } from 'preact/hooks';
import type { Schemas } from '../../../../src/client/index.ts';
import { api, must } from '../../api.ts';
import { ErrorNotice } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { localTime } from '../../format.ts';
import { diffWords } from './word-diff.ts';

type Article = Schemas['Article'];
type Diff = Schemas['RevisionDiff']['data'];

interface RevisionsProps {
  article: Article;
  etag: string | null;
  writable: boolean;
  /** Unsaved edits: restoring would throw them away, so it waits. */
  dirty: boolean;
  onRestored: (number: number) => void;
  onFailed: (failure: unknown) => void;
}

const ACTION_LABEL: Record<string, string> = { create: 'created', update: 'edited' };
const actionLabel = (action: string) =>
  ACTION_LABEL[action] ??
  action.replace(/^status:(.*)$/, 'status → $1').replace(/^restore:(\d+)$/, 'restored revision $1');

function Words({ before, after }: { before: string; after: string }) {
  return (
    <>
      {diffWords(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <del key={index}>{part.text}</del>
        ),
      )}
    </>
  );
}

const asText = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** What one revision changed, readably: fields and blocks, word by word. */
function DiffView({ diff }: { diff: Diff }) {
  const fields = diff.fields.filter((field) => field.field !== 'body');
  if (fields.length === 0 && diff.body.length === 0) return <p class="muted">No change to the content.</p>;
  return (
    <div class="diff">
      {fields.map((field) => (
        <p key={field.field}>
          <strong>{field.field}:</strong> <Words before={asText(field.from)} after={asText(field.to)} />
        </p>
      ))}
      {diff.body.map((change) => (
        <p key={`${change.change}-${change.index}`} class={`diff-block diff-${change.change}`}>
          <strong>
            Block {change.index + 1} {change.change}:
          </strong>{' '}
          <Words before={change.from?.text ?? ''} after={change.to?.text ?? ''} />
        </p>
      ))}
    </div>
  );
}

/** Every revision, newest first; one opens with what it changed, and can be restored. */
export function Revisions({ article, etag, writable, dirty, onRestored, onFailed }: RevisionsProps) {
  const id = useId();
  const list = useAsync(
    async () =>
      (await must(api.GET('/articles/{idOrSlug}/revisions', { params: { path: { idOrSlug: article.id } } }))).data.data,
    [article.id, article.updatedAt],
  );
  const [open, setOpen] = useState<number | null>(null);
  const diff = useAsync(
    async () =>
      open === null
        ? null
        : (
            await must(
              api.GET('/articles/{idOrSlug}/revisions/{number}/diff', {
                params: { path: { idOrSlug: article.id, number: open } },
              }),
            )
          ).data.data,
    [article.id, open],
  );
  const [busy, setBusy] = useState(false);

  const restore = async (number: number) => {
    setBusy(true);
    try {
      await must(
        api.POST('/articles/{idOrSlug}/revisions/{number}/restore', {
          params: { path: { idOrSlug: article.id, number }, header: { 'if-match': etag ?? '' } },
        }),
      );
      setOpen(null);
      onRestored(number);
    } catch (failure) {
      onFailed(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} class="panel-block revisions">
      <h2 id={`${id}-title`}>Revisions</h2>
      <ErrorNotice error={list.error} />
      {list.data?.length === 0 && <p class="empty">No revisions recorded (it was loaded, not written, here).</p>}
      <ol class="revision-list" reversed>
        {list.data?.map((revision) => (
          <li key={revision.number}>
            <button
              type="button"
              class="revision-row"
              aria-expanded={open === revision.number}
              onClick={() => setOpen(open === revision.number ? null : revision.number)}
            >
              <span class="revision-number">#{revision.number}</span> {actionLabel(revision.action)}{' '}
              <span class="muted">
                {localTime(revision.createdAt)} · {revision.author?.name ?? 'unknown'}
              </span>
            </button>
            {open === revision.number && (
              <div class="revision-detail">
                {diff.data && diff.data.to === revision.number ? (
                  revision.number === 1 ? (
                    <p class="muted">The first version.</p>
                  ) : (
                    <DiffView diff={diff.data} />
                  )
                ) : (
                  <ErrorNotice error={diff.error} />
                )}
                {writable && revision.number !== list.data?.[0]?.number && (
                  <>
                    <button type="button" disabled={busy || dirty} onClick={() => restore(revision.number)}>
                      Restore revision {revision.number}
                    </button>
                    {dirty && <p class="help">Save or discard your edits first.</p>}
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
