import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { orNotFound } from '../../core/http/errors.ts';
import {
  createQuote,
  deleteQuote,
  editorQuote,
  findQuoteRow,
  quoteInputOf,
  updateQuote,
  type QuoteRow,
} from './write-repository.ts';
import { IdParams, ref } from '../../core/http/schemas.ts';
import { QuoteInput, QuotePatch } from '../inputs.ts';
import { QuoteItem } from './schema.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { createdHeaders, IfMatchHeaders, mergePatch } from '../../core/http/write-support.ts';
import { createProblems, deleteProblems, problems, updateProblems } from '../../core/http/problem-responses.ts';

/** Creating, changing and deleting quotes, each anchored to its article's text. */
const quoteWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const write = { scope: 'write' } as const;
  const item = (id: string) => ({ data: orNotFound(editorQuote(app.db, id), 'quote', id) });
  const currentQuote = (request: FastifyRequest, id: string): QuoteRow =>
    requireCurrent(request, 'quote', id, findQuoteRow(app.db, id));

  app.post(
    '',
    {
      config: write,
      schema: {
        tags: ['quotes'],
        operationId: 'createQuote',
        summary: 'Create a quote',
        description:
          'Anchors a quote in an article: `plainText.slice(start, end)` must equal `text` (422 otherwise). Without ' +
          'offsets the text is found in the article, and must occur there exactly once. The speaker is a person or ' +
          'an organisation, by id or slug.',
        body: ref(QuoteInput),
        response: {
          201: { ...ref(QuoteItem), description: 'The new quote', headers: createdHeaders },
          ...createProblems,
          ...problems(422),
        },
      },
    },
    async (request, reply) => {
      const id = createQuote(app.db, request.body);
      return reply.code(201).header('location', `/quotes/${id}`).send(item(id));
    },
  );

  app.put(
    '/:id',
    {
      config: write,
      schema: {
        tags: ['quotes'],
        operationId: 'replaceQuote',
        summary: 'Replace a quote',
        description: 'All of the quote, checked as on create (fields left out become null). Needs If-Match.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ref(QuoteInput),
        response: {
          200: ref(QuoteItem, { description: 'The quote as stored' }),
          ...updateProblems,
          ...problems(422),
        },
      },
    },
    async (request) => {
      const current = currentQuote(request, request.params.id);
      updateQuote(app.db, current, request.body);
      return item(current.id);
    },
  );

  app.patch(
    '/:id',
    {
      config: write,
      schema: {
        tags: ['quotes'],
        operationId: 'updateQuote',
        summary: 'Change some fields of a quote',
        description:
          'JSON Merge Patch. A new `text` without offsets is looked up in the article again. Needs If-Match.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ref(QuotePatch),
        response: {
          200: ref(QuoteItem, { description: 'The quote as stored' }),
          ...updateProblems,
          ...problems(422),
        },
      },
    },
    async (request) => {
      const current = currentQuote(request, request.params.id);
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
      updateQuote(app.db, current, mergePatch(base, request.body));
      return item(current.id);
    },
  );

  app.delete(
    '/:id',
    {
      config: write,
      schema: {
        tags: ['quotes'],
        operationId: 'deleteQuote',
        summary: 'Delete a quote',
        description: 'Needs If-Match.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null({ description: 'Deleted' }), ...deleteProblems },
      },
    },
    async (request, reply) => {
      deleteQuote(app.db, currentQuote(request, request.params.id));
      return reply.code(204).send(null);
    },
  );
};

export default quoteWriteRoutes;
