import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import accepts from '@fastify/accepts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Db } from './core/db/client.ts';
import { AccessLog } from './core/plugins/access-log.ts';
import { strictBodyValidation } from './core/http/validation.ts';
import { leanSerializers } from './core/http/serialization.ts';
import databasePlugin from './core/plugins/database.ts';
import deliveryPlugin from './core/plugins/delivery.ts';
import authPlugin from './core/plugins/auth.ts';
import clientErrorsPlugin, { clientErrorHandler } from './core/plugins/client-errors.ts';
import errorsPlugin, { frameworkError } from './core/plugins/problems.ts';
import extractionPlugin from './resources/ingest/extraction.ts';
import { answerOtherMethods, trackRoutes } from './core/plugins/method-not-allowed.ts';
import jsonBodiesPlugin from './core/plugins/json-bodies.ts';
import nulCharactersPlugin from './core/plugins/nul-characters.ts';
import metricsPlugin from './core/plugins/metrics.ts';
import cachePurgePlugin from './core/cache/plugin.ts';
import openapiPlugin from './core/plugins/openapi.ts';
import articleRoutes from './resources/articles/index.ts';
import articleWriteRoutes from './resources/articles/writes.ts';
import quoteWriteRoutes from './resources/quotes/writes.ts';
import revisionRoutes from './resources/articles/revisions/index.ts';
import keyRoutes from './resources/keys/index.ts';
import ingestRoutes from './resources/ingest/index.ts';
import schedulerPlugin from './resources/articles/scheduler.ts';
import searchIndexUpkeepPlugin from './resources/search/index-upkeep.ts';
import leaderPlugin from './core/cluster/leader.ts';
import healthRoutes from './core/plugins/health.ts';
import { organisations } from './resources/organisations/index.ts';
import { people } from './resources/people/index.ts';
import { places } from './resources/places/index.ts';
import quoteRoutes from './resources/quotes/index.ts';
import searchRoutes from './resources/search/index.ts';
import changeRoutes from './resources/changes/index.ts';
import webhookRoutes from './resources/webhooks/index.ts';
import { articleSchemas } from './resources/articles/schema.ts';
import { feedSchemas } from './resources/articles/feeds/schema.ts';
import { formatSchemas } from './resources/articles/formats/schema.ts';
import { sharedSchemas } from './core/http/schemas.ts';
import { organisationSchemas } from './resources/organisations/schema.ts';
import { personSchemas } from './resources/people/schema.ts';
import { placeSchemas } from './resources/places/schema.ts';
import { quoteSchemas } from './resources/quotes/schema.ts';
import { searchSchemas } from './resources/search/schema.ts';
import { changeSchemas } from './resources/changes/schema.ts';
import { inputSchemas } from './resources/inputs.ts';
import { revisionSchemas } from './resources/articles/revisions/schema.ts';
import { keySchemas } from './resources/keys/schema.ts';
import { ingestSchemas } from './resources/ingest/schema.ts';
import { webhookSchemas } from './resources/webhooks/schema.ts';
import webhooksPlugin from './resources/webhooks/dispatcher.ts';
import deskPlugin from './core/plugins/desk.ts';
import currentKeyRoutes from './resources/keys/current.ts';
import { entityMergeSchemas } from './resources/entity/schema.ts';

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
    schemaController: {
      compilersFactory: { ...strictBodyValidation().compilersFactory, buildSerializer: leanSerializers() },
    },
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
  // The scheduler, the dispatchers and the search index upkeep run in one process of those sharing the database.
  await app.register(leaderPlugin);
  await app.register(schedulerPlugin);
  await app.register(searchIndexUpkeepPlugin);
  await app.register(webhooksPlugin);
  await app.register(extractionPlugin);
  // Writes put webhook deliveries in the outbox within their transaction: send them once the write is answered.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') app.webhooks.wake();
  });
  await app.register(jsonBodiesPlugin);
  await app.register(nulCharactersPlugin);

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
  // Each resource under its prefix. The order is the order of the OpenAPI document's paths.
  await app.register(articleRoutes, { prefix: '/articles' });
  await app.register(articleWriteRoutes, { prefix: '/articles' });
  await app.register(revisionRoutes, { prefix: '/articles' });
  await app.register(keyRoutes, { prefix: '/keys' });
  await app.register(ingestRoutes, { prefix: '/ingest' });
  await app.register(quoteWriteRoutes, { prefix: '/quotes' });
  await app.register(people.writes, { prefix: '/people' });
  await app.register(places.writes, { prefix: '/places' });
  await app.register(organisations.writes, { prefix: '/organisations' });
  await app.register(quoteRoutes, { prefix: '/quotes' });
  await app.register(people.reads, { prefix: '/people' });
  await app.register(places.reads, { prefix: '/places' });
  await app.register(organisations.reads, { prefix: '/organisations' });
  await app.register(searchRoutes, { prefix: '/search' });
  await app.register(changeRoutes, { prefix: '/changes' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(healthRoutes);
  // The desk (issue 16): entity merges and the current key are API any client may use; the app itself is static.
  await app.register(people.merge, { prefix: '/people' });
  await app.register(places.merge, { prefix: '/places' });
  await app.register(organisations.merge, { prefix: '/organisations' });
  await app.register(currentKeyRoutes, { prefix: '/keys' });
  await app.register(deskPlugin);
  await app.register(answerOtherMethods(routeMethods));

  return app;
}
