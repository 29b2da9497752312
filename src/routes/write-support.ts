import type { FastifyRequest } from 'fastify';
import type { Actor } from '../repositories/revisions.ts';
import { problemResponse } from '../schemas/common.ts';

/** Who is writing: the request's API key (write routes always have one). */
export function actorOf(request: FastifyRequest): Actor {
  return request.apiKey && { id: request.apiKey.id, name: request.apiKey.name };
}

/**
 * JSON Merge Patch (RFC 7396) onto a resource's current fields: a member replaces the field, a
 * `null` member clears it. Schemas have already refused nulls for fields that cannot be empty.
 */
export function mergePatch<T extends object>(current: T, patch: Partial<T>): T {
  return { ...current, ...patch };
}

/** The problem responses a write route documents, besides the 401/403 every keyed route has. */
export const writeProblems = {
  400: problemResponse('The body or a parameter is invalid; `errors` names each field'),
  404: problemResponse('No such resource'),
  409: problemResponse(
    'Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which',
  ),
  413: problemResponse('The body is larger than the limit'),
  415: problemResponse('The body is not JSON'),
  422: problemResponse('The body refers to something that does not exist or does not fit; `errors` names each field'),
} as const;

/** …and those of a write to an existing resource, which must name the version it changes. */
export const updateProblems = {
  ...writeProblems,
  412: problemResponse('The resource changed since the ETag in If-Match was issued'),
  428: problemResponse('If-Match is missing'),
} as const;

export const IfMatchHeaders = {
  type: 'object',
  properties: {
    'if-match': {
      type: 'string',
      maxLength: 1000,
      description: 'The ETag of the version you read (from any GET of it, or the last write), or `*`',
    },
  },
} as const;

/** A 201's Location and ETag, documented. */
export const createdHeaders = {
  Location: { type: 'string', maxLength: 1000, description: 'The URL of the new resource' },
  ETag: { type: 'string', maxLength: 200, description: 'The new resource version; send it as If-Match to change it' },
} as const;
