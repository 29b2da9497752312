import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The OpenAPI 3.1 document is generated from the routes' TypeBox schemas, never written by hand.
 * Shared schemas keep their `$id` as their component name, so `$ref`s read as `#/components/schemas/Article`.
 */

export const TAGS = [
  { name: 'articles', description: 'News articles with their body, quotes and the entities they mention' },
  { name: 'quotes', description: 'What people and organisations said, anchored to the article text' },
  { name: 'people', description: 'People named in articles' },
  { name: 'places', description: 'Places named in articles, in a hierarchy (village → region → country)' },
  { name: 'organisations', description: 'Organisations named in articles' },
  { name: 'feeds', description: 'RSS 2.0, Atom 1.0 and JSON Feed 1.1 of published articles' },
  { name: 'meta', description: 'The API describing itself' },
  { name: 'operations', description: 'Health, readiness and metrics for operators' },
];

async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dateline API',
        version: '0.1.0',
        description:
          'A headless news API: articles, quotes, people, places and organisations. ' +
          'Lists are `{ data, meta, links }`; single items are `{ data }`; errors are RFC 9457 `application/problem+json`.',
      },
      tags: TAGS,
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${index}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });

  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getOpenApi',
        summary: 'The OpenAPI document',
        description: 'This API described as OpenAPI 3.1, generated from the route schemas.',
        response: {
          200: {
            description: 'OpenAPI 3.1 document',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: true,
                  examples: [{ openapi: '3.1.0', info: { title: 'Dateline API', version: '0.1.0' }, paths: {} }],
                },
              },
            },
          },
        },
      },
    },
    async () => app.swagger(),
  );
}

export default fp(openapiPlugin, { name: 'openapi' });
