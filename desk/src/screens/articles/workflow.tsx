import { useId, useState } from 'preact/hooks';
import type { Schemas } from '../../../../src/client/index.ts';
import { api, must } from '../../api.ts';
import { fromLocalInput, localTime, timeZone, toLocalInput, utcOffset } from '../../format.ts';

type Article = Schemas['Article'];
type Status = Article['status'];

interface WorkflowProps {
  article: Article;
  etag: string | null;
  writable: boolean;
  onChanged: (article: Article, etag: string | null, message: string) => void;
  onFailed: (failure: unknown) => void;
}

/** A default publication time: the next full hour from now, in the editor's zone. */
function nextHour(): string {
  const date = new Date(Date.now() + 60 * 60 * 1000);
  date.setMinutes(0, 0, 0);
  return toLocalInput(date);
}

/** Status, and the moves the workflow allows from it: schedule, publish, unpublish, archive. */
export function Workflow({ article, etag, writable, onChanged, onFailed }: WorkflowProps) {
  const id = useId();
  const [when, setWhen] = useState(nextHour);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const change = async (status: Status, message: string, publishAt?: string) => {
    setBusy(true);
    setProblem('');
    try {
      const { data, etag: next } = await must(
        api.PUT('/articles/{idOrSlug}/status', {
          params: { path: { idOrSlug: article.id }, header: { 'if-match': etag ?? '' } },
          body: { status, ...(publishAt && { publishAt }) },
        }),
      );
      onChanged(data.data, next, message);
    } catch (failure) {
      onFailed(failure);
    } finally {
      setBusy(false);
    }
  };

  const schedule = (event: Event) => {
    event.preventDefault();
    const publishAt = fromLocalInput(when);
    if (!publishAt) return setProblem('Give a date and a time.');
    if (Date.parse(publishAt) <= Date.now()) return setProblem('Choose a time in the future.');
    void change('scheduled', `Scheduled for ${localTime(publishAt)} (${timeZone}).`, publishAt);
  };

  const offset = utcOffset(new Date(fromLocalInput(when) ?? Date.now()));
  const { status } = article;
  return (
    <section aria-labelledby={`${id}-title`} class="panel-block workflow">
      <h2 id={`${id}-title`}>Publishing</h2>
      <p>
        Status: <strong class={`status-badge status-${status}`}>{status}</strong>
      </p>
      {status === 'scheduled' && (
        <p>
          Goes live {localTime(article.publishAt)} ({timeZone}); stored as <code>{article.publishAt}</code> (UTC).
        </p>
      )}
      {(status === 'published' || status === 'archived') && <p>Published {localTime(article.publishedAt)}.</p>}
      {writable && (
        <>
          {(status === 'draft' || status === 'scheduled') && (
            <form class="schedule-form stack" onSubmit={schedule}>
              <div class="field">
                <label for={`${id}-when`}>
                  {status === 'scheduled' ? 'Reschedule for' : 'Schedule for'} (your time: {timeZone}, {offset})
                </label>
                <input
                  id={`${id}-when`}
                  type="datetime-local"
                  required
                  value={when}
                  aria-describedby={problem ? `${id}-problem` : undefined}
                  onInput={(e) => setWhen(e.currentTarget.value)}
                />
              </div>
              {problem && (
                <p id={`${id}-problem`} class="field-error" role="alert">
                  {problem}
                </p>
              )}
              <div>
                <button type="submit" disabled={busy}>
                  {status === 'scheduled' ? 'Reschedule' : 'Schedule'}
                </button>
              </div>
            </form>
          )}
          <div class="button-row">
            {(status === 'draft' || status === 'scheduled' || status === 'archived') && (
              <button type="button" class="primary" disabled={busy} onClick={() => change('published', 'Published.')}>
                {status === 'archived' ? 'Publish again' : 'Publish now'}
              </button>
            )}
            {status === 'scheduled' && (
              <button type="button" disabled={busy} onClick={() => change('draft', 'Unscheduled: back to draft.')}>
                Unschedule
              </button>
            )}
            {status === 'published' && (
              <>
                <button type="button" disabled={busy} onClick={() => change('draft', 'Unpublished: back to draft.')}>
                  Unpublish
                </button>
                <button type="button" disabled={busy} onClick={() => change('archived', 'Archived.')}>
                  Archive
                </button>
              </>
            )}
            {status === 'archived' && (
              <button type="button" disabled={busy} onClick={() => change('draft', 'Back to draft.')}>
                Back to draft
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
