import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addVary } from './vary.ts';
import { descriptionOf, surrogateKey } from './content-description.ts';
import { versionTag } from './versions.ts';

/**
 * HTTP validators and freshness: a strong `ETag` and a `Last-Modified` on every 200, `304 Not
 * Modified` for conditional GETs, `Cache-Control` (public content may be cached and served stale
 * while a cache revalidates; anything sent with credentials is private and never stored).
 *
 * The ETag is computed on the uncompressed body and then marked with the content coding
 * (`"…-gzip"`), so each representation has its own validator.
 */

const CODING_SUFFIX = /-(?:br|gzip|deflate)"$/;

/** The validator in `If-None-Match` that matches `etag` in any content coding, if one does. */
function matchingTag(header: string, etag: string): string | undefined {
  if (header.trim() === '*') return etag;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '').replace(CODING_SUFFIX, '"');
  return header
    .split(',')
    .map((tag) => tag.trim())
    .find((tag) => bare(tag) === etag);
}

/**
 * A strong validator: a hash of the bytes, led for an item by its version (`updatedAt`). Every
 * representation of a resource (fields, include, format, coding) has its own tag, and all of them
 * share the version, which is what a write's `If-Match` compares (see versions.ts).
 */
function entityTag(payload: string | Buffer, version: string | undefined): string {
  // The one-shot form: no Hash object per response.
  const digest = hash('sha256', payload, 'base64url').slice(0, 27);
  return version === undefined ? `"${digest}"` : `"${versionTag(version)}.${digest}"`;
}

/** A write that answers with the resource (201, 200) gives its ETag, as a GET would. */
function tagWrittenResource(reply: FastifyReply, payload: unknown) {
  const version = descriptionOf(reply)?.version;
  const written = reply.statusCode === 200 || reply.statusCode === 201;
  if (written && version !== undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
    reply.header('etag', entityTag(payload, version));
  }
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  return payload;
}

function isCacheable(request: FastifyRequest) {
  return request.method === 'GET' || request.method === 'HEAD';
}

/**
 * The onSend step: headers from the response's description (content-description.ts) and the
 * bytes, then 304 when the client's copy is current.
 */
export function validatorsOnSend(publicCacheControl: string) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!isCacheable(request)) return tagWrittenResource(reply, payload);
    const credentialed = request.headers.authorization !== undefined;
    // Compression may answer differently per Accept-Encoding; say so on every cacheable answer, 304s included.
    addVary(reply, 'accept-encoding');
    if (!reply.hasHeader('cache-control')) {
      const cacheable = reply.statusCode === 200 && !credentialed;
      reply.header('cache-control', cacheable ? publicCacheControl : credentialed ? 'private, no-store' : 'no-store');
    }
    if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;

    const description = descriptionOf(reply);
    if (description?.keys.size) reply.header('surrogate-key', surrogateKey(description.keys));
    const etag = entityTag(payload, description?.version);
    reply.header('etag', etag);
    const lastModified = description?.lastModified;
    if (lastModified !== undefined) reply.header('last-modified', new Date(lastModified).toUTCString());

    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    const matched = ifNoneMatch === undefined ? undefined : matchingTag(ifNoneMatch, etag);
    const notModified =
      ifNoneMatch !== undefined
        ? matched !== undefined
        : ifModifiedSince !== undefined &&
          lastModified !== undefined &&
          Math.floor(lastModified / 1000) * 1000 <= Date.parse(ifModifiedSince);
    if (!notModified) return payload;
    // A 304 carries the validator of the representation the client holds (e.g. its gzip variant).
    if (matched) reply.header('etag', matched.replace(/^W\//, ''));
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return '';
  };
}

async function tagContentCoding(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const encoding = reply.getHeader('content-encoding');
  const etag = reply.getHeader('etag');
  if (typeof encoding === 'string' && typeof etag === 'string' && !CODING_SUFFIX.test(etag)) {
    reply.header('etag', `${etag.slice(0, -1)}-${encoding}"`);
  }
  return payload;
}

/**
 * Gives each content coding its own strong ETag. @fastify/compress compresses in a route-level
 * onSend hook, so this joins each route's hooks too, after it: call it after registering compress.
 */
export function tagContentCodingAfterCompression(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    route.onSend = [route.onSend ?? []].flat().concat(tagContentCoding);
  });
}
