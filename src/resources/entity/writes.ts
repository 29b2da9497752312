import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { EntityTable } from '../../core/db/named-tables.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { orNotFound } from '../../core/http/errors.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { problems } from '../../core/http/problem-responses.ts';
import { IdOrSlugParams, ref } from '../../core/http/schemas.ts';
import { IfMatchHeaders, mergePatch } from '../../core/http/write-support.ts';
import { resourceWrites } from '../../core/http/write-routes.ts';
import type { EntityItem, EntityWriteSide } from './descriptor.ts';
import { mergeEntity } from './merge.ts';
import { createEntity, deleteEntity, findEntityRow, updateEntity } from './repository.ts';
import { EntityMerge } from './schema.ts';
import type { StoredEntity } from './store.ts';
import { onPrimary } from '../../core/db/queries.ts';

/** An entity's writes (POST, PUT, PATCH, DELETE) and its merge: each needs a `write` key, each change If-Match. */

const DeleteQuery = Type.Object(
  {
    cascade: Type.Optional(
      Type.Boolean({ default: false, description: 'Also delete (or detach) what refers to it, instead of a 409' }),
    ),
  },
  { additionalProperties: false },
);

/** POST, PUT, PATCH and DELETE (`writes`), and the merge (`merge`: app.ts registers it later, for the document's order). */
export function entityWrites<
  Table extends EntityTable,
  Item extends EntityItem,
  Row extends StoredEntity,
  Input extends TSchema,
  Patch extends TSchema & { static: Partial<Static<Input>> },
>(entity: EntityWriteSide<Table, Item, Row, Input, Patch>) {
  return { writes: entityChanges(entity), merge: entityMerge(entity) };
}

function entityChanges<
  Table extends EntityTable,
  Item extends EntityItem,
  Row extends StoredEntity,
  Input extends TSchema,
  Patch extends TSchema & { static: Partial<Static<Input>> },
>(entity: EntityWriteSide<Table, Item, Row, Input, Patch>): FastifyPluginAsyncTypebox {
  const { store, schemas } = entity;
  const { type } = store;
  const operationName = entity.names.singular;
  return async (app) => {
    const writes = resourceWrites({
      resource: type,
      tags: [entity.names.plural.toLowerCase()],
      itemSchema: schemas.item,
      params: IdOrSlugParams,
      db: app.db,
      findRow: (db, idOrSlug) => findEntityRow(db, type, idOrSlug),
      findItem: (db, id) => store.find(db, id, 'editors'),
    });

    app.post(
      '',
      writes.create({
        operationId: `create${operationName}`,
        summary: `Create a ${type}`,
        description: `The slug is made from the name (transliterated, made unique) unless given.`,
        body: ref(schemas.input),
        problems: problems(422),
      }),
      async (request, reply) => {
        const id = await createEntity(app.db, store, request.body);
        return reply
          .code(201)
          .header('location', `${app.prefix}/${id}`)
          .send(await writes.answer(id));
      },
    );

    app.put(
      '/:idOrSlug',
      writes.change({
        operationId: `replace${operationName}`,
        summary: `Replace a ${type}`,
        description: `All of the ${type} (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.`,
        body: ref(schemas.input),
        problems: problems(422),
      }),
      async (request) => {
        const row = await writes.within(request, request.params.idOrSlug, (db, row) =>
          updateEntity(db, store, row, request.body),
        );
        return writes.answer(row.id);
      },
    );

    app.patch(
      '/:idOrSlug',
      writes.change({
        operationId: `update${operationName}`,
        summary: `Change some fields of a ${type}`,
        description: 'JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.',
        body: ref(schemas.patch),
        problems: problems(422),
      }),
      async (request) => {
        const patch: Static<Patch> = request.body;
        const row = await writes.within(request, request.params.idOrSlug, async (db, row) => {
          const stored = orNotFound(await store.find(db, row.id, 'editors'), type, row.id);
          return updateEntity(db, store, row, mergePatch(store.asInput(stored), patch));
        });
        return writes.answer(row.id);
      },
    );

    const removal = writes.remove({
      operationId: `delete${operationName}`,
      summary: `Delete a ${type}`,
      description: `While anything refers to the ${type} the answer is 409, saying what does. With \`cascade=true\`, ${entity.cascadeDescription}. Needs If-Match.`,
    });
    app.delete(
      '/:idOrSlug',
      { ...removal, schema: { ...removal.schema, querystring: DeleteQuery } },
      async (request, reply) => {
        await writes.within(request, request.params.idOrSlug, (db, row) =>
          deleteEntity(db, store, row, request.query.cascade ?? false),
        );
        return reply.code(204).send(null);
      },
    );
  };
}

/** `POST {prefix}/{idOrSlug}/merge`. */
function entityMerge<
  Table extends EntityTable,
  Item extends EntityItem,
  Row extends StoredEntity,
  Input extends TSchema,
  Patch extends TSchema & { static: Partial<Static<Input>> },
>(entity: EntityWriteSide<Table, Item, Row, Input, Patch>): FastifyPluginAsyncTypebox {
  const { store } = entity;
  const { type } = store;
  const tag = entity.names.plural.toLowerCase();
  return async (app) => {
    app.post(
      '/:idOrSlug/merge',
      {
        config: { scope: 'write' },
        schema: {
          tags: [tag],
          operationId: `merge${entity.names.singular}`,
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
        const { merged, outcome } = await inTransaction(app.db, async (db) => {
          const merged = requireCurrent(request, type, idOrSlug, await findEntityRow(db, type, idOrSlug));
          return { merged, outcome: await mergeEntity(db, store, merged, request.body.into) };
        });
        request.log.info({ merge: { type, merged: merged.id, ...outcome } }, `${type} merged`);
        return {
          data: orNotFound(await store.find(onPrimary(app.db), outcome.targetId, 'editors'), type, outcome.targetId),
        };
      },
    );
  };
}
