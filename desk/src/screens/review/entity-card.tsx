import { useId, useState } from 'preact/hooks';
import { ApiFailure } from '../../api.ts';
import { Combobox } from '../../components/combobox.tsx';
import { ErrorNotice } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import {
  articlesNaming,
  deleteEntity,
  getEntity,
  mergeEntity,
  patchEntity,
  type Entity,
  type articleReader,
} from '../../entity-api.ts';
import { entityOption, searchEntities, type EntityRef, type EntityType } from '../../entity-search.ts';
import { contextOf } from '../../format.ts';
import { excerpt } from '../ingest/model.ts';
import { EditForm } from './edit-form.tsx';
import { href } from '../../router.ts';

type Action = 'edit' | 'merge' | 'delete' | null;

interface EntityCardProps {
  type: EntityType;
  id: string;
  canWrite: boolean;
  readArticle: ReturnType<typeof articleReader>;
  onDone: (message: string) => void;
}

/** Where an entity appears: the articles naming it, with the words around each mention. */
function Appearances({
  type,
  entity,
  readArticle,
}: {
  type: EntityType;
  entity: Entity;
  readArticle: EntityCardProps['readArticle'];
}) {
  const found = useAsync(async () => {
    const articles = await articlesNaming(type, entity.id);
    return Promise.all(
      articles.map(async (summary) => {
        const article = await readArticle(summary.id);
        const spots = (article.mentions ?? []).filter((m) => m.entityId === entity.id).slice(0, 2);
        const said = (article.quotes ?? []).filter((q) => q.speakerId === entity.id).slice(0, 2);
        return {
          summary,
          spots: spots.map((m) => contextOf(article.plainText, m.start, m.end, 50)),
          said: said.map((q) => excerpt(q.text, 100)),
        };
      }),
    );
  }, [entity.id]);
  if (found.error) return <ErrorNotice error={found.error} />;
  if (!found.data) return <p class="muted">Looking for where it appears…</p>;
  if (found.data.length === 0) return <p class="muted">Not named in any article.</p>;
  return (
    <ul class="appearances">
      {found.data.map(({ summary, spots, said }) => (
        <li key={summary.id}>
          <a href={href(`/articles/${summary.id}`)}>{summary.headline}</a>{' '}
          <span class="status-badge">{summary.status}</span>
          {spots.map((spot, index) => (
            <p key={index} class="snippet">
              {spot.before}
              <mark class={`hit m-${type}`}>{spot.words}</mark>
              {spot.after}
            </p>
          ))}
          {said.map((words, index) => (
            <p key={`said-${index}`} class="snippet">
              Quoted: “{words}”
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** One proposed entity with what an editor can do to it. */
export function EntityCard({ type, id, canWrite, readArticle, onDone }: EntityCardProps) {
  const uid = useId();
  const loaded = useAsync(() => getEntity(type, id), [id]);
  const [action, setAction] = useState<Action>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<EntityRef | null>(null);
  const [needsCascade, setNeedsCascade] = useState(false);

  if (loaded.error) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <div class="card">Loading…</div>;
  const { entity, etag } = loaded.data;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await work());
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 409 && action === 'delete') setNeedsCascade(true);
      if (failure instanceof ApiFailure && failure.status === 412) loaded.reload();
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const tag = etag ?? '*';
  // An organisation's kind defaults to "organisation": saying it twice tells nothing.
  const kind = 'kind' in entity && entity.kind !== type ? entity.kind : null;

  return (
    <article class="card entity-card" aria-labelledby={`${uid}-name`}>
      <header class="card-header">
        <h3 id={`${uid}-name`}>
          <span class={`m m-${type}`}>{entity.name}</span>
        </h3>
        <span class="type-badge">
          {type}
          {kind ? ` · ${kind}` : ''}
        </span>
      </header>
      {entity.aliases.length > 0 && <p class="muted">Also: {entity.aliases.join(', ')}</p>}
      <Appearances type={type} entity={entity} readArticle={readArticle} />
      {canWrite && (
        <div class="button-row">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await patchEntity(type, entity.id, tag, { suggested: false });
                return `Confirmed “${entity.name}”: it is public now.`;
              })
            }
          >
            Confirm
          </button>
          {(['edit', 'merge', 'delete'] as const).map((name) => (
            <button
              key={name}
              type="button"
              aria-expanded={action === name}
              aria-controls={`${uid}-${name}`}
              onClick={() => {
                setAction(action === name ? null : name);
                setError(null);
                setNeedsCascade(false);
              }}
            >
              {{ edit: 'Edit', merge: 'Merge into…', delete: 'Delete' }[name]}
            </button>
          ))}
        </div>
      )}
      {action === 'edit' && (
        <EditForm
          id={`${uid}-edit`}
          type={type}
          entity={entity}
          busy={busy}
          onSave={(patch) =>
            run(async () => {
              await patchEntity(type, entity.id, tag, patch);
              return `Saved “${patch.name ?? entity.name}”; it still awaits confirmation.`;
            })
          }
        />
      )}
      {action === 'merge' && (
        <div id={`${uid}-merge`} class="sub-form">
          <Combobox<EntityRef>
            label={`Merge “${entity.name}” into`}
            placeholder={`Another ${type}`}
            search={async (query) =>
              (await searchEntities([type], query, { suggested: true }))
                .filter((candidate) => candidate.id !== entity.id)
                .map(entityOption)
            }
            onSelect={(option) => setTarget(option.value)}
          />
          {target && (
            <>
              <p>
                “{entity.name}” goes; “{target.name}” stays. Its quotes and mentions move to “{target.name}”, its name
                becomes an alias, and links to it lead to “{target.name}”.
              </p>
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const merged = await mergeEntity(type, entity.id, tag, target.id);
                    return `Merged “${entity.name}” into “${merged.name}”.`;
                  })
                }
              >
                Merge “{entity.name}” into “{target.name}”
              </button>
            </>
          )}
        </div>
      )}
      {action === 'delete' && (
        <div id={`${uid}-delete`} class="sub-form">
          <p>Delete “{entity.name}”? Use this for a name that is not an entity at all.</p>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await deleteEntity(type, entity.id, tag, needsCascade);
                return `Deleted “${entity.name}”.`;
              })
            }
          >
            {needsCascade ? 'Delete it and what refers to it' : `Delete “${entity.name}”`}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
    </article>
  );
}
