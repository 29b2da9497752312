import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../errors.ts';
import { findArticle, listArticles } from '../repositories/articles.ts';
import { embedInArticles } from '../repositories/embed.ts';
import { ARTICLE_INCLUDES, ArticleItem, ArticleList, type ArticleInclude } from '../schemas/articles.ts';
import { IdOrSlugParams, IncludeParam, PageQuery, parseInclude, readProblems, ref } from '../schemas/common.ts';
import { listEnvelope } from './envelope.ts';
import { feedRoutes } from './feed-routes.ts';

export const ArticleListQuery = Type.Object(
  { ...PageQuery, include: IncludeParam(ARTICLE_INCLUDES) },
  { additionalProperties: false },
);
const ArticleQuery = Type.Object({ include: IncludeParam(ARTICLE_INCLUDES) }, { additionalProperties: false });

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(
    feedRoutes({
      path: '/articles',
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
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'List published articles',
        description: 'Published articles, newest first, without their body. Page with `cursor`.',
        querystring: ArticleListQuery,
        response: { 200: ref(ArticleList, { description: 'A page of published articles' }), 400: readProblems[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, include } = request.query;
      const page = listArticles(app.db, { limit, cursor });
      const items = embedInArticles(app.db, page.items, parseInclude<ArticleInclude>(include));
      return listEnvelope(request, reply, { ...page, items }, limit);
    },
  );

  app.get(
    '/articles/:idOrSlug',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'Get one article',
        description:
          'A published article with its body blocks and plain text; `include=` embeds its quotes and the entities it mentions.',
        params: IdOrSlugParams,
        querystring: ArticleQuery,
        response: { 200: ref(ArticleItem, { description: 'The article' }), ...readProblems },
      },
    },
    async (request) => {
      const article = findArticle(app.db, request.params.idOrSlug);
      if (!article) throw new NotFoundError('article', request.params.idOrSlug);
      const [data] = embedInArticles(app.db, [article], parseInclude<ArticleInclude>(request.query.include));
      return { data: data ?? article };
    },
  );
};

export default articleRoutes;
