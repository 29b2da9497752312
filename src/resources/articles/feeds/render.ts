import { Feed } from 'feed';
import type { BodyBlock } from '../../../core/db/schema.ts';
import type { FeedEntry, FeedEntryLimits } from './repository.ts';
import type { JsonFeed } from './schema.ts';

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
  articleUrl: (article: FeedEntry) => string;
  articles: FeedEntry[];
}

/**
 * Feed readers get the opening of each article, as most feeds give it: at most this many bytes of
 * body text (UTF-8), as text and as HTML, then a link to the whole article. A feed's size is then
 * bounded by its `limit`, however long the articles are.
 */
export const ENTRY_BODY_BYTES = 8 * 1024;
/** The standfirst, as the summary, at most this many bytes. */
export const ENTRY_SUMMARY_BYTES = 1024;
/** What to read of each article: a character is at least a byte, so this many characters always suffice. */
export const FEED_ENTRY_LIMITS: FeedEntryLimits = { bodyChars: ENTRY_BODY_BYTES, summaryChars: ENTRY_SUMMARY_BYTES };

const ELLIPSIS = '…';
const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

/** `text` whole if it fits in `bytes` of UTF-8, else cut at a word near the limit and ended with an ellipsis. */
export function cutToBytes(text: string, bytes: number): string {
  if (bytesOf(text) <= bytes) return text;
  const room = bytes - bytesOf(ELLIPSIS);
  // The longest prefix that fits (a character is 1 to 4 bytes, so it is between room / 4 and room characters).
  let low = 0;
  let high = Math.min(text.length, room);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (bytesOf(text.slice(0, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  let end = low;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const space = text.slice(0, end).search(/\s\S*$/);
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** The blocks of the entry's body that fit in ENTRY_BODY_BYTES, the last one cut if need be. */
function opening(entry: FeedEntry): { blocks: BodyBlock[]; cut: boolean } {
  const blocks: BodyBlock[] = [];
  let left = ENTRY_BODY_BYTES;
  for (const block of entry.blocks) {
    const size = bytesOf(block.text) + 2;
    if (size <= left) {
      blocks.push(block);
      left -= size;
      continue;
    }
    if (left > 100) blocks.push({ type: block.type, text: cutToBytes(block.text, left) });
    return { blocks, cut: true };
  }
  return { blocks, cut: entry.truncated };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The opening as HTML for feed readers: paragraphs and subheadings, text escaped, and a link when it goes on. */
function openingHtml(blocks: BodyBlock[], cut: boolean, url: string): string {
  const html = blocks.map((block) =>
    block.type === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`,
  );
  if (cut) html.push(`<p><a href="${escapeHtml(url)}">Continue reading</a></p>`);
  return html.join('\n');
}

/** The opening as plain text, with an ellipsis when it goes on. */
function openingText(blocks: BodyBlock[], cut: boolean): string {
  const text = blocks.map((block) => block.text).join('\n\n');
  return cut && !text.endsWith(ELLIPSIS) ? `${text}${text ? ' ' : ''}${ELLIPSIS}` : text;
}

const summaryOf = (entry: FeedEntry) =>
  entry.standfirst === null ? undefined : cutToBytes(entry.standfirst, ENTRY_SUMMARY_BYTES);

const newest = (articles: FeedEntry[]) =>
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
    const url = source.articleUrl(article);
    const summary = summaryOf(article);
    const { blocks, cut } = opening(article);
    feed.addItem({
      id,
      guid: id,
      // Atom marks these as HTML: text must be escaped so a "<" in a headline stays a character.
      title: escapeHtml(article.headline),
      link: url,
      description: summary === undefined ? undefined : escapeHtml(summary),
      content: openingHtml(blocks, cut, url),
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
    items: source.articles.map((article) => {
      const url = source.articleUrl(article);
      const summary = summaryOf(article);
      const { blocks, cut } = opening(article);
      return {
        id: article.id,
        url,
        title: article.headline,
        ...(summary !== undefined && { summary }),
        content_html: openingHtml(blocks, cut, url),
        content_text: openingText(blocks, cut),
        date_published: article.publishedAt ?? article.createdAt,
        date_modified: article.updatedAt,
        language: article.language,
      };
    }),
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
