import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/core/db/client.ts';
import { sharedSchemas } from '../../src/core/http/schemas.ts';
import healthRoutes, { type HealthOptions } from '../../src/core/plugins/health.ts';
import errorsPlugin from '../../src/core/plugins/problems.ts';

/**
 * The smallest app the error and health plugins run in, on any store's handle: the config, `db`,
 * the problem+json error handler and /health and /ready, registered as src/app.ts does. Add routes
 * before the first inject.
 */
export async function pluginApp(db: Db, health: HealthOptions = {}) {
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('config', loadConfig({}));
  app.decorate('db', db);
  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(errorsPlugin);
  await app.register(healthRoutes, health);
  return app;
}
