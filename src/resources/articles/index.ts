import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, NotFoundError } from '../../core/http/errors.ts';
import { articleJsonLd, type FullArticle } from './formats/jsonld.ts';
import { resourceUrls } from './formats/links.ts';
import { articleNinjs } from './formats/ninjs.ts';
import { articleDocument } from './document.ts';
import { findArticle } from './repository.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import { embedInArticles } from './embed.ts';
import { ARTICLE_INCLUDES, Article, ArticleItem, ArticleList, type ArticleInclude } from './schema.ts';
import { fieldNamesOf, fields } from '../../core/http/query-schemas.ts';
import { describeContent, resourceVersion } from '../../core/plugins/caching.ts';
import { ArticleListQuery, sendArticleList } from './list.ts';
import { applyFields, fieldSelection } from '../../core/http/fields.ts';
import { IdOrSlugParams, IncludeParam, StringEnum, parseInclude, ref } from '../../core/http/schemas.ts';
import { NewsArticleJsonLd, NinjsItem } from './formats/schema.ts';
import { addVary, baseUrl } from '../../core/http/envelope.ts';
import { feedRoutes } from './feeds/index.ts';
import { problemResponse, readProblems } from '../../core/http/problem-responses.ts';

const FORMATS = ['json', 'jsonld', 'ninjs'] as const;
type Format = (typeof FORMATS)[number];
const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json',
  jsonld: 'application/ld+json',
  ninjs: 'application/vnd.iptc.ninjs+json',
};

const ArticleQuery = Type.Object(
  {
    include: IncludeParam(ARTICLE_INCLUDES),
    fields: fields(fieldNamesOf(Article)),
    format: Type.Optional(
      StringEnum(FORMATS, {
        description: 'The representation, overriding `Accept`: `json` (default), `jsonld` or `ninjs`',
      }),
    ),
  },
  { additionalProperties: false },
);

/** `format=` wins; else the best match for `Accept`; else 406. */
function chooseFormat(asked: Format | undefined, request: FastifyRequest): Format {
  if (asked) return asked;
  // The common case, without parsing: no preference, or any type at all, gets the first on offer.
  const accept = request.headers.accept;
  if (accept === undefined || accept === '*/*') return 'json';
  const offered = FORMATS.map((format) => MEDIA_TYPES[format]);
  const chosen = request.accepts().type(offered);
  const format = FORMATS.find((f) => MEDIA_TYPES[f] === chosen);
  if (!format) {
    throw new ApiError(406, 'not-acceptable', 'Not acceptable', `This resource is available as ${offered.join(', ')}`);
  }
  return format;
}

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(
    feedRoutes({
      path: '',
      tag: 'articles',
      operationPrefix: 'getArticles',
      subject: 'Latest articles',
      withIdOrSlug: false,
      resolve: () => ({
        title: 'Dateline: latest articles',
        description: 'Published articles, newest first',
        listPath: '/articles',
        feedPath: '/articles/feed',
        filter: undefined,
        keys: [],
      }),
    }),
  );

  app.get(
    '',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'List published articles',
        description:
          'Published articles, newest first, without their body. Filter by the people, places and organisations ' +
          'they name (`match[…]=any|all|none`), status, language, date and text; sort, page, embed and pick fields.',
        querystring: ArticleListQuery,
        response: { 200: ref(ArticleList, { description: 'A page of published articles' }), 400: readProblems[400] },
      },
    },
    async (request, reply) => sendArticleList(request, reply, request.query),
  );

  app.get(
    '/:idOrSlug',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'Get one article',
        description:
          'A published article with its body blocks and plain text; `include=` embeds its quotes and the entities it mentions. ' +
          'Also as schema.org JSON-LD (`Accept: application/ld+json` or `format=jsonld`) and IPTC ninjs 2.1 ' +
          '(`Accept: application/vnd.iptc.ninjs+json` or `format=ninjs`), which always describe quotes and entities.',
        params: IdOrSlugParams,
        querystring: ArticleQuery,
        response: {
          200: {
            description: 'The article, in the representation asked for',
            content: {
              [MEDIA_TYPES.json]: { schema: ref(ArticleItem) },
              [MEDIA_TYPES.jsonld]: { schema: ref(NewsArticleJsonLd) },
              [MEDIA_TYPES.ninjs]: { schema: ref(NinjsItem) },
            },
          },
          ...readProblems,
          406: problemResponse('None of the representations in `Accept` is available'),
        },
      },
    },
    async (request, reply) => {
      const format = chooseFormat(request.query.format, request);
      const include = parseInclude<ArticleInclude>(request.query.include);
      const selection = fieldSelection(request.query);
      // Editors preview drafts and scheduled articles with a `read:drafts` key.
      const audience = audienceOf(request);
      if (format === 'json' && !selection && audience === 'public') {
        // A stored document, sent as it is (document.ts); undefined means there is none to send.
        const document = await articleDocument(app.db, request.params.idOrSlug, include);
        if (document === null) throw new NotFoundError('article', request.params.idOrSlug);
        if (document) {
          addVary(reply, 'accept');
          const [id = '', updatedAt = ''] = [document.ids[0], document.updatedAt[0]];
          describeContent(reply, {
            keys: document.ids,
            updatedAt: document.updatedAt,
            version: resourceVersion({ id, updatedAt }),
          });
          // A string goes out as it is: Fastify serialises only objects.
          return (reply as FastifyReply).type(MEDIA_TYPES.json).send(`{"data":${document.json}}`);
        }
      }
      const article = await findArticle(app.db, request.params.idOrSlug, audience);
      if (!article) throw new NotFoundError('article', request.params.idOrSlug);
      addVary(reply, 'accept');
      if (format === 'json') {
        const [data] = await embedInArticles(app.db, [article], include, audience);
        const body = applyFields(reply, { data: data ?? article }, selection);
        return reply.type(MEDIA_TYPES.json).send(body);
      }
      const [full] = await embedInArticles(
        app.db,
        [article],
        new Set(['quotes', 'people', 'places', 'organisations'] as const),
        audience,
      );
      const urls = resourceUrls(baseUrl(request), app.config.articleUrlTemplate);
      const parts = [
        full,
        ...(full?.quotes ?? []),
        ...(full?.people ?? []),
        ...(full?.places ?? []),
        ...(full?.organisations ?? []),
      ];
      describeContent(reply, {
        version: resourceVersion(article),
        keys: parts.map((part) => part?.id ?? ''),
        updatedAt: parts.map((part) => part?.updatedAt ?? ''),
      });
      const document =
        format === 'jsonld' ? articleJsonLd(full as FullArticle, urls) : articleNinjs(full as FullArticle, urls);
      return reply.type(MEDIA_TYPES[format]).send(document);
    },
  );
};

export default articleRoutes;
