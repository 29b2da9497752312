import { Feed } from 'feed';
import type { Article } from '../schemas/articles.ts';
import type { JsonFeed } from '../schemas/feeds.ts';

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export interface FeedSource {
  title: string;
  description: string;
  /** The API list this feed mirrors, e.g. `…/people/andrii-sybiha/articles`. */
  homeUrl: string;
  /** The feed's own URL without the format extension: `…/feed`. */
  feedBaseUrl: string;
  articleUrl: (article: Article) => string;
  articles: Article[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The body as HTML for feed readers: paragraphs and subheadings, text escaped. */
export function bodyHtml(article: Article): string {
  return article.body
    .map((block) =>
      block.type === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`,
    )
    .join('\n');
}

const newest = (articles: Article[]) =>
  new Date(Math.max(0, ...articles.map((article) => Date.parse(article.updatedAt))));

function xmlFeed(source: FeedSource): Feed {
  const feed = new Feed({
    id: `${source.feedBaseUrl}.atom`,
    title: source.title,
    description: source.description,
    link: source.homeUrl,
    language: 'en',
    updated: newest(source.articles),
    generator: 'Dateline',
    copyright: 'See each article’s credit',
    // Atom requires an author on the feed when entries have none of their own.
    author: { name: 'Dateline' },
    feedLinks: {
      rss: `${source.feedBaseUrl}.rss`,
      atom: `${source.feedBaseUrl}.atom`,
      json: `${source.feedBaseUrl}.json`,
    },
  });
  for (const article of source.articles) {
    // Atom ids must be IRIs; a URN on the article id stays the same when its slug changes.
    const id = `urn:dateline:${article.id}`;
    feed.addItem({
      id,
      guid: id,
      // Atom marks these as HTML: text must be escaped so a "<" in a headline stays a character.
      title: escapeHtml(article.headline),
      link: source.articleUrl(article),
      description: article.standfirst === null ? undefined : escapeHtml(article.standfirst),
      content: bodyHtml(article),
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt ?? article.createdAt),
    });
  }
  return feed;
}

function jsonFeed(source: FeedSource): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: source.homeUrl,
    feed_url: `${source.feedBaseUrl}.json`,
    description: source.description,
    language: 'en',
    items: source.articles.map((article) => ({
      id: article.id,
      url: source.articleUrl(article),
      title: article.headline,
      ...(article.standfirst !== null && { summary: article.standfirst }),
      content_html: bodyHtml(article),
      content_text: article.plainText,
      date_published: article.publishedAt ?? article.createdAt,
      date_modified: article.updatedAt,
      language: article.language,
    })),
  };
}

export function renderFeed(format: 'json', source: FeedSource): JsonFeed;
export function renderFeed(format: 'rss' | 'atom', source: FeedSource): string;
export function renderFeed(format: FeedFormat, source: FeedSource): string | JsonFeed;
export function renderFeed(format: FeedFormat, source: FeedSource): string | JsonFeed {
  if (format === 'json') return jsonFeed(source);
  const feed = xmlFeed(source);
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
