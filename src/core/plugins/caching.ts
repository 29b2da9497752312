import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ID_PREFIXES } from '../../lib/ids.ts';
import { addVary } from '../http/vary.ts';
import { lastChangeTime } from '../../resources/changes/repository.ts';

/**
 * HTTP caching for every GET: a strong `ETag` and a `Last-Modified`, `304 Not Modified` for
 * conditional requests, `Cache-Control` (public content may be cached and served stale while a
 * cache revalidates; anything sent with credentials is private and never stored), and a
 * `Surrogate-Key` naming every resource in the response so a CDN can purge exactly what changed.
 *
 * Register this before compression: the ETag is computed on the uncompressed body and then
 * marked with the content coding (`"…-gzip"`), so each representation has its own validator.
 */

interface ContentDescription {
  lastModified: number | undefined;
  keys: Set<string>;
  /** The version (`resourceVersion`) of the one resource an item response is about, which `If-Match` checks. */
  version?: string;
}

const descriptions = new WeakMap<FastifyReply, ContentDescription>();
const ID_PATTERN = new RegExp(`^(?:${Object.values(ID_PREFIXES).join('|')})_[a-z2-7]+$`);
const CODING_SUFFIX = /-(?:br|gzip|deflate)"$/;

function describe(reply: FastifyReply): ContentDescription {
  let description = descriptions.get(reply);
  if (!description) {
    description = { lastModified: undefined, keys: new Set() };
    descriptions.set(reply, description);
  }
  return description;
}

/** Tells the cache layer what a response contains, for routes that send text (feeds) rather than objects. */
export function describeContent(
  reply: FastifyReply,
  content: { updatedAt?: string[]; keys?: string[]; version?: string },
) {
  const description = describe(reply);
  if (content.version !== undefined) description.version = content.version;
  for (const key of content.keys ?? []) description.keys.add(key);
  for (const timestamp of content.updatedAt ?? []) {
    const time = Date.parse(timestamp);
    if (!Number.isNaN(time) && (description.lastModified === undefined || time > description.lastModified)) {
      description.lastModified = time;
    }
  }
}

/** Collects resource ids and the newest `updatedAt` anywhere in a response body. */
function walk(value: unknown, ids: string[], timestamps: string[], depth = 0) {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, ids, timestamps, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string' && ID_PATTERN.test(record.id)) ids.push(record.id);
  if (typeof record.updatedAt === 'string') timestamps.push(record.updatedAt);
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'id' && key !== 'updatedAt') walk(child, ids, timestamps, depth + 1);
  }
}

/**
 * At most this many characters of `Surrogate-Key`: a page of 100 items' ids fits, with room for
 * what they embed, and the whole header block stays within what proxies buffer by default (4–8 KB).
 */
export const SURROGATE_KEY_MAX_LENGTH = 4096;

/** The cache tags in order, as many whole ones as fit in SURROGATE_KEY_MAX_LENGTH. */
function surrogateKey(keys: Iterable<string>): string {
  let header = '';
  for (const key of keys) {
    const next = header ? `${header} ${key}` : key;
    if (next.length > SURROGATE_KEY_MAX_LENGTH) break;
    header = next;
  }
  return header;
}

/** The collection a list route serves (`/people/:idOrSlug/quotes` → `quotes`), purged when any item is added. */
function collectionKey(request: FastifyRequest): string | undefined {
  const segments = (request.routeOptions.url ?? '').split('/').filter((s) => s && !s.startsWith(':'));
  return segments.at(-1);
}

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
 * share the version, which is what a write's `If-Match` compares (see `versionOfTag`).
 */
function entityTag(payload: string | Buffer, version: string | undefined): string {
  const hash = createHash('sha256').update(payload).digest('base64url').slice(0, 27);
  return version === undefined ? `"${hash}"` : `"${versionTag(version)}.${hash}"`;
}

/** A resource's version: which resource, and its `updatedAt` (strictly increasing per row, see clock.ts). */
export const resourceVersion = (resource: { id: string; updatedAt: string }) => `${resource.id}@${resource.updatedAt}`;

/** A short form of a resource version for use inside an ETag. */
export const versionTag = (version: string) => createHash('sha256').update(version).digest('hex').slice(0, 12);

/** The version part of an ETag a client sends back (`"lx3k….hash"`), if it has one. */
export function versionOfTag(tag: string): string | undefined {
  return /^"([0-9a-z]+)\./.exec(tag.trim())?.[1];
}

/** A write that answers with the resource (201, 200) gives its ETag, as a GET would. */
function tagWrittenResource(reply: FastifyReply, payload: unknown) {
  const version = descriptions.get(reply)?.version;
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

async function cachingPlugin(app: FastifyInstance) {
  const { maxAge, staleWhileRevalidate, staleIfError } = app.config.cache;
  // stale-if-error (RFC 5861): a cache in front (deploy/varnish) keeps serving while the API is down.
  const publicCacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}, stale-if-error=${staleIfError}`;

  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    // 200 and, for writes, 201: both carry a resource whose version the ETag shows.
    if ((reply.statusCode !== 200 && reply.statusCode !== 201) || payload === null || typeof payload !== 'object') {
      return payload;
    }
    const body = payload as { data?: unknown; meta?: unknown };
    if (!('data' in body)) return payload;
    const ids: string[] = [];
    const updatedAt: string[] = [];
    walk(body.data, ids, updatedAt);
    const isList = body.meta !== undefined;
    const item = isList ? undefined : (body.data as { id?: unknown; updatedAt?: unknown } | null);
    if (typeof item?.id === 'string' && typeof item.updatedAt === 'string') {
      describe(reply).version ??= resourceVersion({ id: item.id, updatedAt: item.updatedAt });
    }
    const collection = isList ? collectionKey(request) : undefined;
    // A list also changes when an item leaves it, which no item's updatedAt shows: the change log does.
    if (isList) updatedAt.push(lastChangeTime(app.db));
    // The items themselves before what they embed: should the header be cut, what is cut is embedded.
    const items = (Array.isArray(body.data) ? body.data : [body.data]) as { id?: unknown }[];
    const itemIds = items
      .map((entry) => entry?.id)
      .filter((id): id is string => typeof id === 'string' && ID_PATTERN.test(id));
    describeContent(reply, { keys: [...(collection ? [collection] : []), ...itemIds, ...ids], updatedAt });
    return payload;
  });

  app.addHook('onSend', async (request, reply, payload: unknown) => {
    if (!isCacheable(request)) return tagWrittenResource(reply, payload);
    const credentialed = request.headers.authorization !== undefined;
    // Compression may answer differently per Accept-Encoding; say so on every cacheable answer, 304s included.
    addVary(reply, 'accept-encoding');
    if (!reply.hasHeader('cache-control')) {
      const cacheable = reply.statusCode === 200 && !credentialed;
      reply.header('cache-control', cacheable ? publicCacheControl : credentialed ? 'private, no-store' : 'no-store');
    }
    if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;

    const description = descriptions.get(reply);
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
  });
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

export default fp(cachingPlugin, { name: 'caching', dependencies: [] });
