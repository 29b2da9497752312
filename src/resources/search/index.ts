import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SEARCH_TYPES, search } from './repository.ts';
import { DEFAULT_LIMIT, StringEnum, ref } from '../../core/http/schemas.ts';
import { SearchResults } from './schema.ts';
import { listEnvelope } from '../../core/http/envelope.ts';
import { readProblems } from '../../core/http/problem-responses.ts';

const SearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 500,
      description:
        'What to find: words (all must match), "a phrase", prefix* , OR, NOT, (groups). Case and diacritics are ' +
        'ignored; a name also finds its aliases (Zelenskyy finds Zelensky). Names of people, places and organisations match as prefixes.',
    }),
    type: Type.Optional(
      Type.Array(StringEnum(SEARCH_TYPES), {
        minItems: 1,
        maxItems: SEARCH_TYPES.length,
        description: 'Only these kinds of result (repeatable); all by default',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({ format: 'int32', minimum: 1, maximum: 100, default: DEFAULT_LIMIT, description: 'Hits per page' }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque cursor from `meta.nextCursor`' })),
  },
  { additionalProperties: false },
);

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search everything',
        description:
          'Ranked full-text search (SQLite FTS5, BM25) across everything public: articles (archived ones too), quotes, ' +
          'people, places and organisations. ' +
          'Each hit has its type, score, a highlighted snippet and the resource itself. A malformed query is a 400 naming `q`.',
        querystring: SearchQuery,
        response: { 200: ref(SearchResults, { description: 'Hits, best first' }), 400: readProblems[400] },
      },
    },
    async (request, reply) => {
      const { q, type, limit = DEFAULT_LIMIT, cursor } = request.query;
      const page = await search(app.db, q, type ?? SEARCH_TYPES, { limit, cursor });
      return listEnvelope(request, reply, page, limit);
    },
  );
};

export default searchRoutes;
