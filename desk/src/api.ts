import { createDatelineClient, type Schemas } from '../../src/client/index.ts';
import { storedSecret } from './session.ts';

/**
 * The desk talks to the API only through the typed client (types generated from openapi.yaml).
 * The key is added to each request here, from session storage, and nowhere else.
 */
export const api = createDatelineClient<'application/json'>({ baseUrl: location.origin });
/** The same API asked for GeoJSON (place lists as FeatureCollections). */
export const geoApi = createDatelineClient<'application/geo+json'>({
  baseUrl: location.origin,
  headers: { accept: 'application/geo+json' },
});

const withKey = {
  onRequest({ request }: { request: Request }) {
    const secret = storedSecret();
    if (secret) request.headers.set('authorization', `Bearer ${secret}`);
    return request;
  },
};
/** A key the API refuses (revoked, say) ends the session: the app listens for this. */
export const UNAUTHORIZED_EVENT = 'desk:unauthorized';
const refusals = {
  onResponse({ response }: { response: Response }) {
    if (response.status === 401 && storedSecret()) dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    return response;
  },
};
api.use(withKey, refusals);
geoApi.use(withKey, refusals);

export type Problem = Schemas['Problem'];

/** An API answer that was not a success, kept whole so screens can show `detail` and each field. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }
}

function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
}

/**
 * The data of a successful answer, or an ApiFailure carrying the problem. Usage:
 *   const { data, etag } = await must(api.GET('/people/{idOrSlug}', { params: { path: { idOrSlug } } }));
 */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; etag: string | null; response: Response }> {
  let result;
  try {
    result = await call;
  } catch (error) {
    throw new ApiFailure(0, {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: `The API did not answer (${error instanceof Error ? error.message : String(error)}).`,
    });
  }
  const { data, error, response } = result;
  if (!response.ok || data === undefined) {
    throw new ApiFailure(response.status, asProblem(error, response));
  }
  return { data, etag: response.headers.get('etag'), response };
}

/** The message to show an editor for anything thrown while talking to the API. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) {
    const fields = error.problem.errors?.map((e) => `${e.name} ${e.detail}`) ?? [];
    const detail = error.problem.detail ?? error.problem.title;
    return fields.length > 1 ? `${detail} (${fields.join('; ')})` : detail;
  }
  return error instanceof Error ? error.message : String(error);
}
