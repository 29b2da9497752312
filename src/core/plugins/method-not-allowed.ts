import type { FastifyInstance, HTTPMethods } from 'fastify';
import { ApiError } from '../http/errors.ts';

/**
 * Fastify answers a known path with an unknown method as 404. Clients deserve 405 with `Allow`,
 * and OPTIONS should list what a path supports: this fills in those methods for every route.
 *
 * Call `trackRoutes` before registering routes and `answerOtherMethods` after them.
 */

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function trackRoutes(app: FastifyInstance): Map<string, Set<string>> {
  const methodsByUrl = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    // Hidden routes (the docs UI's assets, these fillers) manage their own methods.
    if (route.schema?.hide) return;
    const methods = methodsByUrl.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) methods.add(method);
    if (methods.has('GET')) methods.add('HEAD');
    methodsByUrl.set(route.url, methods);
  });
  return methodsByUrl;
}

export function answerOtherMethods(methodsByUrl: Map<string, Set<string>>) {
  return async function otherMethods(app: FastifyInstance) {
    for (const [url, methods] of methodsByUrl) {
      const allow = METHODS.filter((m) => m === 'OPTIONS' || methods.has(m)).join(', ');
      const missing = METHODS.filter((method) => !methods.has(method));
      if (missing.length === 0) continue;
      app.route({
        method: missing,
        url,
        schema: { hide: true },
        handler: async (request, reply) => {
          reply.header('allow', allow);
          if (request.method === 'OPTIONS') return reply.code(204).send();
          throw new ApiError(
            405,
            'method-not-allowed',
            'Method not allowed',
            `${request.method} is not allowed here; use ${allow}`,
          );
        },
      });
    }
  };
}
