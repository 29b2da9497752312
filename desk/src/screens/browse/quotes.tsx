import { useEffect, useState } from 'preact/hooks';
import type { Schemas } from '../../../../src/client/index.ts';
import { api, must } from '../../api.ts';
import { Combobox } from '../../components/combobox.tsx';
import { ErrorNotice, Loading } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { entityOption, searchEntities, searchWords, type EntityRef } from '../../entity-search.ts';
import { localTime } from '../../format.ts';
import { href, navigate, type Route } from '../../router.ts';
import { BrowseNav } from './browse-nav.tsx';

type Quote = Schemas['Quote'];

export function speakerOf(quote: Quote): { name: string; link: string | null } {
  const speaker = quote.speaker;
  if (!speaker || typeof speaker !== 'object' || !('slug' in speaker)) return { name: 'Unattributed', link: null };
  const kind = quote.speakerType === 'organisation' ? 'organisations' : 'people';
  return { name: speaker.name, link: href(`/browse/${kind}/${speaker.slug}`) };
}

/** One quote as the browse lists show it: the words, who said them, where. */
export function QuoteItem({ quote }: { quote: Quote }) {
  const speaker = speakerOf(quote);
  const article = quote.article as { headline?: string; publishedAt?: string | null } | undefined;
  return (
    <li class="quote-item">
      <blockquote class={`quote-text kind-${quote.kind}`}>
        <p>“{quote.text}”</p>
      </blockquote>
      <p class="quote-meta">
        — {speaker.link ? <a href={speaker.link}>{speaker.name}</a> : speaker.name}
        {quote.channel ? `, ${quote.channel}` : ''} · <span class={`kind-badge kind-${quote.kind}`}>{quote.kind}</span>
        {article?.headline && (
          <>
            {' '}
            · in <em>{article.headline}</em>
            {article.publishedAt ? `, ${localTime(article.publishedAt)}` : ''}
          </>
        )}
      </p>
    </li>
  );
}

/** Quotes by speaker (person or organisation) and by place named, with a word search. */
export function BrowseQuotes({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const speaker = route.query.get('speaker') ?? '';
  const place = route.query.get('place') ?? '';
  const [words, setWords] = useState(q);
  const [speakerRef, setSpeakerRef] = useState<EntityRef | null>(null);
  const [placeRef, setPlaceRef] = useState<EntityRef | null>(null);
  const [pages, setPages] = useState<Quote[][]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => setWords(q), [q]);

  const load = async (after?: string) => {
    const query = {
      include: 'speaker,article',
      limit: 20,
      ...(searchWords(q) && { q: searchWords(q) }),
      ...(speaker && { speaker: [speaker] }),
      ...(place && { place: [place] }),
      ...(after && { cursor: after }),
    };
    const { data } = await must(api.GET('/quotes', { params: { query } }));
    return data;
  };
  const first = useAsync(async () => {
    // Other filters: the old list goes at once, rather than standing in for the new one.
    setPages([]);
    setCursor(null);
    const page = await load();
    setPages([page.data]);
    setCursor(page.meta.nextCursor);
    return page;
  }, [q, speaker, place]);

  const submit = (event: Event) => {
    event.preventDefault();
    navigate(
      href('/browse/quotes', {
        q: words.trim(),
        speaker: speakerRef?.slug ?? speaker,
        place: placeRef?.slug ?? place,
      }),
    );
  };

  const quotes = pages.flat();
  return (
    <section aria-labelledby="browse-title">
      <h1 id="browse-title">Browse quotes</h1>
      <BrowseNav current="quotes" />
      <form class="filters" onSubmit={submit} role="search" aria-label="Filter quotes">
        <div class="field">
          <label for="quote-words">Words</label>
          <input id="quote-words" type="search" value={words} onInput={(e) => setWords(e.currentTarget.value)} />
        </div>
        <div class="field">
          <Combobox<EntityRef>
            label="Speaker"
            initial={speaker}
            placeholder="Person or organisation"
            search={async (query) => (await searchEntities(['person', 'organisation'], query)).map(entityOption)}
            onSelect={(option) => setSpeakerRef(option.value)}
          />
        </div>
        <div class="field">
          <Combobox<EntityRef>
            label="Place named"
            initial={place}
            placeholder="Country, region, city…"
            search={async (query) => (await searchEntities(['place'], query)).map(entityOption)}
            onSelect={(option) => setPlaceRef(option.value)}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="primary">
            Show quotes
          </button>
          {(q || speaker || place) && (
            <a href={href('/browse/quotes')} class="button-link">
              Clear
            </a>
          )}
        </div>
      </form>
      <ErrorNotice error={first.error} />
      {first.loading && quotes.length === 0 && <Loading what="quotes" />}
      {!first.loading && quotes.length === 0 && !first.error && <p class="empty">No quotes match.</p>}
      <ol class="quote-items">
        {quotes.map((quote) => (
          <QuoteItem key={quote.id} quote={quote} />
        ))}
      </ol>
      <ErrorNotice error={moreError} />
      {cursor && (
        <button
          type="button"
          onClick={async () => {
            try {
              const page = await load(cursor);
              setPages((all) => [...all, page.data]);
              setCursor(page.meta.nextCursor);
            } catch (failure) {
              setMoreError(failure);
            }
          }}
        >
          More quotes
        </button>
      )}
    </section>
  );
}
