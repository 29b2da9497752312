import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../resources/articles/revisions/repository.ts';
import { problemResponse } from './schemas.ts';

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

const PROBLEMS = {
  400: problemResponse('The body or a parameter is invalid; `errors` names each field'),
  404: problemResponse('No such resource'),
  409: problemResponse(
    'Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which',
  ),
  412: problemResponse('The resource changed since the ETag in If-Match was issued'),
  413: problemResponse('The body is larger than the limit'),
  415: problemResponse('The body is not JSON'),
  422: problemResponse('The body refers to something that does not exist or does not fit; `errors` names each field'),
  428: problemResponse('If-Match is missing'),
  503: {
    ...problemResponse('The server is busy with other work of this kind; send it again after Retry-After seconds'),
    headers: {
      'Retry-After': {
        type: 'integer',
        format: 'int32',
        minimum: 0,
        maximum: 2_147_483_647,
        description: 'Seconds to wait before retrying',
      },
    },
  },
} as const;
type ProblemStatus = keyof typeof PROBLEMS;

/** The problem responses a write route documents (401 and 403 come with its scope, see openapi.ts). */
export function problems<S extends ProblemStatus>(...statuses: S[]): Pick<typeof PROBLEMS, S> {
  return Object.fromEntries(statuses.map((status) => [status, PROBLEMS[status]])) as Pick<typeof PROBLEMS, S>;
}

/** Creating from a JSON body. */
export const createProblems = problems(400, 409, 413, 415);
/** Changing an existing resource from a JSON body, under If-Match. */
export const updateProblems = problems(400, 404, 409, 412, 413, 415, 428);
/** Deleting under If-Match. */
export const deleteProblems = problems(400, 404, 409, 412, 428);

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

/** A 201's Location, documented. */
export const locationHeader = {
  Location: { type: 'string', maxLength: 1000, description: 'The URL of the new resource' },
} as const;

/** A 201's Location and ETag, documented. */
export const createdHeaders = {
  ...locationHeader,
  ETag: { type: 'string', maxLength: 200, description: 'The new resource version; send it as If-Match to change it' },
} as const;
