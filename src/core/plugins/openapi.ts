import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { SURROGATE_KEY_MAX_LENGTH } from './caching.ts';
import { documentAnswersBeforeRouting, documentSparseFieldsets } from './openapi-contract.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False on the few routes that never read the database, so cannot answer its 503. */
    readsDatabase?: false;
  }
}

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
  { name: 'search', description: 'Ranked full-text search across every resource' },
  { name: 'changes', description: 'Every create, update and delete, in commit order, for keeping a copy in sync' },
  { name: 'feeds', description: 'RSS 2.0, Atom 1.0 and JSON Feed 1.1 of published articles' },
  { name: 'ingest', description: 'Plain-text copy in, a draft with quotes, speakers and entities out' },
  { name: 'workflow', description: 'Editorial workflow: status changes and revisions of articles' },
  { name: 'webhooks', description: 'Subscriptions to content events, delivered signed to your URL (admin)' },
  { name: 'keys', description: 'API keys and their scopes (admin)' },
  { name: 'meta', description: 'The API describing itself' },
  { name: 'operations', description: 'Health, readiness and metrics for operators' },
];

const integerHeader = (description: string) => ({
  type: 'integer',
  format: 'int32',
  minimum: 0,
  maximum: 2_147_483_647,
  description,
});
const stringHeader = (description: string) => ({ type: 'string', maxLength: 200, description });

/** Headers every rate-limited response carries (the IETF RateLimit draft that @fastify/rate-limit sends). */
const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': integerHeader('Requests allowed per window'),
  'RateLimit-Remaining': integerHeader('Requests left in this window'),
  'RateLimit-Reset': integerHeader('Seconds until the window resets'),
};
/** Sent on every response to a cross-origin request (per CORS_ORIGINS). */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': stringHeader('`*`, or the calling origin when CORS_ORIGINS lists it'),
};
const GET_HEADERS = {
  ETag: stringHeader('Strong validator of this representation; send it back in If-None-Match'),
  'Last-Modified': stringHeader('When the newest resource in the response last changed'),
  'Cache-Control': stringHeader(
    'public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials)',
  ),
  'Surrogate-Key': {
    ...stringHeader(
      'Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters',
    ),
    maxLength: SURROGATE_KEY_MAX_LENGTH,
  },
};
// `x-internal: false` marks the API as public (OWASP API9, inventory); OpenAPI's types lack extensions.
const SERVER = {
  url: '/',
  description: 'The production or local server this document came from',
  'x-internal': false,
} as { url: string; description: string };
const problemContent = { 'application/problem+json': { schema: { $ref: 'Problem' } } };

/**
 * Documents what every route answers beyond its own schema: the rate-limit and caching headers,
 * 429 when the limit is reached and 500 when something breaks. The behaviour comes from plugins,
 * so it is documented here once rather than on every route.
 */
const documentResponseHeaders: SwaggerTransform = ({ schema, url, route }) => {
  if (!schema || schema.hide) return { schema, url };
  const responses = { ...(schema.response as Record<string, Record<string, unknown>>) };
  // Routes that need a key say so in `config.scope`; the auth plugin enforces it, this documents it.
  const scope = (route.config as { scope?: string } | undefined)?.scope;
  const security = scope === undefined ? {} : { security: [{ bearerAuth: [] }] };
  if (scope !== undefined) {
    responses['401'] ??= {
      description: 'No API key, or one that is invalid or revoked',
      content: problemContent,
    };
    responses['403'] ??= { description: `The API key lacks the \`${scope}\` scope`, content: problemContent };
  }
  const isGet = [route.method].flat().includes('GET');
  // Public lists where a parameter asks for unpublished work (`status=draft`, `suggested=true`).
  const query = (schema.querystring as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  if ('status' in query || 'suggested' in query) {
    responses['403'] ??= {
      description:
        'A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts`',
      content: problemContent,
    };
  }
  for (const [status, response] of Object.entries(responses)) {
    const headers = {
      ...CORS_HEADERS,
      ...(status.startsWith('2') || status.startsWith('4') ? RATE_LIMIT_HEADERS : {}),
      ...(isGet && status === '200' ? GET_HEADERS : {}),
      ...(response.headers as Record<string, unknown> | undefined),
    };
    responses[status] = { ...response, headers };
  }
  responses['429'] ??= {
    description: 'Too many requests from this client; wait as Retry-After says',
    content: problemContent,
    headers: {
      ...CORS_HEADERS,
      ...RATE_LIMIT_HEADERS,
      'Retry-After': integerHeader('Seconds to wait before retrying'),
    },
  };
  // What core/db/errors.ts answers when the database is unreachable or a statement outlives its timeout.
  if (route.config?.readsDatabase !== false) {
    responses['503'] ??= {
      description:
        'The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds',
      content: problemContent,
      headers: { ...CORS_HEADERS, 'Retry-After': integerHeader('Seconds to wait before retrying') },
    };
  }
  responses['500'] ??= {
    description: 'Unexpected server error (details are logged, never sent)',
    content: problemContent,
  };
  return { schema: { ...schema, ...security, response: responses }, url };
};

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
      servers: [SERVER],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API key (`dtl_…`) from `npm run keys -- create` or `POST /keys`. Scopes: `read:drafts` (preview ' +
              'unpublished articles), `write` (create, change, delete content; includes read:drafts), `admin` ' +
              '(keys and webhooks; includes write). Reads need no key.',
          },
        },
      },
    },
    transform: documentResponseHeaders,
    // This app only ever builds an OpenAPI 3.1 document (never Swagger 2.0).
    transformObject: (document) =>
      'openapiObject' in document
        ? documentAnswersBeforeRouting(documentSparseFieldsets(document.openapiObject))
        : document.swaggerObject,
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
      config: { readsDatabase: false },
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
