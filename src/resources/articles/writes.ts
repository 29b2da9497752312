import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { orNotFound } from '../../core/http/errors.ts';
import {
  changeStatus,
  createArticle,
  deleteArticle,
  findArticleRow,
  inputOf,
  updateArticle,
  type ArticleRow,
} from './write-repository.ts';
import { findArticle } from './repository.ts';
import { ArticleItem } from './schema.ts';
import { IdOrSlugParams, ref } from '../../core/http/schemas.ts';
import { ArticleInput, ArticlePatch, StatusChange } from '../inputs.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { actorOf, createdHeaders, IfMatchHeaders, mergePatch } from '../../core/http/write-support.ts';
import { createProblems, deleteProblems, problems, updateProblems } from '../../core/http/problem-responses.ts';

/** Creating, changing, deleting articles, and moving them through the editorial workflow. */
const articleWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const write = { scope: 'write' } as const;
  const item = (id: string) => ({ data: orNotFound(findArticle(app.db, id, 'editors'), 'article', id) });

  /** The article a write names, at the version If-Match names (else 404, 428 or 412). */
  const currentArticle = (request: FastifyRequest, idOrSlug: string): ArticleRow =>
    requireCurrent(request, 'article', idOrSlug, findArticleRow(app.db, idOrSlug));

  app.post(
    '',
    {
      config: write,
      schema: {
        tags: ['articles'],
        operationId: 'createArticle',
        summary: 'Create an article',
        description:
          'Creates a **draft** from headline, body blocks and language; the slug is made from the headline unless ' +
          'given. Offsets, plain text and word count are computed. Publish it with `PUT /articles/{idOrSlug}/status`.',
        body: ref(ArticleInput),
        response: {
          201: { ...ref(ArticleItem), description: 'The new draft', headers: createdHeaders },
          ...createProblems,
        },
      },
    },
    async (request, reply) => {
      const id = createArticle(app.db, request.body, actorOf(request));
      return reply.code(201).header('location', `/articles/${id}`).send(item(id));
    },
  );

  app.put(
    '/:idOrSlug',
    {
      config: write,
      schema: {
        tags: ['articles'],
        operationId: 'replaceArticle',
        summary: 'Replace an article',
        description:
          'Replaces the article content (fields left out become null). Quotes and mentions move with their words; ' +
          'a change that removes a quote’s words is refused (409) naming the quote. A new slug keeps the old one ' +
          'redirecting (301). Needs If-Match.',
        params: IdOrSlugParams,
        headers: IfMatchHeaders,
        body: ref(ArticleInput),
        response: { 200: ref(ArticleItem, { description: 'The article as stored' }), ...updateProblems },
      },
    },
    async (request) => {
      const current = currentArticle(request, request.params.idOrSlug);
      updateArticle(app.db, current, request.body, actorOf(request));
      return item(current.id);
    },
  );

  app.patch(
    '/:idOrSlug',
    {
      config: write,
      schema: {
        tags: ['articles'],
        operationId: 'updateArticle',
        summary: 'Change some fields of an article',
        description:
          'JSON Merge Patch (`application/merge-patch+json` or `application/json`): the fields sent replace the ' +
          'stored ones, `null` clears one. Same rules as PUT. Needs If-Match.',
        params: IdOrSlugParams,
        headers: IfMatchHeaders,
        body: ref(ArticlePatch),
        response: { 200: ref(ArticleItem, { description: 'The article as stored' }), ...updateProblems },
      },
    },
    async (request) => {
      const current = currentArticle(request, request.params.idOrSlug);
      updateArticle(app.db, current, mergePatch(inputOf(current), request.body), actorOf(request));
      return item(current.id);
    },
  );

  app.delete(
    '/:idOrSlug',
    {
      config: write,
      schema: {
        tags: ['articles'],
        operationId: 'deleteArticle',
        summary: 'Delete an article',
        description: 'Deletes the article with its quotes and mentions. Its revisions are kept. Needs If-Match.',
        params: IdOrSlugParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null({ description: 'Deleted' }), ...deleteProblems },
      },
    },
    async (request, reply) => {
      deleteArticle(app.db, currentArticle(request, request.params.idOrSlug));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/:idOrSlug/status',
    {
      config: write,
      schema: {
        tags: ['workflow'],
        operationId: 'changeArticleStatus',
        summary: 'Move an article through the workflow',
        description:
          'draft → scheduled (with `publishAt`; it goes live then, by itself) → published → archived. A scheduled ' +
          'or published article can return to draft; an archived one can be published again. `publishedAt` ' +
          'backdates a publication. A move that the workflow does not allow is a 409. Needs If-Match.',
        params: IdOrSlugParams,
        headers: IfMatchHeaders,
        body: ref(StatusChange),
        response: {
          200: ref(ArticleItem, { description: 'The article in its new status' }),
          ...updateProblems,
          ...problems(422),
        },
      },
    },
    async (request) => {
      const current = currentArticle(request, request.params.idOrSlug);
      changeStatus(app.db, current, request.body, actorOf(request));
      app.scheduler.wake();
      return item(current.id);
    },
  );
};

export default articleWriteRoutes;
