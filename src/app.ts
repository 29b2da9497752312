import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import accepts from '@fastify/accepts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { AccessLog } from './lib/access-log.ts';
import { strictBodyValidation } from './lib/validators.ts';
import databasePlugin from './plugins/database.ts';
import deliveryPlugin from './plugins/delivery.ts';
import authPlugin from './plugins/auth.ts';
import clientErrorsPlugin, { clientErrorHandler } from './plugins/client-errors.ts';
import errorsPlugin, { frameworkError } from './plugins/errors.ts';
import extractionPlugin from './plugins/extraction.ts';
import { answerOtherMethods, trackRoutes } from './plugins/method-not-allowed.ts';
import jsonBodiesPlugin from './plugins/json-bodies.ts';
import metricsPlugin from './plugins/metrics.ts';
import cachePurgePlugin from './cache/plugin.ts';
import openapiPlugin from './plugins/openapi.ts';
import articleRoutes from './routes/articles.ts';
import articleWriteRoutes from './routes/article-writes.ts';
import quoteWriteRoutes from './routes/quote-writes.ts';
import revisionRoutes from './routes/revisions.ts';
import keyRoutes from './routes/keys.ts';
import ingestRoutes from './routes/ingest.ts';
import { organisationWriteRoutes, personWriteRoutes, placeWriteRoutes } from './routes/entity-writes.ts';
import schedulerPlugin from './plugins/scheduler.ts';
import leaderPlugin from './cluster/leader.ts';
import healthRoutes from './routes/health.ts';
import organisationRoutes from './routes/organisations.ts';
import peopleRoutes from './routes/people.ts';
import placeRoutes from './routes/places.ts';
import quoteRoutes from './routes/quotes.ts';
import searchRoutes from './routes/search.ts';
import changeRoutes from './routes/changes.ts';
import webhookRoutes from './routes/webhooks.ts';
import { articleSchemas } from './schemas/articles.ts';
import { feedSchemas } from './schemas/feeds.ts';
import { formatSchemas } from './schemas/formats.ts';
import { sharedSchemas } from './schemas/common.ts';
import { organisationSchemas } from './schemas/organisations.ts';
import { personSchemas } from './schemas/people.ts';
import { placeSchemas } from './schemas/places.ts';
import { quoteSchemas } from './schemas/quotes.ts';
import { searchSchemas } from './schemas/search.ts';
import { changeSchemas } from './schemas/changes.ts';
import { inputSchemas } from './schemas/inputs.ts';
import { revisionSchemas } from './schemas/revisions.ts';
import { keySchemas } from './schemas/keys.ts';
import { ingestSchemas } from './schemas/ingest.ts';
import { webhookSchemas } from './schemas/webhooks.ts';
import webhooksPlugin from './webhooks/dispatcher.ts';
import deskPlugin from './plugins/desk.ts';
import currentKeyRoutes from './routes/current-key.ts';
import { organisationMergeRoute, personMergeRoute, placeMergeRoute } from './routes/entity-merge.ts';
import { entityMergeSchemas } from './schemas/entity-merge.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  /** Pino logger options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Builds the app over an open, migrated database. It never listens: `server.ts` does. */
export async function buildApp({ config, db, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: config.trustProxy,
    // Route parameters as long as the schemas allow (slugs up to 200 characters), not find-my-way's 100.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => void frameworkError(error, request, reply),
    clientErrorHandler,
    // A caller's X-Request-Id is kept when it is sane, so one id follows a request across services.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimit,
    logController: new AccessLog(),
    schemaController: strictBodyValidation(),
    ajv: {
      customOptions: {
        // Unknown parameters are an error the client should hear about, not something to drop silently.
        removeAdditional: false,
        allErrors: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  await app.register(databasePlugin, { db });
  await app.register(clientErrorsPlugin);
  await app.register(errorsPlugin);
  await app.register(accepts);
  await app.register(deliveryPlugin);
  await app.register(authPlugin);
  // The scheduler and the dispatchers run in one process of those sharing the database.
  await app.register(leaderPlugin);
  await app.register(schedulerPlugin);
  await app.register(webhooksPlugin);
  await app.register(extractionPlugin);
  // Writes put webhook deliveries in the outbox within their transaction: send them once the write is answered.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') app.webhooks.wake();
  });
  await app.register(jsonBodiesPlugin);

  for (const schema of [
    ...sharedSchemas,
    ...placeSchemas,
    ...organisationSchemas,
    ...personSchemas,
    ...quoteSchemas,
    ...articleSchemas,
    ...feedSchemas,
    ...formatSchemas,
    ...searchSchemas,
    ...changeSchemas,
    ...inputSchemas,
    ...revisionSchemas,
    ...keySchemas,
    ...ingestSchemas,
    ...webhookSchemas,
    ...entityMergeSchemas,
  ]) {
    app.addSchema(schema);
  }

  const routeMethods = trackRoutes(app);
  await app.register(metricsPlugin);
  await app.register(cachePurgePlugin);
  await app.register(openapiPlugin);
  await app.register(articleRoutes);
  await app.register(articleWriteRoutes);
  await app.register(revisionRoutes);
  await app.register(keyRoutes);
  await app.register(ingestRoutes);
  await app.register(quoteWriteRoutes);
  await app.register(personWriteRoutes);
  await app.register(placeWriteRoutes);
  await app.register(organisationWriteRoutes);
  await app.register(quoteRoutes);
  await app.register(peopleRoutes);
  await app.register(placeRoutes);
  await app.register(organisationRoutes);
  await app.register(searchRoutes);
  await app.register(changeRoutes);
  await app.register(webhookRoutes);
  await app.register(healthRoutes);
  // The desk (issue 16): entity merges and the current key are API any client may use; the app itself is static.
  await app.register(personMergeRoute);
  await app.register(placeMergeRoute);
  await app.register(organisationMergeRoute);
  await app.register(currentKeyRoutes);
  await app.register(deskPlugin);
  await app.register(answerOtherMethods(routeMethods));

  return app;
}
