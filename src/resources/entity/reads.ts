import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Audience } from '../../core/db/visibility.ts';
import { orNotFound } from '../../core/http/errors.ts';
import { applyFields, fieldSelection } from '../../core/http/fields.ts';
import { sendList } from '../../core/http/lists.ts';
import { problemResponse, readProblems } from '../../core/http/problem-responses.ts';
import { fields } from '../../core/http/query-schemas.ts';
import { IdOrSlugParams, IncludeParam, parseInclude, ref } from '../../core/http/schemas.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import { feedRoutes } from '../articles/feeds/index.ts';
import { ArticleListQuery, sendArticleList } from '../articles/list.ts';
import { QuoteListQuery, sendQuoteList } from '../quotes/list.ts';
import type { EntityItem, EntityListBody, EntityReadSide } from './descriptor.ts';
import type { EntityFilters } from './reader.ts';

/** An entity's reads: its list, one of it, the articles about it, their feeds and, for speakers, their quotes. */
export function entityReads<
  Item extends EntityItem,
  Include extends string,
  ListQuery extends TSchema,
  Filters extends EntityFilters,
>(entity: EntityReadSide<Item, Include, ListQuery, Filters>): FastifyPluginAsyncTypebox {
  const { store, names } = entity;
  const tag = names.plural.toLowerCase();
  const singular = store.type;
  const ItemQuery = Type.Object(
    { include: IncludeParam(entity.includes), fields: fields(entity.fieldNames) },
    { additionalProperties: false },
  );
  /** Answers the list for a query: one page, each item as the audience may see it, embedded as `include=` asks. */
  const listPage =
    (request: FastifyRequest, reply: FastifyReply) =>
    async (query: Static<ListQuery>): EntityListBody<Item, Filters, Include> => {
      const { controls, filters } = await entity.list.read(request, query);
      const { audience } = filters;
      return sendList(request, reply, controls, {
        filters,
        list: store.list,
        count: store.count,
        embed: (db, items, include: Set<Include>) => entity.embed(db, items, include, audience),
      });
    };
  return async (app) => {
    /** The entity named, if `audience` may see it (visibility.ts); else 404, as if there were none. */
    const findOr404 = async (idOrSlug: string, audience: Audience) =>
      orNotFound(await store.find(app.db, idOrSlug, audience), singular, idOrSlug);

    app.get(
      '',
      {
        schema: {
          tags: [tag],
          operationId: `list${names.plural}`,
          summary: `List ${tag}`,
          description: entity.list.description,
          querystring: entity.list.query,
          response: {
            200: {
              description: `A page of ${tag}`,
              content: {
                'application/json': { schema: ref(entity.schemas.list) },
                ...Object.fromEntries(
                  Object.entries(entity.list.mediaTypes ?? {}).map(([media, id]) => [media, { schema: Type.Ref(id) }]),
                ),
              },
            },
            400: readProblems[400],
            ...(entity.list.mediaTypes && {
              406: problemResponse('None of the representations in `Accept` is available'),
            }),
          },
        },
      },
      async (request, reply) => {
        const page = listPage(request, reply);
        const { send } = entity.list;
        return send ? send(request, reply, request.query, page) : page(request.query);
      },
    );

    app.get(
      '/:idOrSlug',
      {
        schema: {
          tags: [tag],
          operationId: `get${names.singular}`,
          summary: `Get one ${singular}`,
          description: `A ${singular} by id or slug.`,
          params: IdOrSlugParams,
          querystring: ItemQuery,
          response: { 200: ref(entity.schemas.item, { description: `The ${singular}` }), ...readProblems },
        },
      },
      async (request, reply) => {
        const audience = audienceOf(request);
        const found = await findOr404(request.params.idOrSlug, audience);
        const include = parseInclude<Include>(request.query.include);
        const [data] = await entity.embed(app.db, [found], include, audience);
        return applyFields(reply, { data: data ?? found }, fieldSelection(request.query));
      },
    );

    app.get(
      '/:idOrSlug/articles',
      {
        schema: {
          tags: [tag, 'articles'],
          operationId: `list${names.singular}Articles`,
          summary: `List articles about a ${singular}`,
          description: `${entity.articlesDescription} Takes every filter of \`GET /articles\`.`,
          params: IdOrSlugParams,
          querystring: ArticleListQuery,
          response: {
            200: Type.Ref('ArticleList', { description: 'A page of published articles' }),
            ...readProblems,
          },
        },
      },
      async (request, reply) => {
        const { id } = await findOr404(request.params.idOrSlug, audienceOf(request));
        return sendArticleList(request, reply, request.query, entity.articlesAbout(id));
      },
    );

    await app.register(
      feedRoutes({
        path: '/:idOrSlug',
        tag,
        operationPrefix: `get${names.singular}`,
        subject: `Articles about a ${singular}`,
        withIdOrSlug: true,
        resolve: async (params) => {
          // Feeds are for the public, whoever fetches them.
          const found = await findOr404(params.idOrSlug ?? '', 'public');
          return {
            title: `Dateline: ${found.name}`,
            description: `Published articles about ${found.name}, newest first`,
            listPath: `${app.prefix}/${found.slug}/articles`,
            feedPath: `${app.prefix}/${found.slug}/feed`,
            filter: entity.articlesAbout(found.id),
            keys: [found.id],
          };
        },
      }),
    );

    const { quotesBy } = entity;
    if (!quotesBy) return;
    app.get(
      '/:idOrSlug/quotes',
      {
        schema: {
          tags: [tag, 'quotes'],
          operationId: `list${names.singular}Quotes`,
          summary: `List quotes by a ${singular}`,
          description: `What this ${singular} said, in published articles: newest first, in reading order. Takes every filter of \`GET /quotes\`.`,
          params: IdOrSlugParams,
          querystring: QuoteListQuery,
          response: { 200: Type.Ref('QuoteList', { description: 'A page of quotes' }), ...readProblems },
        },
      },
      async (request, reply) => {
        const { id } = await findOr404(request.params.idOrSlug, audienceOf(request));
        return sendQuoteList(request, reply, request.query, quotesBy(id));
      },
    );
  };
}
