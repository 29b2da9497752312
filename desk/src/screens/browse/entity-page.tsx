import type { ComponentChildren } from 'preact';
import type { Schemas } from '../../../../src/client/index.ts';
import { api, must } from '../../api.ts';
import { ErrorNotice, Loading } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { localTime, plural } from '../../format.ts';
import { href } from '../../router.ts';
import { BrowseNav } from './browse-nav.tsx';

type Quote = Schemas['Quote'];
type Article = Schemas['Article'];

async function load(kind: 'people' | 'organisations', idOrSlug: string) {
  const path = { idOrSlug };
  const query = { include: 'article', limit: 50 } as const;
  if (kind === 'people') {
    const [entity, quotes] = await Promise.all([
      must(api.GET('/people/{idOrSlug}', { params: { path, query: { include: 'organisations' } } })),
      must(api.GET('/people/{idOrSlug}/quotes', { params: { path, query } })),
    ]);
    return { entity: entity.data.data, quotes: quotes.data.data };
  }
  const [entity, quotes] = await Promise.all([
    must(api.GET('/organisations/{idOrSlug}', { params: { path } })),
    must(api.GET('/organisations/{idOrSlug}/quotes', { params: { path, query } })),
  ]);
  return { entity: entity.data.data, quotes: quotes.data.data };
}

/** The paragraphs the quotes stand in, each once, with every one of the quotes marked: quotes in context. */
function InContext({ quotes, article }: { quotes: Quote[]; article: Article | undefined }) {
  if (!article)
    return (
      <>
        {quotes.map((quote) => (
          <blockquote key={quote.id} class="quote-text">
            “{quote.text}”
          </blockquote>
        ))}
      </>
    );
  const blocks = article.body.filter((b) => quotes.some((q) => b.start <= q.start && q.end <= b.end));
  return (
    <>
      {blocks.map((block) => {
        const inside = quotes
          .filter((q) => block.start <= q.start && q.end <= block.end)
          .sort((a, b) => a.start - b.start);
        const parts: ComponentChildren[] = [];
        let at = block.start;
        for (const quote of inside) {
          parts.push(block.text.slice(at - block.start, quote.start - block.start));
          parts.push(
            <mark key={quote.id} class={`q q-${quote.kind}`} title={`${quote.kind} quote`}>
              {block.text.slice(quote.start - block.start, quote.end - block.start)}
            </mark>,
          );
          at = quote.end;
        }
        parts.push(block.text.slice(at - block.start));
        return (
          <blockquote key={block.start} class="in-context">
            <p>{parts}</p>
          </blockquote>
        );
      })}
    </>
  );
}

/** A person's (or organisation's) page: who they are, and their quotes in the paragraphs they stand in. */
export function BrowseEntity({ kind, idOrSlug }: { kind: 'people' | 'organisations'; idOrSlug: string }) {
  const page = useAsync(async () => {
    const { entity, quotes } = await load(kind, idOrSlug);
    const ids = [...new Set(quotes.map((quote) => quote.articleId))];
    const articles = await Promise.all(
      ids.map(
        async (id) => (await must(api.GET('/articles/{idOrSlug}', { params: { path: { idOrSlug: id } } }))).data.data,
      ),
    );
    return { entity, quotes, articles: new Map(articles.map((article) => [article.id, article])) };
  }, [kind, idOrSlug]);

  if (page.error) {
    return (
      <section>
        <h1>Not found</h1>
        <ErrorNotice error={page.error} />
      </section>
    );
  }
  if (!page.data) return <Loading what="the page" />;
  const { entity, quotes, articles } = page.data;
  const roles = 'roles' in entity ? entity.roles : [];
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) byArticle.set(quote.articleId, [...(byArticle.get(quote.articleId) ?? []), quote]);

  return (
    <section aria-labelledby="entity-title" class="entity-page">
      <h1 id="entity-title">{entity.name}</h1>
      <BrowseNav current="entity" />
      <dl class="facts">
        {entity.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>{entity.aliases.join(', ')}</dd>
          </>
        )}
        {roles.length > 0 && (
          <>
            <dt>Roles</dt>
            <dd>
              {roles.map((role) => `${role.title}${role.startedOn ? ` (since ${role.startedOn})` : ''}`).join('; ')}
            </dd>
          </>
        )}
        {'nationality' in entity && entity.nationality && (
          <>
            <dt>Nationality</dt>
            <dd>{entity.nationality}</dd>
          </>
        )}
        {'kind' in entity && (
          <>
            <dt>Kind</dt>
            <dd>{entity.kind}</dd>
          </>
        )}
        {entity.suggested && (
          <>
            <dt>Status</dt>
            <dd>Awaiting review (not public)</dd>
          </>
        )}
      </dl>
      <h2>
        Quotes <span class="count">({plural(quotes.length, 'quote')})</span>
      </h2>
      <p>
        <a href={href('/browse/quotes', { speaker: entity.slug })}>Search these quotes</a>
      </p>
      {quotes.length === 0 && <p class="empty">No published quotes.</p>}
      {[...byArticle.entries()].map(([articleId, inArticle]) => {
        const article = articles.get(articleId);
        return (
          <section key={articleId} class="article-quotes" aria-label={article?.headline ?? articleId}>
            <h3>
              {article?.headline ?? articleId}{' '}
              <span class="muted">{article?.publishedAt ? localTime(article.publishedAt) : ''}</span>
            </h3>
            <InContext quotes={inArticle} article={article} />
          </section>
        );
      })}
    </section>
  );
}
