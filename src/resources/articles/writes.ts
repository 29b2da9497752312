import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../../core/db/client.ts';
import {
  changeStatus,
  createArticle,
  deleteArticle,
  editorView,
  findArticleRow,
  inputOf,
  updateArticle,
} from './write-repository.ts';
import { ArticleItem } from './schema.ts';
import { IdOrSlugParams, ref } from '../../core/http/schemas.ts';
import { ArticleInput, ArticlePatch, StatusChange } from '../inputs.ts';
import { actorOf, mergePatch } from '../../core/http/write-support.ts';
import { problems } from '../../core/http/problem-responses.ts';
import { resourceWrites } from '../../core/http/write-routes.ts';

/** The wiring article writes share: the row a write names at its If-Match version, the article answered. */
export const articleWrites = (db: Db) =>
  resourceWrites({
    resource: 'article',
    tags: ['articles'],
    itemSchema: ArticleItem,
    params: IdOrSlugParams,
    db,
    findRow: findArticleRow,
    findItem: editorView,
  });

/** Creating, changing, deleting articles, and moving them through the editorial workflow. */
const articleWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const writes = articleWrites(app.db);

  app.post(
    '',
    writes.create({
      operationId: 'createArticle',
      summary: 'Create an article',
      description:
        'Creates a **draft** from headline, body blocks and language; the slug is made from the headline unless ' +
        'given. Offsets, plain text and word count are computed. Publish it with `PUT /articles/{idOrSlug}/status`.',
      body: ref(ArticleInput),
      answered: 'The new draft',
    }),
    async (request, reply) => {
      const id = await createArticle(app.db, request.body, actorOf(request));
      return reply
        .code(201)
        .header('location', `/articles/${id}`)
        .send(await writes.answer(id));
    },
  );

  app.put(
    '/:idOrSlug',
    writes.change({
      operationId: 'replaceArticle',
      summary: 'Replace an article',
      description:
        'Replaces the article content (fields left out become null). Quotes and mentions move with their words; ' +
        'a change that removes a quote’s words is refused (409) naming the quote. A new slug keeps the old one ' +
        'redirecting (301). Needs If-Match.',
      body: ref(ArticleInput),
    }),
    async (request) => {
      const current = await writes.within(request, request.params.idOrSlug, (db, current) =>
        updateArticle(db, current, request.body, actorOf(request)),
      );
      return writes.answer(current.id);
    },
  );

  app.patch(
    '/:idOrSlug',
    writes.change({
      operationId: 'updateArticle',
      summary: 'Change some fields of an article',
      description:
        'JSON Merge Patch (`application/merge-patch+json` or `application/json`): the fields sent replace the ' +
        'stored ones, `null` clears one. Same rules as PUT. Needs If-Match.',
      body: ref(ArticlePatch),
    }),
    async (request) => {
      const current = await writes.within(request, request.params.idOrSlug, (db, current) =>
        updateArticle(db, current, mergePatch(inputOf(current), request.body), actorOf(request)),
      );
      return writes.answer(current.id);
    },
  );

  app.delete(
    '/:idOrSlug',
    writes.remove({
      operationId: 'deleteArticle',
      summary: 'Delete an article',
      description: 'Deletes the article with its quotes and mentions. Its revisions are kept. Needs If-Match.',
    }),
    async (request, reply) => {
      await writes.within(request, request.params.idOrSlug, deleteArticle);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/:idOrSlug/status',
    writes.change({
      operationId: 'changeArticleStatus',
      summary: 'Move an article through the workflow',
      description:
        'draft → scheduled (with `publishAt`; it goes live then, by itself) → published → archived. A scheduled ' +
        'or published article can return to draft; an archived one can be published again. `publishedAt` ' +
        'backdates a publication. A move that the workflow does not allow is a 409. Needs If-Match.',
      body: ref(StatusChange),
      problems: problems(422),
      answered: 'The article in its new status',
      tags: ['workflow'],
    }),
    async (request) => {
      const current = await writes.within(request, request.params.idOrSlug, (db, current) =>
        changeStatus(db, current, request.body, actorOf(request)),
      );
      app.scheduler.wake();
      return writes.answer(current.id);
    },
  );
};

export default articleWriteRoutes;
