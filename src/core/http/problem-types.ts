import type { Problem } from './schemas.ts';

/**
 * The problem types of errors that Fastify, its plugins or Node's HTTP parser raise: always the
 * API's own (`/problems/malformed-json`), never the framework's error codes, which are not part of
 * the contract and change between versions. Also the limits every problem is kept within.
 */

type FrameworkProblem = Omit<Problem, 'instance' | 'requestId'>;

interface Kind {
  type: string;
  title: string;
  /** Our own wording; when absent, the framework's message (they carry no internals) is used. */
  detail?: string;
}

const BY_STATUS: Record<number, Kind> = {
  400: { type: '/problems/bad-request', title: 'Bad request' },
  404: { type: '/problems/route-not-found', title: 'Not found' },
  405: { type: '/problems/method-not-allowed', title: 'Method not allowed' },
  406: { type: '/problems/not-acceptable', title: 'Not acceptable' },
  408: { type: '/problems/request-timeout', title: 'Request timeout' },
  413: { type: '/problems/payload-too-large', title: 'Payload too large' },
  414: { type: '/problems/uri-too-long', title: 'URI too long' },
  415: { type: '/problems/unsupported-media-type', title: 'Unsupported media type' },
  429: { type: '/problems/rate-limited', title: 'Too many requests' },
  431: { type: '/problems/request-header-fields-too-large', title: 'Request header fields too large' },
};

const BY_CODE: Record<string, Kind> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    type: '/problems/malformed-json',
    title: 'Bad request',
    detail: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    type: '/problems/unsupported-media-type',
    title: 'Unsupported media type',
    detail: 'The body must be JSON: send it as application/json (PATCH also takes application/merge-patch+json).',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: '/problems/payload-too-large', title: 'Payload too large' },
  FST_ERR_BAD_URL: {
    type: '/problems/malformed-url',
    title: 'Bad request',
    detail: 'The URL is not valid percent-encoded UTF-8.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    type: '/problems/uri-too-long',
    title: 'URI too long',
    detail: 'A path segment is longer than any id or slug (200 characters).',
  },
  HPE_HEADER_OVERFLOW: {
    type: '/problems/request-header-fields-too-large',
    title: 'Request header fields too large',
    detail: 'The request line and headers together are larger than the server accepts.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    type: '/problems/request-timeout',
    title: 'Request timeout',
    detail: 'The request did not arrive in time.',
  },
};

/** A client error (4xx) raised by the framework, as an API problem. */
export function frameworkProblem(status: number, code: string | undefined, message: string): FrameworkProblem {
  const kind = (code !== undefined ? BY_CODE[code] : undefined) ??
    BY_STATUS[status] ?? { type: '/problems/bad-request', title: 'Bad request' };
  return { type: kind.type, title: kind.title, status, detail: kind.detail ?? message };
}

/** What the Problem schema allows of each text, and of the list of invalid parameters. */
const MAX_TEXT = 1000;
const MAX_ERRORS = 100;

const bounded = (text: string) => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`);

/**
 * A problem within its documented limits: a detail, instance or parameter name built from what
 * the client sent (a 16 KB URL, a thousand unknown fields) is cut to 1,000 characters with `…`,
 * and `errors` lists the first 100 invalid parameters.
 */
export function boundedProblem(problem: Problem): Problem {
  return {
    ...problem,
    title: bounded(problem.title),
    ...(problem.detail !== undefined && { detail: bounded(problem.detail) }),
    ...(problem.instance !== undefined && { instance: bounded(problem.instance) }),
    ...(problem.errors && {
      errors: problem.errors
        .slice(0, MAX_ERRORS)
        .map((error) => ({ ...error, name: bounded(error.name), detail: bounded(error.detail) })),
    }),
  };
}
