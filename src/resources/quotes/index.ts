import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../../core/http/errors.ts';
import { audienceOf } from '../../core/plugins/auth.ts';
import { embedInQuotes } from '../articles/embed.ts';
import { findQuote } from './repository.ts';
import { IdParams, IncludeParam, parseInclude, ref } from '../../core/http/schemas.ts';
import { QUOTE_INCLUDES, QuoteItem, QuoteList, type QuoteInclude } from './schema.ts';
import { QuoteListQuery, sendQuoteList } from './list.ts';
import { readProblems } from '../../core/http/problem-responses.ts';

const QuoteQuery = Type.Object({ include: IncludeParam(QUOTE_INCLUDES) }, { additionalProperties: false });

const quoteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'listQuotes',
        summary: 'List quotes',
        description:
          'Quotes from published articles: newest article first, in reading order within each article. Filter by ' +
          'speaker (`match[speaker]=none` for "not by"), article, kind, channel, the people and places the words name, date and text.',
        querystring: QuoteListQuery,
        response: { 200: ref(QuoteList, { description: 'A page of quotes' }), 400: readProblems[400] },
      },
    },
    async (request, reply) => sendQuoteList(request, reply, request.query),
  );

  app.get(
    '/:id',
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
      const audience = audienceOf(request);
      const quote = await findQuote(app.db, request.params.id, audience);
      if (!quote) throw new NotFoundError('quote', request.params.id);
      const [data] = await embedInQuotes(app.db, [quote], parseInclude<QuoteInclude>(request.query.include), audience);
      return { data: data ?? quote };
    },
  );
};

export default quoteRoutes;
