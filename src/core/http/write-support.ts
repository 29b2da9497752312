import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../resources/articles/revisions/repository.ts';

/** Who is writing: the request's API key (write routes always have one). */
export function actorOf(request: FastifyRequest): Actor {
  return request.apiKey && { id: request.apiKey.id, name: request.apiKey.name };
}

/**
 * JSON Merge Patch (RFC 7396) onto a resource's current fields: a member replaces the field, a
 * `null` member clears it. Schemas have already refused nulls for fields that cannot be empty.
 */
export function mergePatch<T>(current: T, patch: Partial<T>): T {
  return { ...current, ...patch };
}

/**
 * The If-Match request header, documented (what it names may be worded per resource). Optional to
 * the schema: a write without it is answered 428 by `requireCurrent`, as a problem naming it.
 */
export function ifMatchHeaders(description: string) {
  return {
    type: 'object',
    properties: { 'if-match': { type: 'string', maxLength: 1000, description } },
  } as const;
}

export const IfMatchHeaders = ifMatchHeaders(
  'The ETag of the version you read (from any GET of it, or the last write), or `*`',
);

/** A 201's Location, documented. */
export const locationHeader = {
  Location: { type: 'string', maxLength: 1000, description: 'The URL of the new resource' },
} as const;

/** A 201's Location and ETag, documented. */
export const createdHeaders = {
  ...locationHeader,
  ETag: { type: 'string', maxLength: 200, description: 'The new resource version; send it as If-Match to change it' },
} as const;
