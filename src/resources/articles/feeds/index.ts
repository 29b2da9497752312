import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FEED_ENTRY_LIMITS, FEED_FORMATS, FEED_MEDIA_TYPES, renderFeed, type FeedFormat } from './render.ts';
import { describeContent } from '../../../core/plugins/caching.ts';
import { listArticles } from '../repository.ts';
import { feedEntriesByIds, type FeedEntry } from './repository.ts';
import { lastChangeTime } from '../../changes/repository.ts';
import { DEFAULT_LIMIT, IdOrSlugParams, ref } from '../../../core/http/schemas.ts';
import { problemResponse } from '../../../core/http/problem-responses.ts';
import { JsonFeed } from './schema.ts';
import { limitParam } from '../../../core/http/query-schemas.ts';
import { baseUrl } from '../../../core/http/envelope.ts';

/** What a feed is about: its wording, the list it mirrors and the articles it holds. */
export interface FeedScope {
  title: string;
  description: string;
  /** The API path of the list the feed mirrors, e.g. `/people/andrii-sybiha/articles`. */
  listPath: string;
  /** The feed's path without its extension, e.g. `/people/andrii-sybiha/feed`. */
  feedPath: string;
  filter: SQL | undefined;
  /** Surrogate keys beyond the articles themselves (the entity the feed is about). */
  keys: string[];
}

const FEED_NAMES: Record<FeedFormat, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed 1.1' };

const FeedQuery = Type.Object(
  {
    limit: limitParam('How many articles (1–100)'),
  },
  { additionalProperties: false },
);

function articleUrl(request: FastifyRequest) {
  const template = request.server.config.articleUrlTemplate;
  const base = baseUrl(request);
  return (article: FeedEntry) =>
    template
      ? template.replaceAll('{slug}', article.slug).replaceAll('{id}', article.id)
      : `${base}/articles/${article.slug}`;
}

/** Renders the newest published articles in `scope` as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export async function sendFeed(
  request: FastifyRequest,
  reply: FastifyReply,
  format: FeedFormat,
  scope: FeedScope,
  limit: number,
) {
  const db = request.server.db;
  const page = await listArticles(db, { limit }, { status: ['published'], scope: scope.filter });
  const articles = await feedEntriesByIds(
    db,
    page.items.map((item) => item.id),
    FEED_ENTRY_LIMITS,
  );
  const base = baseUrl(request);
  describeContent(reply, {
    keys: ['articles', ...scope.keys, ...articles.map((article) => article.id)],
    updatedAt: [...articles.map((article) => article.updatedAt), await lastChangeTime(db)],
  });
  const feed = renderFeed(format, {
    title: scope.title,
    description: scope.description,
    homeUrl: base + scope.listPath,
    feedBaseUrl: base + scope.feedPath,
    articleUrl: articleUrl(request),
    articles,
  });
  return reply.type(`${FEED_MEDIA_TYPES[format]}; charset=utf-8`).send(feed);
}

function feedResponse(format: FeedFormat) {
  const media = FEED_MEDIA_TYPES[format];
  const schema =
    format === 'json'
      ? ref(JsonFeed)
      : Type.String({
          maxLength: 50_000_000,
          examples: [
            format === 'rss' ? '<rss version="2.0">…</rss>' : '<feed xmlns="http://www.w3.org/2005/Atom">…</feed>',
          ],
        });
  return {
    description: `The feed as ${format === 'json' ? 'JSON Feed 1.1' : format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'}`,
    content: { [media]: { schema } },
  };
}

/** The `{idOrSlug}` of a feed's path, when it has one (its params are validated by then). */
function idOrSlugOf(params: unknown): string | undefined {
  return typeof params === 'object' && params !== null && 'idOrSlug' in params && typeof params.idOrSlug === 'string'
    ? params.idOrSlug
    : undefined;
}

const notFound = problemResponse('No such resource');
const badRequest = problemResponse('A parameter is invalid');

/**
 * Registers `{prefix}/feed.rss|atom|json` for a scope that `resolve` builds from the path parameters:
 * `/articles/feed.*` for everything, `/people/{idOrSlug}/feed.*` for one person's articles, and so on.
 */
export function feedRoutes(options: {
  path: string;
  tag: string;
  operationPrefix: string;
  subject: string;
  withIdOrSlug: boolean;
  resolve: (params: { idOrSlug?: string }) => FeedScope | Promise<FeedScope>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    for (const format of FEED_FORMATS) {
      app.get(
        `${options.path}/feed.${format}`,
        {
          schema: {
            tags: [options.tag, 'feeds'],
            operationId: `${options.operationPrefix}Feed${format[0]?.toUpperCase()}${format.slice(1)}`,
            summary: `${options.subject} as ${FEED_NAMES[format]}`,
            description: `The newest published articles ${options.subject.toLowerCase()}, newest first, for feed readers.`,
            ...(options.withIdOrSlug && { params: IdOrSlugParams }),
            querystring: FeedQuery,
            response: { 200: feedResponse(format), 400: badRequest, ...(options.withIdOrSlug && { 404: notFound }) },
          },
        },
        async (request, reply) =>
          await sendFeed(
            request,
            reply,
            format,
            await options.resolve({ idOrSlug: idOrSlugOf(request.params) }),
            request.query.limit ?? DEFAULT_LIMIT,
          ),
      );
    }
  };
}
