import { sql } from 'drizzle-orm';
import { dialectOf } from '../db/dialect.ts';
import { rows } from '../db/queries.ts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's metrics registry: plugins registered after this one add their own metrics to it. */
    metricsRegistry: Registry;
  }
}

/**
 * Prometheus metrics at `/metrics`: requests and their latency by route pattern (never by raw URL,
 * which would explode the label set), the database size, and Node's process metrics.
 * Each app gets its own registry, so several apps in one process (tests) never collide.
 */
async function metricsPlugin(app: FastifyInstance) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  app.decorate('metricsRegistry', registry);

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // SQLite: pages in use times the page size; PostgreSQL: what the server says the database takes.
  const sizeQuery = dialectOf(app.db)
    ? sql`SELECT pg_database_size(current_database())::float8 AS n`
    : sql`SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()`;
  new Gauge({
    name: 'dateline_database_size_bytes',
    help: 'Size of the database in bytes',
    registers: [registry],
    async collect() {
      const [size] = await rows<{ n: number }>(app.db, sizeQuery);
      this.set(Number(size?.n ?? 0));
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    {
      config: {
        rateLimit: { max: app.config.rateLimit.max * 10, timeWindow: app.config.rateLimit.windowSeconds * 1000 },
      },
      schema: {
        tags: ['operations'],
        operationId: 'getMetrics',
        summary: 'Prometheus metrics',
        description:
          'Request counts and latency by route, database size and process metrics, in the Prometheus text format.',
        response: {
          200: {
            description: 'Metrics in the Prometheus text exposition format',
            content: {
              'text/plain': {
                schema: {
                  type: 'string',
                  maxLength: 1_000_000,
                  examples: ['http_requests_total{method="GET",route="/articles",status="200"} 3'],
                },
              },
            },
          },
        },
      },
    },
    // Operational data: never kept by a shared cache.
    async (_request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .type(registry.contentType)
        .send(await registry.metrics()),
  );
}

export default fp(metricsPlugin, { name: 'metrics', dependencies: ['database'] });
