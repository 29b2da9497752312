import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import { orNotFound } from '../../core/http/errors.ts';
import { mergeEntity } from './merge.ts';
import { findEntity, findEntityRow, type EntityType } from './repository.ts';
import { IdOrSlugParams, ref } from '../../core/http/schemas.ts';
import { EntityMerge } from './schema.ts';
import { OrganisationItem } from '../organisations/schema.ts';
import { PersonItem } from '../people/schema.ts';
import { PlaceItem } from '../places/schema.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { IfMatchHeaders, problems } from '../../core/http/write-support.ts';

interface MergeRouteOptions {
  type: EntityType;
  plural: string;
  operationName: string;
  item: TSchema;
  /** What moves to the target, in the route's description. */
  moves: string;
}

/** `POST /{plural}/{idOrSlug}/merge`: one definition for people, places and organisations. */
function mergeRoute({ type, plural, operationName, item, moves }: MergeRouteOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      `/${plural}/:idOrSlug/merge`,
      {
        config: { scope: 'write' },
        schema: {
          tags: [plural],
          operationId: `merge${operationName}`,
          summary: `Merge a ${type} into another`,
          description:
            `For duplicates: the ${type} in the path is merged into the one \`into\` names, and deleted. ${moves} ` +
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
            200: ref(item, { description: `The ${type} that stays, as stored after the merge` }),
            ...problems(400, 404, 409, 412, 413, 415, 422, 428),
          },
        },
      },
      async (request) => {
        const { idOrSlug } = request.params;
        const merged = requireCurrent(request, type, idOrSlug, findEntityRow(app.db, type, idOrSlug));
        const outcome = mergeEntity(app.db, type, merged, request.body.into);
        request.log.info({ merge: { type, merged: merged.id, ...outcome } }, `${type} merged`);
        return { data: orNotFound(findEntity(app.db, type, outcome.targetId), type, outcome.targetId) };
      },
    );
  };
}

export const personMergeRoute = mergeRoute({
  type: 'person',
  plural: 'people',
  operationName: 'Person',
  item: PersonItem,
  moves: 'Their quotes, mentions and roles (except roles the target already holds)',
});

export const placeMergeRoute = mergeRoute({
  type: 'place',
  plural: 'places',
  operationName: 'Place',
  item: PlaceItem,
  moves: 'Its mentions, the places inside it, the organisations of it and the roles in it',
});

export const organisationMergeRoute = mergeRoute({
  type: 'organisation',
  plural: 'organisations',
  operationName: 'Organisation',
  item: OrganisationItem,
  moves: 'Its quotes, mentions and the roles in it',
});
