import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/client.ts';
import type { Audience } from '../../core/db/visibility.ts';
import { NotFoundError, orNotFound } from '../../core/http/errors.ts';
import { applyFields, fieldSelection } from '../../core/http/fields.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { fields } from '../../core/http/query-schemas.ts';
import { IdOrSlugParams, IncludeParam, parseInclude, ref } from '../../core/http/schemas.ts';
import { createdHeaders, IfMatchHeaders } from '../../core/http/write-support.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import { feedRoutes } from '../articles/feeds/index.ts';
import { ArticleListQuery, sendArticleList } from '../articles/list.ts';
import { EntityMerge } from './schema.ts';
import { mergeEntity } from './merge.ts';
import { createEntity, deleteEntity, findEntityRow, updateEntity } from './repository.ts';
import type { EntityStore, EntityTable } from './store.ts';
import { QuoteListQuery, sendQuoteList } from '../quotes/list.ts';
import {
  createProblems,
  deleteProblems,
  problemResponse,
  problems,
  readProblems,
  updateProblems,
} from '../../core/http/problem-responses.ts';

/**
 * People, places and organisations are served alike: a filtered list, one item by id or slug, the
 * articles about them, feeds of those and, for those who speak, their quotes; created, replaced,
 * patched, deleted and merged the same way. Each resource describes itself once (people/index.ts
 * …) and `entityRoutes` builds its routes from that, relative to the prefix app.ts registers them
 * under ('/people'). Generic over the schemas, so handlers stay typed by the type provider.
 */

interface EntityItem {
  id: string;
  slug: string;
  name: string;
}

export interface EntityDescriptor<
  Table extends EntityTable,
  Item extends EntityItem,
  Input extends TSchema,
  Patch extends TSchema,
  Include extends string,
  ListQuery extends TSchema,
> {
  /** How it is stored: its table, and how an input becomes a row (its repository.ts). */
  store: EntityStore<Table, Static<Input>, Item>;
  /** The OpenAPI tag, e.g. `people`. */
  tag: string;
  /** Capitalised names for operation ids, e.g. `Person` and `People`. */
  operationNames: { singular: string; plural: string };
  schemas: {
    list: TSchema;
    item: TSchema;
    input: Input;
    patch: Patch;
  };
  list: {
    /** Filters and list controls. */
    query: ListQuery;
    description: string;
    /** Answers the list for a validated query. */
    send: (request: FastifyRequest, reply: FastifyReply, query: Static<ListQuery>) => unknown;
    /** Other representations of the list, by media type: the component schema describing each. */
    mediaTypes?: Record<string, string>;
  };
  includes: readonly Include[];
  fieldNames: readonly string[];
  embed: (db: Db, items: Item[], include: Set<Include>, audience: Audience) => Item[];
  articlesAbout: (id: string) => SQL | undefined;
  articlesDescription: string;
  /** Present for entities that can be quoted. */
  quotesBy?: (id: string) => SQL;
  /** What a delete with `cascade=true` does to what refers to the entity. */
  cascadeDescription: string;
  /** What moves to the target of a merge, in the route's description. */
  mergeMoves: string;
}

const DeleteQuery = Type.Object(
  {
    cascade: Type.Optional(
      Type.Boolean({ default: false, description: 'Also delete (or detach) what refers to it, instead of a 409' }),
    ),
  },
  { additionalProperties: false },
);

/** The entity's read, write and merge routes: three plugins, registered (in that document order) under its prefix. */
export function entityRoutes<
  Table extends EntityTable,
  Item extends EntityItem,
  Input extends TSchema,
  Patch extends TSchema,
  Include extends string,
  ListQuery extends TSchema,
>(entity: EntityDescriptor<Table, Item, Input, Patch, Include, ListQuery>) {
  return {
    reads: entityReads(entity),
    writes: entityWrites(entity),
    merge: entityMerge(entity),
  };
}

function entityReads<
  Table extends EntityTable,
  Item extends EntityItem,
  Input extends TSchema,
  Patch extends TSchema,
  Include extends string,
  ListQuery extends TSchema,
>(entity: EntityDescriptor<Table, Item, Input, Patch, Include, ListQuery>): FastifyPluginAsyncTypebox {
  const { store, tag, operationNames: names } = entity;
  const singular = store.type;
  const ItemQuery = Type.Object(
    { include: IncludeParam(entity.includes), fields: fields(entity.fieldNames) },
    { additionalProperties: false },
  );
  return async (app) => {
    /** The entity named, if `audience` may see it (visibility.ts); else 404, as if there were none. */
    const findOr404 = (idOrSlug: string, audience: Audience) => {
      const found = store.find(app.db, idOrSlug, audience);
      if (!found) throw new NotFoundError(singular, idOrSlug);
      return found;
    };

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
      async (request, reply) => entity.list.send(request, reply, request.query),
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
        const found = findOr404(request.params.idOrSlug, audience);
        const include = parseInclude<Include>(request.query.include);
        const [data] = entity.embed(app.db, [found], include, audience);
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
        const { id } = findOr404(request.params.idOrSlug, audienceOf(request));
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
        resolve: (params) => {
          // Feeds are for the public, whoever fetches them.
          const found = findOr404(params.idOrSlug ?? '', 'public');
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
        const { id } = findOr404(request.params.idOrSlug, audienceOf(request));
        return sendQuoteList(request, reply, request.query, quotesBy(id));
      },
    );
  };
}

/** JSON Merge Patch (RFC 7396) onto the stored fields: a member replaces the field, a `null` member clears it. */
function patched<Input extends TSchema, Patch extends TSchema>(current: Static<Input>, patch: Static<Patch>) {
  return Object.assign({}, current, patch);
}

