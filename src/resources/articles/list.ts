import { audienceOf, requireScope } from '../../core/plugins/auth.ts';
import { Type, type Static } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ARTICLE_SORT_FIELDS, countArticles, listArticles, type ArticleFilters } from './repository.ts';
import { embedInArticles } from './embed.ts';
import { PUBLIC_STATUSES } from '../../core/db/visibility.ts';
import { ARTICLE_INCLUDES, ArticleSummary, type ArticleInclude } from './schema.ts';
import { Organisation } from '../organisations/schema.ts';
import { Person } from '../people/schema.ts';
import { Place } from '../places/schema.ts';
import {
  articleFilters,
  embeddedFields,
  fieldNamesOf,
  listControls,
  SPEAKER_FIELDS,
} from '../../core/http/query-schemas.ts';
import { Quote } from '../quotes/schema.ts';
import { sendList } from '../../core/http/lists.ts';
import { dateRangeParam, relationParam } from '../../core/http/list-params.ts';

export const ArticleListQuery = Type.Object(
  {
    ...articleFilters,
    ...listControls({
      sortFields: ARTICLE_SORT_FIELDS,
      defaultSort: '-publishedAt',
      fieldNames: fieldNamesOf(ArticleSummary),
      includes: ARTICLE_INCLUDES,
    }),
    ...embeddedFields({
      quotes: fieldNamesOf(Quote),
      people: fieldNamesOf(Person),
      places: fieldNamesOf(Place),
      organisations: fieldNamesOf(Organisation),
      speaker: SPEAKER_FIELDS,
    }),
  },
  { additionalProperties: false },
);
export type ArticleListQuery = Static<typeof ArticleListQuery>;

/** The filters a list query asks for, with `scope` from the route (e.g. about one person). */
export async function articleFiltersFrom(
  request: FastifyRequest,
  query: ArticleListQuery,
  scope?: SQL,
): Promise<ArticleFilters> {
  const db = request.server.db;
  const audience = audienceOf(request);
  const status = query.status ?? ['published'];
  // Lists of what is not public (drafts, scheduled articles) are for editors.
  const unpublic = status.filter((s) => !(PUBLIC_STATUSES as readonly string[]).includes(s));
  if (unpublic.length > 0) requireScope(request, 'read:drafts');
  return {
    status,
    language: query.language,
    ...dateRangeParam(query.from, query.to),
    q: query.q,
    person: await relationParam(db, 'person', query.person, query['match[person]'], 'person', audience),
    place: await relationParam(db, 'place', query.place, query['match[place]'], 'place', audience),
    organisation: await relationParam(
      db,
      'organisation',
      query.organisation,
      query['match[organisation]'],
      'organisation',
      audience,
    ),
    hasQuotes: query.hasQuotes,
    scope,
  };
}

/** Answers an article list: filters, page, includes, total, fields. */
export function sendArticleList(request: FastifyRequest, reply: FastifyReply, query: ArticleListQuery, scope?: SQL) {
  return sendList(request, reply, query, {
    filters: articleFiltersFrom(request, query, scope),
    list: listArticles,
    count: countArticles,
    embed: (db, items, include: Set<ArticleInclude>) => embedInArticles(db, items, include, audienceOf(request)),
    relations: (filters) => [filters.person, filters.place, filters.organisation],
  });
}
