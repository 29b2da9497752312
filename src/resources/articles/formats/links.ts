import type { Article } from '../schema.ts';

/** Absolute URLs of resources, for formats that identify things by URL (JSON-LD, ninjs, feeds). */
export interface ResourceUrls {
  api: (path: string) => string;
  /** Where readers find the article: the frontend's page when configured, else its API URL. */
  articlePage: (article: Pick<Article, 'id' | 'slug'>) => string;
}

export function resourceUrls(base: string, articleUrlTemplate: string | undefined): ResourceUrls {
  const api = (path: string) => `${base}${path}`;
  return {
    api,
    articlePage: (article) =>
      articleUrlTemplate
        ? articleUrlTemplate.replaceAll('{slug}', article.slug).replaceAll('{id}', article.id)
        : api(`/articles/${article.slug}`),
  };
}
