import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/errors.ts';
import { isJsonMediaType, scriptSafeJson } from '../http/script-safe-json.ts';
import cachingPlugin, { tagContentCodingAfterCompression } from './caching.ts';
import { API_CSP, securityHeaders } from './security-headers.ts';

/**
 * How responses travel: request ids, CORS, security headers, rate limits, script-safe JSON,
 * caching validators and compression — in that order, because caching must see the body as it is
 * sent, and before compression does.
 */

/** Headers a browser script may read on a cross-origin response. */
const EXPOSED_HEADERS = [
  'etag',
  'last-modified',
  'link',
  'location',
  'x-request-id',
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
];

async function deliveryPlugin(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cors, {
    // A literal `*` (not the echoed origin) keeps public responses shareable by every cache.
    origin: app.config.corsOrigins === true ? '*' : app.config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'if-modified-since', 'x-request-id'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    // Preflights get their CORS headers here and go on to the OPTIONS routes, which add `Allow`;
    // a plain OPTIONS (no Origin) is not an error.
    strictPreflight: false,
    preflightContinue: true,
  });

  // Helmet's headers, worked out once (security-headers.ts) rather than by its middleware chain on
  // every request, which cost 4–6 % of a read's CPU; the CSP comes after the route, which may set its own.
  const { 'content-security-policy': _csp, ...helmetHeaders } = securityHeaders();
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(helmetHeaders);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
    return payload;
  });

  await app.register(rateLimit, {
    global: true,
    max: app.config.rateLimit.max,
    timeWindow: app.config.rateLimit.windowSeconds * 1000,
    // RateLimit-Limit / -Remaining / -Reset as in the IETF draft, and Retry-After on 429.
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'rate-limited',
        'Too many requests',
        `At most ${context.max} requests per ${app.config.rateLimit.windowSeconds} s; try again in ${Math.ceil(context.ttl / 1000)} s.`,
      ),
  });

  // Every JSON body can be embedded in a <script> element; before caching, so the ETag covers the bytes sent.
  app.addHook('onSend', async (_request, reply, payload) =>
    typeof payload === 'string' && isJsonMediaType(reply.getHeader('content-type')) ? scriptSafeJson(payload) : payload,
  );

  await app.register(cachingPlugin);
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Quality 11 costs tens of milliseconds per response; 5 keeps most of the gain at a fraction of the CPU.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  tagContentCodingAfterCompression(app);
}

export default fp(deliveryPlugin, { name: 'delivery' });
