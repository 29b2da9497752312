import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { describeBody } from '../http/content-description.ts';
import { validatorsOnSend } from '../http/validators.ts';

/**
 * HTTP caching for every GET, in two steps: before serialisation, what a `{ data }` body contains
 * (content-description.ts: resource ids for `Surrogate-Key`, `Last-Modified`, the item's version);
 * after it, the validators and freshness headers from that and the bytes (validators.ts: `ETag`,
 * `Last-Modified`, `Cache-Control`, 304). If-Match version tokens are in versions.ts.
 *
 * Register this before compression: the ETag is computed on the uncompressed body, and
 * `tagContentCodingAfterCompression` then marks it with the content coding.
 */

// Where routes and the OpenAPI document have always found them.
export { describeContent, SURROGATE_KEY_MAX_LENGTH } from '../http/content-description.ts';
export { resourceVersion } from '../http/versions.ts';
export { tagContentCodingAfterCompression } from '../http/validators.ts';

async function cachingPlugin(app: FastifyInstance) {
  const { maxAge, staleWhileRevalidate, staleIfError } = app.config.cache;
  // stale-if-error (RFC 5861): a cache in front (deploy/varnish) keeps serving while the API is down.
  const publicCacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}, stale-if-error=${staleIfError}`;

  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    // 200 and, for writes, 201: both carry a resource whose version the ETag shows.
    if ((reply.statusCode !== 200 && reply.statusCode !== 201) || payload === null || typeof payload !== 'object') {
      return payload;
    }
    if ('data' in payload) await describeBody(app.db, request, reply, payload);
    return payload;
  });

  app.addHook('onSend', validatorsOnSend(publicCacheControl));
}

export default fp(cachingPlugin, { name: 'caching', dependencies: [] });
