import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { orNotFound } from '../../core/http/errors.ts';
import { createEntity, deleteEntity, findEntity, findEntityRow, updateEntity, type EntityType } from './repository.ts';
import { IdOrSlugParams, ref } from '../../core/http/schemas.ts';
import { OrganisationInput, OrganisationPatch, PersonInput, PersonPatch, PlaceInput, PlacePatch } from '../inputs.ts';
import { OrganisationItem } from '../organisations/schema.ts';
import { PersonItem } from '../people/schema.ts';
import { PlaceItem } from '../places/schema.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import {
  createdHeaders,
  createProblems,
  deleteProblems,
  IfMatchHeaders,
  mergePatch,
  problems,
  updateProblems,
} from '../../core/http/write-support.ts';

interface EntityWriteOptions {
  type: EntityType;
  plural: string;
  operationName: string;
  input: TSchema;
  patch: TSchema;
  item: TSchema;
  /** What a delete with `cascade=true` does to what refers to the entity. */
  cascadeDescription: string;
}

const DeleteQuery = Type.Object(
  {
    cascade: Type.Optional(
      Type.Boolean({ default: false, description: 'Also delete (or detach) what refers to it, instead of a 409' }),
    ),
  },
  { additionalProperties: false },
);

/** POST, PUT, PATCH and DELETE for people, places and organisations: one definition for the three. */
function entityWriteRoutes(options: EntityWriteOptions): FastifyPluginAsyncTypebox {
  const { type, plural, operationName } = options;
  return async (app) => {
    const write = { scope: 'write' } as const;
    const item = (id: string) => ({ data: orNotFound(findEntity(app.db, type, id), type, id) });
    const current = (request: FastifyRequest, idOrSlug: string) =>
      requireCurrent(request, type, idOrSlug, findEntityRow(app.db, type, idOrSlug));
    /** The stored fields as a PUT body would give them, for merging a PATCH onto. */
    const storedInput = (id: string): Record<string, unknown> => {
      const { data } = item(id) as { data: Record<string, unknown> };
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = data;
      return fields;
    };

    app.post(
      `/${plural}`,
      {
        config: write,
        schema: {
          tags: [plural],
          operationId: `create${operationName}`,
          summary: `Create a ${type}`,
          description: `The slug is made from the name (transliterated, made unique) unless given.`,
          body: ref(options.input),
          response: {
            201: { ...ref(options.item), description: `The new ${type}`, headers: createdHeaders },
            ...createProblems,
            ...problems(422),
          },
        },
      },
      async (request, reply) => {
        const id = createEntity(app.db, type, request.body as never);
        return reply.code(201).header('location', `/${plural}/${id}`).send(item(id));
      },
    );

    app.put(
      `/${plural}/:idOrSlug`,
      {
        config: write,
        schema: {
          tags: [plural],
          operationId: `replace${operationName}`,
          summary: `Replace a ${type}`,
          description: `All of the ${type} (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.`,
          params: IdOrSlugParams,
          headers: IfMatchHeaders,
          body: ref(options.input),
          response: {
            200: ref(options.item, { description: `The ${type} as stored` }),
            ...updateProblems,
            ...problems(422),
          },
        },
      },
      async (request) => {
        const row = current(request, request.params.idOrSlug);
        updateEntity(app.db, type, row, request.body as never);
        return item(row.id);
      },
    );

    app.patch(
      `/${plural}/:idOrSlug`,
      {
        config: write,
        schema: {
          tags: [plural],
          operationId: `update${operationName}`,
          summary: `Change some fields of a ${type}`,
          description: 'JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.',
          params: IdOrSlugParams,
          headers: IfMatchHeaders,
          body: ref(options.patch),
          response: {
            200: ref(options.item, { description: `The ${type} as stored` }),
            ...updateProblems,
            ...problems(422),
          },
        },
      },
      async (request) => {
        const row = current(request, request.params.idOrSlug);
        updateEntity(app.db, type, row, mergePatch(storedInput(row.id), request.body as object) as never);
        return item(row.id);
      },
    );

    app.delete(
      `/${plural}/:idOrSlug`,
      {
        config: write,
        schema: {
          tags: [plural],
          operationId: `delete${operationName}`,
          summary: `Delete a ${type}`,
          description: `While anything refers to the ${type} the answer is 409, saying what does. With \`cascade=true\`, ${options.cascadeDescription}. Needs If-Match.`,
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

export const personWriteRoutes = entityWriteRoutes({
  type: 'person',
  plural: 'people',
  operationName: 'Person',
  input: PersonInput,
  patch: PersonPatch,
  item: PersonItem,
  cascadeDescription: 'their quotes and mentions are deleted too',
});

export const placeWriteRoutes = entityWriteRoutes({
  type: 'place',
  plural: 'places',
  operationName: 'Place',
  input: PlaceInput,
  patch: PlacePatch,
  item: PlaceItem,
  cascadeDescription:
    'its mentions and the roles in that country are deleted, and places and organisations inside it are detached',
});

export const organisationWriteRoutes = entityWriteRoutes({
  type: 'organisation',
  plural: 'organisations',
  operationName: 'Organisation',
  input: OrganisationInput,
  patch: OrganisationPatch,
  item: OrganisationItem,
  cascadeDescription: 'its quotes, mentions and the roles in it are deleted',
});
