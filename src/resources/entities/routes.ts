import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/client.ts';
import { NotFoundError } from '../../core/http/errors.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import type { Audience } from '../../core/db/visibility.ts';
import {
  IdOrSlugParams,
  IncludeParam,
  parseInclude,
  problemResponse,
  readProblems,
  ref,
} from '../../core/http/schemas.ts';
import { fields } from '../../core/http/query-schemas.ts';
import { ArticleListQuery, sendArticleList } from '../articles/list.ts';
import { feedRoutes } from '../articles/feeds/index.ts';
import { QuoteListQuery, sendQuoteList } from '../quotes/list.ts';
import { applyFields, fieldSelection } from '../../core/http/fields.ts';

interface Entity {
  id: string;
  slug: string;
  name: string;
}

/**
 * People, places and organisations are served alike: a filtered list, one item by id or slug, the
 * articles about them, feeds of those and, for those who speak, their quotes. One definition keeps
 * the three in step.
 */
export interface EntityRoutesOptions<E extends Entity> {
  /** Path segment and OpenAPI tag, e.g. `people`. */
  plural: string;
  /** Used in summaries and errors, e.g. `person`. */
  singular: string;
  /** Capitalised names for operation ids, e.g. `Person` and `People`. */
  operationNames: { singular: string; plural: string };
  listSchema: TSchema;
  itemSchema: TSchema;
  /** The list's query schema: filters and list controls. */
  listQuery: TObject;
  listDescription: string;
  /** Answers the list for a validated query. */
  sendList: (request: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>) => unknown;
  /** Other representations of the list, by media type: the component schema describing each. */
  listMediaTypes?: Record<string, string>;
  includes: readonly string[];
  fieldNames: readonly string[];
  /** The entity, if `audience` may see it. */
  find: (db: Db, idOrSlug: string, audience: Audience) => E | undefined;
  embed: (db: Db, items: E[], include: Set<string>, audience: Audience) => E[];
  articlesAbout: (id: string) => SQL | undefined;
  articlesDescription: string;
  /** Present for entities that can be quoted. */
  quotesBy?: (id: string) => SQL;
}

export function entityRoutes<E extends Entity>(options: EntityRoutesOptions<E>): FastifyPluginAsyncTypebox {
  const { plural, singular } = options;
  const names = options.operationNames;
  const ItemQuery = Type.Object(
    { include: IncludeParam(options.includes), fields: fields(options.fieldNames) },
    { additionalProperties: false },
  );
  return async (app) => {
    /** The entity named, if `audience` may see it (visibility.ts); else 404, as if there were none. */
    const findOr404 = (idOrSlug: string, audience: Audience) => {
      const entity = options.find(app.db, idOrSlug, audience);
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
          description: options.listDescription,
          querystring: options.listQuery,
          response: {
            200: {
              description: `A page of ${plural}`,
              content: {
                'application/json': { schema: ref(options.listSchema) },
                ...Object.fromEntries(
                  Object.entries(options.listMediaTypes ?? {}).map(([media, id]) => [media, { schema: Type.Ref(id) }]),
                ),
              },
            },
            400: readProblems[400],
            ...(options.listMediaTypes && {
              406: problemResponse('None of the representations in `Accept` is available'),
            }),
          },
        },
      },
      async (request, reply) => options.sendList(request, reply, request.query as Record<string, unknown>),
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
          querystring: ItemQuery,
          response: { 200: ref(options.itemSchema, { description: `The ${singular}` }), ...readProblems },
        },
      },
      async (request, reply) => {
        const audience = audienceOf(request);
        const entity = findOr404(request.params.idOrSlug, audience);
        const [data] = options.embed(app.db, [entity], parseInclude(request.query.include), audience);
        return applyFields(reply, { data: data ?? entity }, fieldSelection(request.query));
      },
    );

    app.get(
      `/${plural}/:idOrSlug/articles`,
      {
        schema: {
          tags: [plural, 'articles'],
          operationId: `list${names.singular}Articles`,
          summary: `List articles about a ${singular}`,
          description: `${options.articlesDescription} Takes every filter of \`GET /articles\`.`,
          params: IdOrSlugParams,
          querystring: ArticleListQuery,
          response: {
            200: Type.Ref('ArticleList', { description: 'A page of published articles' }),
            ...readProblems,
          },
        },
      },
      async (request, reply) => {
        const { id } = findOr404(request.params.idOrSlug, audienceOf(request));
        return sendArticleList(request, reply, request.query, options.articlesAbout(id));
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
          // Feeds are for the public, whoever fetches them.
          const entity = findOr404(params.idOrSlug ?? '', 'public');
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
          description: `What this ${singular} said, in published articles: newest first, in reading order. Takes every filter of \`GET /quotes\`.`,
          params: IdOrSlugParams,
          querystring: QuoteListQuery,
          response: { 200: Type.Ref('QuoteList', { description: 'A page of quotes' }), ...readProblems },
        },
      },
      async (request, reply) => {
        const { id } = findOr404(request.params.idOrSlug, audienceOf(request));
        return sendQuoteList(request, reply, request.query, quotesBy(id));
      },
    );
  };
}
