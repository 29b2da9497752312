import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../errors.ts';
import { embedInQuotes } from '../repositories/embed.ts';
import { findQuote, listQuotes } from '../repositories/quotes.ts';
import {
  DEFAULT_LIMIT,
  IdParams,
  IncludeParam,
  PageQuery,
  parseInclude,
  readProblems,
  ref,
} from '../schemas/common.ts';
import { QUOTE_INCLUDES, QuoteItem, QuoteList, type QuoteInclude } from '../schemas/quotes.ts';
import { listEnvelope } from './envelope.ts';

export const QuoteListQuery = Type.Object(
  { ...PageQuery, include: IncludeParam(QUOTE_INCLUDES) },
  { additionalProperties: false },
);
const QuoteQuery = Type.Object({ include: IncludeParam(QUOTE_INCLUDES) }, { additionalProperties: false });

const quoteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'listQuotes',
        summary: 'List quotes',
        description: 'Quotes from published articles: newest article first, in reading order within each article.',
        querystring: QuoteListQuery,
        response: { 200: ref(QuoteList, { description: 'A page of quotes' }), 400: readProblems[400] },
      },
    },
    async (request, reply) => {
      const { limit = DEFAULT_LIMIT, cursor, include } = request.query;
      const page = listQuotes(app.db, { limit, cursor });
      const items = embedInQuotes(app.db, page.items, parseInclude<QuoteInclude>(include));
      return listEnvelope(request, reply, { ...page, items }, limit);
    },
  );

  app.get(
    '/quotes/:id',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'getQuote',
        summary: 'Get one quote',
        description: '`include=speaker` embeds the person or organisation who said it; `include=article` the article.',
        params: IdParams,
        querystring: QuoteQuery,
        response: { 200: ref(QuoteItem, { description: 'The quote' }), ...readProblems },
      },
    },
    async (request) => {
      const quote = findQuote(app.db, request.params.id);
      if (!quote) throw new NotFoundError('quote', request.params.id);
      const [data] = embedInQuotes(app.db, [quote], parseInclude<QuoteInclude>(request.query.include));
      return { data: data ?? quote };
    },
  );
};

export default quoteRoutes;
