import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readChanges } from './repository.ts';
import { CHANGE_TYPES, ChangeFeed } from './schema.ts';
import { StringEnum, ref } from '../../core/http/schemas.ts';
import { baseUrl } from '../../core/http/envelope.ts';
import { readProblems } from '../../core/http/problem-responses.ts';

const PATHS = {
  article: 'articles',
  quote: 'quotes',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};

const ChangesQuery = Type.Object(
  {
    since: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Cursor from `meta.nextCursor`; omit to read from the beginning' }),
    ),
    type: Type.Optional(
      Type.Array(StringEnum(CHANGE_TYPES), {
        minItems: 1,
        maxItems: 5,
        description: 'Only these resource types (repeatable)',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        format: 'int32',
        minimum: 1,
        maximum: 1000,
        default: 100,
        description: 'Changes per page (1–1000)',
      }),
    ),
  },
  { additionalProperties: false },
);

const changeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'Change feed',
        description:
          'Every create, update and delete across resources, in commit order, with tombstones. Read from the start, ' +
          'then poll with `since=meta.nextCursor` to keep a cache or a copy in sync without re-reading everything.',
        querystring: ChangesQuery,
        response: {
          200: ref(ChangeFeed, { description: 'Changes after `since`, oldest first' }),
          400: readProblems[400],
        },
      },
    },
    async (request, reply) => {
      const { since, type, limit = 100 } = request.query;
      const base = baseUrl(request);
      const page = await readChanges(app.db, since, limit, type ?? CHANGE_TYPES);
      const self = new URL(request.url, base);
      const next = new URL(self);
      next.searchParams.set('since', page.nextCursor);
      reply.header('link', `<${next.toString()}>; rel="next"`);
      // A sync feed must never be served stale from a cache.
      reply.header('cache-control', 'no-cache');
      return {
        data: page.items.map((change) => ({
          ...change,
          href: change.action === 'delete' ? null : `${base}/${PATHS[change.type]}/${change.id}`,
        })),
        meta: { limit, count: page.items.length, nextCursor: page.nextCursor, hasMore: page.hasMore },
        links: { self: self.toString(), next: next.toString(), prev: null },
      };
    },
  );
};

export default changeRoutes;
