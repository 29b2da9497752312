import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { migrationState, type MigrationState } from '../db/readiness.ts';
import { ApiError } from '../http/errors.ts';
import { ref } from '../http/schemas.ts';
import { problemResponse } from '../http/problem-responses.ts';

const Health = Type.Object({ status: Type.Literal('ok') }, { $id: 'Health', examples: [{ status: 'ok' }] });
const Readiness = Type.Object(
  {
    status: Type.Literal('ready'),
    migrations: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'Migrations applied',
    }),
  },
  { $id: 'Readiness', examples: [{ status: 'ready', migrations: 1 }] },
);

export interface HealthOptions {
  /** How long /ready waits for the database before answering 503: well under a probe's own timeout. */
  readyTimeoutMs?: number;
}

/** Liveness and readiness for load balancers and orchestrators; never cached. */
const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, options) => {
  app.addSchema(Health);
  app.addSchema(Readiness);
  const readyTimeoutMs = options.readyTimeoutMs ?? 2_000;
  // Probes poll often from few addresses: a ten-fold allowance, but never unlimited.
  const routeConfig = {
    rateLimit: { max: app.config.rateLimit.max * 10, timeWindow: app.config.rateLimit.windowSeconds * 1000 },
  };

  app.get(
    '/health',
    {
      config: { ...routeConfig, readsDatabase: false },
      schema: {
        tags: ['operations'],
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers 200 while the process is up and serving.',
        response: { 200: ref(Health, { description: 'The process is alive' }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/ready',
    {
      config: routeConfig,
      schema: {
        tags: ['operations'],
        operationId: 'getReadiness',
        summary: 'Readiness',
        description: 'Answers 200 when the database answers and every committed migration is applied, else 503.',
        response: {
          200: ref(Readiness, { description: 'Ready to serve' }),
          503: problemResponse('Not ready'),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      let state: MigrationState;
      try {
        state = await migrationState(app.db, readyTimeoutMs);
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed');
        throw new ApiError(503, 'not-ready', 'Not ready', 'The database does not answer.');
      }
      const { applied, committed } = state;
      if (applied < committed) {
        throw new ApiError(503, 'not-ready', 'Not ready', `${applied} of ${committed} migrations are applied.`);
      }
      return { status: 'ready' as const, migrations: applied };
    },
  );
};

export default healthRoutes;
