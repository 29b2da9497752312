import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createQuote, deleteQuote, editorQuote, findQuoteRow, quoteInputOf, updateQuote } from './write-repository.ts';
import { IdParams, ref } from '../../core/http/schemas.ts';
import { QuoteInput, QuotePatch } from '../inputs.ts';
import { QuoteItem } from './schema.ts';
import { mergePatch } from '../../core/http/write-support.ts';
import { problems } from '../../core/http/problem-responses.ts';
import { resourceWrites } from '../../core/http/write-routes.ts';

/** Creating, changing and deleting quotes, each anchored to its article's text. */
const quoteWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const writes = resourceWrites({
    resource: 'quote',
    tags: ['quotes'],
    itemSchema: QuoteItem,
    params: IdParams,
    db: app.db,
    findRow: findQuoteRow,
    findItem: editorQuote,
  });

  app.post(
    '',
    writes.create({
      operationId: 'createQuote',
      summary: 'Create a quote',
      description:
        'Anchors a quote in an article: `plainText.slice(start, end)` must equal `text` (422 otherwise). Without ' +
        'offsets the text is found in the article, and must occur there exactly once. The speaker is a person or ' +
        'an organisation, by id or slug.',
      body: ref(QuoteInput),
      problems: problems(422),
    }),
    async (request, reply) => {
      const id = await createQuote(app.db, request.body);
      return reply
        .code(201)
        .header('location', `/quotes/${id}`)
        .send(await writes.answer(id));
    },
  );

  app.put(
    '/:id',
    writes.change({
      operationId: 'replaceQuote',
      summary: 'Replace a quote',
      description: 'All of the quote, checked as on create (fields left out become null). Needs If-Match.',
      body: ref(QuoteInput),
      problems: problems(422),
    }),
    async (request) => {
      const current = await writes.within(request, request.params.id, (db, current) =>
        updateQuote(db, current, request.body),
      );
      return writes.answer(current.id);
    },
  );

  app.patch(
    '/:id',
    writes.change({
      operationId: 'updateQuote',
      summary: 'Change some fields of a quote',
      description: 'JSON Merge Patch. A new `text` without offsets is looked up in the article again. Needs If-Match.',
      body: ref(QuotePatch),
      problems: problems(422),
    }),
    async (request) => {
      const current = await writes.within(request, request.params.id, (db, current) => {
        const stored = quoteInputOf(current);
        // New words or another article without new offsets: the old offsets no longer apply, so the
        // words are found afresh; the speaker's mention, if not given again, is not known there.
        const moved = request.body.articleId !== undefined && request.body.articleId !== stored.articleId;
        const relocate = (request.body.text !== undefined || moved) && request.body.start === undefined;
        const base = {
          ...stored,
          ...(relocate && { start: undefined, end: undefined }),
          ...(moved && { speakerMention: null }),
        };
        return updateQuote(db, current, mergePatch(base, request.body));
      });
      return writes.answer(current.id);
    },
  );

  app.delete(
    '/:id',
    writes.remove({ operationId: 'deleteQuote', summary: 'Delete a quote', description: 'Needs If-Match.' }),
    async (request, reply) => {
      await writes.within(request, request.params.id, deleteQuote);
      return reply.code(204).send(null);
    },
  );
};

export default quoteWriteRoutes;
