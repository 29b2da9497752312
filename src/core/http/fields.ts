import type { FastifyReply } from 'fastify';
import { describeContent, resourceVersion } from '../plugins/caching.ts';

/**
 * Sparse fieldsets: `fields=a,b` keeps those fields of each item, `fields[quotes]=text` those of
 * embedded quotes; `id` always stays. A pruned body no longer has every field its schema requires,
 * so it is sent with plain JSON serialisation instead of the schema's.
 */
export type FieldSelection = Record<string, string[] | undefined>;

/** Reads `fields` and `fields[name]` out of a validated query. */
export function fieldSelection(query: Record<string, unknown>): FieldSelection | undefined {
  const selection: FieldSelection = {};
  for (const [key, value] of Object.entries(query)) {
    if (typeof value !== 'string') continue;
    if (key === 'fields') selection[''] = value.split(',');
    const embedded = /^fields\[(\w+)\]$/.exec(key);
    if (embedded?.[1]) selection[embedded[1]] = value.split(',');
  }
  return Object.keys(selection).length > 0 ? selection : undefined;
}

function pick(item: unknown, names: string[] | undefined, selection: FieldSelection): unknown {
  if (item === null || typeof item !== 'object') return item;
  if (Array.isArray(item)) return item.map((entry) => pick(entry, names, selection));
  const record = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const embedded = selection[key];
    if (names && key !== 'id' && !names.includes(key)) continue;
    out[key] = embedded ? pick(value, embedded, selection) : value;
  }
  return out;
}

/** Applies the selection to `data` (an item or a list of items) and switches to plain serialisation. */
export function applyFields<T extends { data: unknown }>(
  reply: FastifyReply,
  body: T,
  selection: FieldSelection | undefined,
): T {
  if (!selection) return body;
  // The item's version must reach its ETag even when `updatedAt` is not among the fields picked.
  const item = body.data as { id?: unknown; updatedAt?: unknown } | null;
  if (!Array.isArray(item) && typeof item?.id === 'string' && typeof item.updatedAt === 'string') {
    describeContent(reply, { version: resourceVersion({ id: item.id, updatedAt: item.updatedAt }) });
  }
  reply.serializer((payload: unknown) => JSON.stringify(payload));
  // A custom serializer leaves the media type to the route: JSON, unless the route chose another.
  if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8');
  return { ...body, data: pick(body.data, selection[''], selection) };
}

/** One item with the selection applied (for bodies that are not `{ data }`, like GeoJSON features). */
export function pickFields(item: unknown, selection: FieldSelection): unknown {
  return pick(item, selection[''], selection);
}

/** The query without `fields` and `fields[…]`, for callers that apply the selection themselves. */
export function withoutFields<Q extends object>(query: Q): Q {
  return Object.fromEntries(Object.entries(query).filter(([key]) => !/^fields(\[\w+\])?$/.test(key))) as Q;
}
