import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { ID_PREFIXES } from '../../lib/ids.ts';
import { lastChangeTime } from '../../resources/changes/repository.ts';
import { resourceVersion } from './versions.ts';

/**
 * What a response contains, for the cache layer: the resources in it (`Surrogate-Key`, so a CDN
 * can purge exactly what changed), when it last changed (`Last-Modified`) and, for one item, its
 * version (the ETag's prefix, which `If-Match` checks). Routes that know this say it with
 * `describeContent`; for `{ data }` bodies `describeBody` finds it by walking the body.
 */

export interface ContentDescription {
  lastModified: number | undefined;
  keys: Set<string>;
  /** The version (`resourceVersion`) of the one resource an item response is about, which `If-Match` checks. */
  version?: string;
  /** For a list, when anything last changed, if the page's statement read it (prepared-select.ts). */
  lastChange?: string;
}

const descriptions = new WeakMap<FastifyReply, ContentDescription>();
export const ID_PATTERN = new RegExp(`^(?:${Object.values(ID_PREFIXES).join('|')})_[a-z2-7]+$`);

export function descriptionOf(reply: FastifyReply): ContentDescription | undefined {
  return descriptions.get(reply);
}

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
  content: { updatedAt?: string[]; keys?: string[]; version?: string; lastChange?: string | undefined },
) {
  const description = describe(reply);
  if (content.version !== undefined) description.version = content.version;
  if (content.lastChange !== undefined) description.lastChange = content.lastChange;
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
  for (const key in record) {
    if (key !== 'id' && key !== 'updatedAt') walk(record[key], ids, timestamps, depth + 1);
  }
}

/**
 * At most this many characters of `Surrogate-Key`: a page of 100 items' ids fits, with room for
 * what they embed, and the whole header block stays within what proxies buffer by default (4–8 KB).
 */
export const SURROGATE_KEY_MAX_LENGTH = 4096;

/** The cache tags in order, as many whole ones as fit in SURROGATE_KEY_MAX_LENGTH. */
export function surrogateKey(keys: Iterable<string>): string {
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

/**
 * Describes a `{ data }` body (`{ data, meta }` for a list) by what is in it: every resource id,
 * the newest `updatedAt`, the item's version; for a list also the collection, and the time of
 * the last change anywhere, since a list also changes when an item leaves it, which no item shows.
 */
export async function describeBody(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { data: unknown; meta?: unknown },
) {
  const ids: string[] = [];
  const updatedAt: string[] = [];
  walk(body.data, ids, updatedAt);
  const isList = body.meta !== undefined;
  const item = isList ? undefined : (body.data as { id?: unknown; updatedAt?: unknown } | null);
  if (typeof item?.id === 'string' && typeof item.updatedAt === 'string') {
    describe(reply).version ??= resourceVersion({ id: item.id, updatedAt: item.updatedAt });
  }
  const collection = isList ? collectionKey(request) : undefined;
  if (isList) updatedAt.push(descriptionOf(reply)?.lastChange ?? (await lastChangeTime(db)));
  // The items themselves before what they embed: should the header be cut, what is cut is embedded.
  const items = (Array.isArray(body.data) ? body.data : [body.data]) as { id?: unknown }[];
  const itemIds = items
    .map((entry) => entry?.id)
    .filter((id): id is string => typeof id === 'string' && ID_PATTERN.test(id));
  describeContent(reply, { keys: [...(collection ? [collection] : []), ...itemIds, ...ids], updatedAt });
}
