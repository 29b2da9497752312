import { api, must } from '../../api.ts';
import { ErrorNotice, Loading } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { localTime } from '../../format.ts';
import { href } from '../../router.ts';

type Status = 'draft' | 'scheduled' | 'published' | 'archived';

const SECTIONS: { status: Status; title: string; empty: string }[] = [
  { status: 'draft', title: 'Drafts', empty: 'No drafts.' },
  { status: 'scheduled', title: 'Scheduled', empty: 'Nothing scheduled.' },
  { status: 'published', title: 'Recently published', empty: 'Nothing published yet.' },
  { status: 'archived', title: 'Archived', empty: 'Nothing archived.' },
];

function ArticleSection({ status, title, empty }: (typeof SECTIONS)[number]) {
  const list = useAsync(
    async () =>
      (
        await must(
          api.GET('/articles', {
            params: {
              query: { status: [status], sort: status === 'published' ? '-publishedAt' : '-updatedAt', limit: 20 },
            },
          }),
        )
      ).data.data,
    [status],
  );
  return (
    <section aria-labelledby={`list-${status}`} class="article-section">
      <h2 id={`list-${status}`}>{title}</h2>
      <ErrorNotice error={list.error} />
      {!list.data && !list.error && <Loading what={title.toLowerCase()} />}
      {list.data?.length === 0 && <p class="empty">{empty}</p>}
      {list.data && list.data.length > 0 && (
        <ul class="article-rows">
          {list.data.map((article) => (
            <li key={article.id}>
              <a href={href(`/articles/${article.id}`)} class="article-link">
                {article.headline}
              </a>
              <span class="article-meta">
                {status === 'scheduled'
                  ? `goes live ${localTime(article.publishAt)}`
                  : status === 'published'
                    ? `published ${localTime(article.publishedAt)}`
                    : `changed ${localTime(article.updatedAt)}`}{' '}
                · {article.wordCount} words
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Drafts and scheduled articles first: the desk's work in hand. */
export function ArticleList() {
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      <div class="article-columns">
        {SECTIONS.map((section) => (
          <ArticleSection key={section.status} {...section} />
        ))}
      </div>
    </section>
  );
}
