import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { ApiError, orNotFound } from '../../core/http/errors.ts';
import { IngestInputError, toEditorDryRun } from '../../ingest/index.ts';
import { findArticle } from '../articles/repository.ts';
import { storeIngest } from './repository.ts';
import { ExtractionBusyError } from './extraction-pool.ts';
import { ref } from '../../core/http/schemas.ts';
import { DryRun, IngestInput, IngestResult } from './schema.ts';
import { actorOf, locationHeader } from '../../core/http/write-support.ts';
import { problems } from '../../core/http/problem-responses.ts';
import { onPrimary } from '../../core/db/queries.ts';

const IngestQuery = Type.Object(
  {
    dryRun: Type.Optional(
      Type.Boolean({ default: false, description: 'Only extract: write nothing and answer the extraction (200)' }),
    ),
  },
  { additionalProperties: false },
);

/** Seconds a client is asked to wait when every extraction thread is busy. */
const BUSY_RETRY_AFTER_SECONDS = 10;

/** The engine's refusals (empty, binary) as a 400 naming `text`; a full extraction queue as a 503. */
function asProblem(error: unknown, reply: FastifyReply): never {
  if (error instanceof IngestInputError) {
    throw new ApiError(400, 'invalid-request', 'Invalid request', error.message, [
      { location: 'body', name: error.field, detail: error.message },
    ]);
  }
  if (error instanceof ExtractionBusyError) {
    void reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
    throw new ApiError(
      503,
      'busy',
      'Service unavailable',
      'Every extraction thread is busy; send the text again later.',
    );
  }
  throw error;
}

/** From raw copy to a draft with quotes, speakers and mentions. */
const ingestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '',
    {
      config: { scope: 'write' },
      schema: {
        tags: ['ingest'],
        operationId: 'ingestText',
        summary: 'Turn plain text into a draft article',
        description:
          'Detects paragraphs and subheadings; extracts direct, partial and reported quotes with their speakers ' +
          '(names, titles, pronouns), channels and exact offsets; links names to known people, places and ' +
          'organisations, proposing new ones marked `suggested`. Creates a **draft**: nothing is published. ' +
          '`lowConfidence` lists what an editor should check. `dryRun=true` writes nothing and answers the extraction. ' +
          'An editor who corrected a dry run sends the quotes as corrected in `quotes`, and the draft gets those.',
        querystring: IngestQuery,
        body: ref(IngestInput),
        response: {
          200: ref(DryRun, { description: 'With dryRun=true: what would be extracted' }),
          201: { ...ref(IngestResult), description: 'The draft and what was extracted', headers: locationHeader },
          ...problems(400, 409, 413, 415, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const { text, ...options } = request.body;
      // Reading the text is the long part, done in a worker thread; only the writing is done here.
      let extracted;
      try {
        extracted = await app.extraction.extract(app.db, text);
      } catch (error) {
        asProblem(error, reply);
      }
      if (request.query.dryRun) return reply.code(200).send(toEditorDryRun(extracted.extraction, text));
      const outcome = await storeIngest(app.db, text, extracted, options, actorOf(request));
      const article = orNotFound(
        await findArticle(onPrimary(app.db), outcome.articleId, 'editors'),
        'article',
        outcome.articleId,
      );
      const { extraction } = outcome;
      return reply
        .code(201)
        .header('location', `/articles/${outcome.articleId}`)
        .send({
          data: {
            article,
            quotes: outcome.quoteCount,
            mentions: outcome.mentionCount,
            suggested: outcome.suggested,
            lowConfidence: extraction.lowConfidence.map(({ reason, message, inputStart, inputEnd }) => ({
              reason,
              message,
              start: inputStart,
              end: inputEnd,
            })),
          },
        });
    },
  );
};

export default ingestRoutes;
