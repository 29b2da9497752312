import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { listArticles } from '../repositories/articles.ts';
import { embedInArticles, embedInQuotes } from '../repositories/embed.ts';
import type { Page, PageRequest } from '../repositories/pagination.ts';
import { listQuotes } from '../repositories/quotes.ts';
import type { ArticleInclude } from '../schemas/articles.ts';
import { DEFAULT_LIMIT, IdOrSlugParams, PageQuery, parseInclude, readProblems, ref } from '../schemas/common.ts';
import type { QuoteInclude } from '../schemas/quotes.ts';
import { ArticleListQuery } from './articles.ts';
import { listEnvelope } from './envelope.ts';
import { feedRoutes } from './feed-routes.ts';
import { QuoteListQuery } from './quotes.ts';

/**
 * People, places and organisations are served alike: a list, one item by id or slug, the
 * articles about them and, for those who speak, their quotes. One definition keeps the three in step.
 */
export interface EntityRoutesOptions {
  /** Path segment and OpenAPI tag, e.g. `people`. */
  plural: string;
  /** Used in summaries and errors, e.g. `person`. */
  singular: string;
  /** Capitalised names for operation ids, e.g. `Person` and `People`. */
  operationNames: { singular: string; plural: string };
  listSchema: TSchema;
  itemSchema: TSchema;
  list: (db: Db, request: PageRequest) => Page<{ id: string }>;
  find: (db: Db, idOrSlug: string) => { id: string; slug: string; name: string } | undefined;
  articlesAbout: (id: string) => SQL | undefined;
  articlesDescription: string;
  /** Present for entities that can be quoted. */
  quotesBy?: (id: string) => SQL;
}

const ListQuery = Type.Object(PageQuery, { additionalProperties: false });

export function entityRoutes(options: EntityRoutesOptions): FastifyPluginAsyncTypebox {
  const { plural, singular } = options;
  const names = options.operationNames;
  return async (app) => {
    const findOr404 = (idOrSlug: string) => {
      const entity = options.find(app.db, idOrSlug);
      if (!entity) throw new NotFoundError(singular, idOrSlug);
      return entity;
    };

    app.get(
      `/${plural}`,
      {
        schema: {
          tags: [plural],
          operationId: `list${names.plural}`,
          summary: `List ${plural}`,
          description: `All ${plural}, by name. Page with \`cursor\`.`,
          querystring: ListQuery,
          response: { 200: ref(options.listSchema, { description: `A page of ${plural}` }), 400: readProblems[400] },
        },
      },
      async (request, reply) => {
        const { limit = DEFAULT_LIMIT, cursor } = request.query;
        return listEnvelope(request, reply, options.list(app.db, { limit, cursor }), limit);
      },
    );

    app.get(
      `/${plural}/:idOrSlug`,
      {
        schema: {
          tags: [plural],
          operationId: `get${names.singular}`,
          summary: `Get one ${singular}`,
          description: `A ${singular} by id or slug.`,
          params: IdOrSlugParams,
          querystring: Type.Object({}, { additionalProperties: false }),
          response: { 200: ref(options.itemSchema, { description: `The ${singular}` }), ...readProblems },
        },
      },
      async (request) => ({ data: findOr404(request.params.idOrSlug) }),
    );

    app.get(
      `/${plural}/:idOrSlug/articles`,
      {
        schema: {
          tags: [plural, 'articles'],
          operationId: `list${names.singular}Articles`,
          summary: `List articles about a ${singular}`,
          description: options.articlesDescription,
          params: IdOrSlugParams,
          querystring: ArticleListQuery,
          response: { 200: Type.Ref('ArticleList', { description: 'A page of published articles' }), ...readProblems },
        },
      },
      async (request, reply) => {
        const { id } = findOr404(request.params.idOrSlug);
        const { limit = DEFAULT_LIMIT, cursor, include } = request.query;
        const page = listArticles(app.db, { limit, cursor }, options.articlesAbout(id));
        const items = embedInArticles(app.db, page.items, parseInclude<ArticleInclude>(include));
        return listEnvelope(request, reply, { ...page, items }, limit);
      },
    );

    await app.register(
      feedRoutes({
        path: `/${plural}/:idOrSlug`,
        tag: plural,
        operationPrefix: `get${names.singular}`,
        subject: `Articles about a ${singular}`,
        withIdOrSlug: true,
        resolve: (params) => {
          const entity = findOr404(params.idOrSlug ?? '');
          return {
            title: `Dateline: ${entity.name}`,
            description: `Published articles about ${entity.name}, newest first`,
            listPath: `/${plural}/${entity.slug}/articles`,
            feedPath: `/${plural}/${entity.slug}/feed`,
            filter: options.articlesAbout(entity.id),
            keys: [entity.id],
          };
        },
      }),
    );

    const { quotesBy } = options;
    if (!quotesBy) return;
    app.get(
      `/${plural}/:idOrSlug/quotes`,
      {
        schema: {
          tags: [plural, 'quotes'],
          operationId: `list${names.singular}Quotes`,
          summary: `List quotes by a ${singular}`,
          description: `What this ${singular} said, in published articles: newest first, in reading order.`,
          params: IdOrSlugParams,
          querystring: QuoteListQuery,
          response: { 200: Type.Ref('QuoteList', { description: 'A page of quotes' }), ...readProblems },
        },
      },
      async (request, reply) => {
        const { id } = findOr404(request.params.idOrSlug);
        const { limit = DEFAULT_LIMIT, cursor, include } = request.query;
        const page = listQuotes(app.db, { limit, cursor }, quotesBy(id));
        const items = embedInQuotes(app.db, page.items, parseInclude<QuoteInclude>(include));
        return listEnvelope(request, reply, { ...page, items }, limit);
      },
    );
  };
}
