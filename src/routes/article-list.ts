import { Type, type Static } from '@sinclair/typebox';
import type { SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ARTICLE_SORT_FIELDS, countArticles, listArticles, type ArticleFilters } from '../repositories/articles.ts';
import { embedInArticles } from '../repositories/embed.ts';
import { ARTICLE_INCLUDES, ArticleSummary, type ArticleInclude } from '../schemas/articles.ts';
import { DEFAULT_LIMIT, parseInclude } from '../schemas/common.ts';
import { Organisation } from '../schemas/organisations.ts';
import { Person } from '../schemas/people.ts';
import { Place } from '../schemas/places.ts';
import { articleFilters, embeddedFields, listControls } from '../schemas/queries.ts';
import { Quote } from '../schemas/quotes.ts';
import { listEnvelope } from './envelope.ts';
import { dateRangeParam, relationParam } from './list-params.ts';
import { applyFields, fieldSelection } from './shape.ts';

const names = (schema: { properties: object }) => Object.keys(schema.properties);

export const ArticleListQuery = Type.Object(
  {
    ...articleFilters,
    ...listControls({
      sortFields: ARTICLE_SORT_FIELDS,
      defaultSort: '-publishedAt',
      fieldNames: names(ArticleSummary),
      includes: ARTICLE_INCLUDES,
    }),
    ...embeddedFields({
      quotes: names(Quote),
      people: names(Person),
      places: names(Place),
      organisations: names(Organisation),
      speaker: [...new Set([...names(Person), ...names(Organisation)])],
    }),
  },
  { additionalProperties: false },
);
export type ArticleListQuery = Static<typeof ArticleListQuery>;

/** The filters a list query asks for, with `scope` from the route (e.g. about one person). */
export function articleFiltersFrom(request: FastifyRequest, query: ArticleListQuery, scope?: SQL): ArticleFilters {
  const db = request.server.db;
  return {
    status: query.status ?? ['published'],
    language: query.language,
    ...dateRangeParam(query.from, query.to),
    q: query.q,
    person: relationParam(db, 'person', query.person, query['match[person]'], 'person'),
    place: relationParam(db, 'place', query.place, query['match[place]'], 'place'),
    organisation: relationParam(db, 'organisation', query.organisation, query['match[organisation]'], 'organisation'),
    hasQuotes: query.hasQuotes,
    scope,
  };
}

/** Answers an article list: filters, page, includes, total, fields. */
export function sendArticleList(request: FastifyRequest, reply: FastifyReply, query: ArticleListQuery, scope?: SQL) {
  const db = request.server.db;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const filters = articleFiltersFrom(request, query, scope);
  const page = listArticles(db, { limit, cursor: query.cursor }, filters, query.sort);
  const items = embedInArticles(db, page.items, parseInclude<ArticleInclude>(query.include));
  const total = query.total ? countArticles(db, filters) : undefined;
  return applyFields(reply, listEnvelope(request, reply, { ...page, items }, limit, total), fieldSelection(query));
}