/** POST, PUT, PATCH and DELETE. */
function entityWrites<
  Table extends EntityTable,
  Item extends EntityItem,
  Input extends TSchema,
  Patch extends TSchema,
  Include extends string,
  ListQuery extends TSchema,
>(entity: EntityDescriptor<Table, Item, Input, Patch, Include, ListQuery>): FastifyPluginAsyncTypebox {
  const { store, tag, schemas } = entity;
  const { type } = store;
  const operationName = entity.operationNames.singular;
  return async (app) => {
    const write = { scope: 'write' } as const;
    const stored = (id: string) => orNotFound(store.find(app.db, id, 'editors'), type, id);
    const current = (request: FastifyRequest, idOrSlug: string) =>
      requireCurrent(request, type, idOrSlug, findEntityRow(app.db, store.table, idOrSlug));

    app.post(
      '',
      {
        config: write,
        schema: {
          tags: [tag],
          operationId: `create${operationName}`,
          summary: `Create a ${type}`,
          description: `The slug is made from the name (transliterated, made unique) unless given.`,
          body: ref(schemas.input),
          response: {
            201: { ...ref(schemas.item), description: `The new ${type}`, headers: createdHeaders },
            ...createProblems,
            ...problems(422),
          },
        },
      },
      async (request, reply) => {
        const id = createEntity(app.db, store, request.body);
        return reply
          .code(201)
          .header('location', `${app.prefix}/${id}`)
          .send({ data: stored(id) });
      },
    );

    app.put(
      '/:idOrSlug',
      {
        config: write,
        schema: {
          tags: [tag],
          operationId: `replace${operationName}`,
          summary: `Replace a ${type}`,
          description: `All of the ${type} (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.`,
          params: IdOrSlugParams,
          headers: IfMatchHeaders,
          body: ref(schemas.input),
          response: {
            200: ref(schemas.item, { description: `The ${type} as stored` }),
            ...updateProblems,
            ...problems(422),
          },
        },
      },
      async (request) => {
        const row = current(request, request.params.idOrSlug);
        updateEntity(app.db, store, row, request.body);
        return { data: stored(row.id) };
      },
    );

    app.patch(
      '/:idOrSlug',
      {
        config: write,
        schema: {
          tags: [tag],
          operationId: `update${operationName}`,
          summary: `Change some fields of a ${type}`,
          description: 'JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.',
          params: IdOrSlugParams,
          headers: IfMatchHeaders,
          body: ref(schemas.patch),
          response: {
            200: ref(schemas.item, { description: `The ${type} as stored` }),
            ...updateProblems,
            ...problems(422),
          },
        },
      },
      async (request) => {
        const row = current(request, request.params.idOrSlug);
        updateEntity(app.db, store, row, patched<Input, Patch>(store.asInput(stored(row.id)), request.body));
        return { data: stored(row.id) };
      },
    );

    app.delete(
      '/:idOrSlug',
      {
        config: write,
        schema: {
          tags: [tag],
          operationId: `delete${operationName}`,
          summary: `Delete a ${type}`,
          description: `While anything refers to the ${type} the answer is 409, saying what does. With \`cascade=true\`, ${entity.cascadeDescription}. Needs If-Match.`,
          params: IdOrSlugParams,
          querystring: DeleteQuery,
          headers: IfMatchHeaders,
          response: { 204: Type.Null({ description: 'Deleted' }), ...deleteProblems },
        },
      },
      async (request, reply) => {
        deleteEntity(app.db, type, current(request, request.params.idOrSlug), request.query.cascade ?? false);
        return reply.code(204).send(null);
      },
    );
  };
}

/** `POST {prefix}/{idOrSlug}/merge`. */
function entityMerge<
  Table extends EntityTable,
  Item extends EntityItem,
  Input extends TSchema,
  Patch extends TSchema,
  Include extends string,
  ListQuery extends TSchema,
>(entity: EntityDescriptor<Table, Item, Input, Patch, Include, ListQuery>): FastifyPluginAsyncTypebox {
  const { store, tag } = entity;
  const { type } = store;
  return async (app) => {
    app.post(
      '/:idOrSlug/merge',
      {
        config: { scope: 'write' },
        schema: {
          tags: [tag],
          operationId: `merge${entity.operationNames.singular}`,
          summary: `Merge a ${type} into another`,
          description:
            `For duplicates: the ${type} in the path is merged into the one \`into\` names, and deleted. ${entity.mergeMoves} ` +
            `move to the target; the duplicate's name and aliases become aliases of the target, its sameAs links ` +
            `join the target's, and fields the target lacks are taken from it. Its slug (and any slug it used to ` +
            `have) redirects to the target (301). The target counts as confirmed if either was. One transaction ` +
            `with its webhook events (\`${type}.updated\` for the target, \`${type}.deleted\` with \`mergedInto\` ` +
            `for the duplicate, \`*.updated\` for everything that moved) and change-feed entries. Needs If-Match ` +
            `with the ETag of the ${type} being merged away. Answers with the target.`,
          params: IdOrSlugParams,
          headers: IfMatchHeaders,
          body: ref(EntityMerge),
          response: {
            200: ref(entity.schemas.item, { description: `The ${type} that stays, as stored after the merge` }),
            ...problems(400, 404, 409, 412, 413, 415, 422, 428),
          },
        },
      },
      async (request) => {
        const { idOrSlug } = request.params;
        const merged = requireCurrent(request, type, idOrSlug, findEntityRow(app.db, store.table, idOrSlug));
        const outcome = mergeEntity(app.db, type, merged, request.body.into);
        request.log.info({ merge: { type, merged: merged.id, ...outcome } }, `${type} merged`);
        return { data: orNotFound(store.find(app.db, outcome.targetId, 'editors'), type, outcome.targetId) };
      },
    );
  };
}
