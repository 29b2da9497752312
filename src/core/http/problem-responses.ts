import { ref, Problem } from './schemas.ts';

/**
 * The one way routes document their error responses: each is problem+json (see problems.ts in
 * core/plugins, which produces them), described by status.
 */

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref(Problem) } },
});

/** The error responses every read route can give. */
export const readProblems = problemsWorded({
  400: 'A parameter is invalid; `errors` names each one',
  404: 'No such resource',
});

type ProblemResponse = ReturnType<typeof problemResponse>;

/** The wording of each problem status wherever a resource does not need its own. */
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

/**
 * The problem responses a route documents, in the usual wording. A route with a scope gets its 401
 * and 403 from openapi.ts, which documents what the auth plugin enforces: never list them here.
 */
export function problems<S extends ProblemStatus>(...statuses: S[]): Pick<typeof PROBLEMS, S> {
  return Object.fromEntries(statuses.map((status) => [status, PROBLEMS[status]])) as Pick<typeof PROBLEMS, S>;
}

/** Problem responses in a resource's own wording, e.g. `{ 404: 'No such webhook' }`. */
export function problemsWorded<S extends number>(wording: Record<S, string>): Record<S, ProblemResponse> {
  return Object.fromEntries(
    Object.entries<string>(wording).map(([status, description]) => [status, problemResponse(description)]),
  ) as Record<S, ProblemResponse>;
}

/** Creating from a JSON body. */
export const createProblems = problems(400, 409, 413, 415);
/** Changing an existing resource from a JSON body, under If-Match. */
export const updateProblems = problems(400, 404, 409, 412, 413, 415, 428);
/** Deleting under If-Match. */
export const deleteProblems = problems(400, 404, 409, 412, 428);
