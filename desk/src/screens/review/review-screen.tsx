import { useMemo, useState } from 'preact/hooks';
import { ErrorNotice, Loading, StatusLine } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { articleReader, listSuggested } from '../../entity-api.ts';
import type { EntityType } from '../../entity-search.ts';
import { plural } from '../../format.ts';
import { can, type Session } from '../../session.ts';
import { EntityCard } from './entity-card.tsx';

const SECTIONS: { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organisation', title: 'Organisations' },
  { type: 'place', title: 'Places' },
];

/** The queue of what ingest proposed: confirm, edit, delete, or merge each into one the newsroom knows. */
export function ReviewScreen({ session }: { session: Session }) {
  const queue = useAsync(async () => {
    const lists = await Promise.all(SECTIONS.map(({ type }) => listSuggested(type)));
    return new Map(SECTIONS.map(({ type }, i) => [type, lists[i] ?? []]));
  }, []);
  const readArticle = useMemo(() => articleReader(), [queue.data]);
  const [status, setStatus] = useState('');
  const total = queue.data ? [...queue.data.values()].reduce((sum, list) => sum + list.length, 0) : 0;

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review entities</h1>
      <p class="lead">
        People, organisations and places that ingest proposed and no editor has confirmed yet. They stay out of the
        public API until confirmed.
        {!can(session, 'write') && ' Your key can read this queue but not change it.'}
      </p>
      <StatusLine message={status} />
      {queue.loading && !queue.data && <Loading what="the queue" />}
      <ErrorNotice error={queue.error} />
      {queue.data && total === 0 && <p class="empty">Nothing awaits review.</p>}
      {queue.data &&
        SECTIONS.map(({ type, title }) => {
          const entities = queue.data?.get(type) ?? [];
          if (entities.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`review-${type}`} class="review-section">
              <h2 id={`review-${type}`}>
                {title} <span class="count">({plural(entities.length, 'awaiting review', 'awaiting review')})</span>
              </h2>
              <ul class="cards">
                {entities.map((entity) => (
                  <li key={entity.id}>
                    <EntityCard
                      type={type}
                      id={entity.id}
                      canWrite={can(session, 'write')}
                      readArticle={readArticle}
                      onDone={(message) => {
                        setStatus(message);
                        queue.reload();
                      }}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
