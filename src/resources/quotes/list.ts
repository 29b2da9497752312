import { Type, type Static } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { embedInQuotes } from '../articles/embed.ts';
import { QUOTE_SORT_FIELDS, countQuotes, listQuotes, type QuoteFilters } from './repository.ts';
import { ArticleSummary } from '../articles/schema.ts';
import {
  embeddedFields,
  fieldNamesOf,
  listControls,
  quoteFilters,
  SPEAKER_FIELDS,
} from '../../core/http/query-schemas.ts';
import { QUOTE_INCLUDES, Quote, type QuoteInclude } from './schema.ts';
import { sendList } from '../../core/http/lists.ts';
import { dateRangeParam, relationParam, resolveRefs, speakerParam } from '../../core/http/list-params.ts';
import { audienceOf } from '../../core/plugins/auth.ts';

export const QuoteListQuery = Type.Object(
  {
    ...quoteFilters,
    ...listControls({
      sortFields: QUOTE_SORT_FIELDS,
      defaultSort: '-publishedAt',
      fieldNames: fieldNamesOf(Quote),
      includes: QUOTE_INCLUDES,
    }),
    ...embeddedFields({
      speaker: SPEAKER_FIELDS,
      article: fieldNamesOf(ArticleSummary),
    }),
  },
  { additionalProperties: false },
);
export type QuoteListQuery = Static<typeof QuoteListQuery>;

/**
 * The articles `article=` names, among those the caller may read: published or archived ones, and
 * with a `read:drafts` key any (an editor checking a draft's quotes).
 */
async function articleIds(request: FastifyRequest, values: string[] | undefined): Promise<string[] | undefined> {
  if (!values?.length) return undefined;
  return resolveRefs(request.server.db, 'article', values, 'article', audienceOf(request));
}

export async function quoteFiltersFrom(
  request: FastifyRequest,
  query: QuoteListQuery,
  scope?: SQL,
): Promise<QuoteFilters> {
  const db = request.server.db;
  const audience = audienceOf(request);
  return {
    audience,
    speaker: await speakerParam(db, query.speaker, query['match[speaker]'], audience),
    article: await articleIds(request, query.article),
    kind: query.kind,
    channel: query.channel,
    person: await relationParam(db, 'person', query.person, query['match[person]'], 'person', audience),
    place: await relationParam(db, 'place', query.place, query['match[place]'], 'place', audience),
    ...dateRangeParam(query.from, query.to),
    q: query.q,
    hasSpeaker: query.hasSpeaker,
    scope,
  };
}

/** Answers a quote list: filters, page, includes, total, fields. */
export function sendQuoteList(request: FastifyRequest, reply: FastifyReply, query: QuoteListQuery, scope?: SQL) {
  return sendList(request, reply, query, {
    filters: quoteFiltersFrom(request, query, scope),
    list: listQuotes,
    count: countQuotes,
    // An editor's list may hold a draft's quotes (`article=`): their article embeds too.
    embed: (db, items, include: Set<QuoteInclude>) => embedInQuotes(db, items, include, audienceOf(request)),
    relations: (filters) => [filters.speaker, filters.person, filters.place],
  });
}
