import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  ApiError,
  invalidSearch,
  NotFoundError,
  type InvalidParameter,
  type ParameterLocation,
} from '../http/errors.ts';
import { classifyDatabaseError, type DatabaseFailure } from '../db/errors.ts';
import { DATE_TIME_RULE } from '../../lib/instants.ts';
import { redirectRenamed } from './slug-redirects.ts';
import type { Problem } from '../http/schemas.ts';
import { boundedProblem, frameworkProblem } from '../http/problem-types.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * The one place errors become responses: every error is RFC 9457 problem+json, bad input names
 * the offending parameter, and nothing about a server fault leaks to the client.
 */

const LOCATIONS: Record<string, ParameterLocation> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

interface AjvError {
  instancePath: string;
  keyword?: string;
  message?: string;
  params: Record<string, unknown>;
}

function invalidParameters(error: FastifyError): InvalidParameter[] {
  const location = LOCATIONS[error.validationContext ?? ''] ?? 'body';
  return (error.validation as AjvError[]).map((issue) => {
    const segments = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    // A repeated query parameter is an array; its name, not `kind.0`, is what the client typed.
    const path = (location === 'query' ? segments.slice(0, 1) : segments).join('.');
    const extra = issue.params.additionalProperty ?? issue.params.missingProperty;
    const name = [path, typeof extra === 'string' ? extra : ''].filter(Boolean).join('.');
    const detail = issue.params.additionalProperty
      ? `is not a known ${location === 'query' ? 'parameter' : 'field'}`
      : issue.params.missingProperty
        ? 'is required'
        : issue.keyword === 'format' && issue.params.format === 'date-time'
          ? DATE_TIME_RULE
          : (issue.message ?? 'is invalid');
    return { location, name: name || '(root)', detail };
  });
}

function send(request: FastifyRequest, reply: FastifyReply, problem: Omit<Problem, 'instance' | 'requestId'>) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send(boundedProblem({ ...problem, instance: request.url, requestId: request.id }));
}

/**
 * Errors Fastify raises before any route runs (a URL that is not valid percent-encoding, a path
 * parameter too long for the router): the same problem+json as everything else. No hook runs for
 * these, so the headers hooks would add are set here.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.headers({ ...securityHeaders(), 'x-request-id': request.id, 'cache-control': 'no-store' });
  return send(request, reply, frameworkProblem(error.statusCode ?? 400, error.code, error.message));
}

/** Seconds a client is asked to wait before retrying when the database is down or overloaded. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

type Answer = Omit<Problem, 'instance' | 'requestId'>;

/**
 * The database's own guards, should a write get past the checks made before it (two editors
 * racing for one slug): a 409 naming the field, never a 500 or the database's wording.
 */
function conflictProblem(failure: DatabaseFailure): Answer {
  const unique = failure.kind === 'unique';
  const name = unique ? failure.column?.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()) : undefined;
  return {
    type: unique ? '/problems/unique-conflict' : '/problems/constraint-conflict',
    title: 'Conflict',
    status: 409,
    detail: unique
      ? `Another resource already has this ${name ?? 'value'}.`
      : 'The change would break a rule of the stored data (a reference or a required pairing); nothing was changed.',
    ...(name && { errors: [{ location: 'body' as const, name, detail: 'is already taken' }] }),
  };
}

/**
 * The database down, unreachable, overloaded, or too slow to answer: a 503 the client may retry,
 * saying nothing of the server (no host, SQL or stack; the log has those).
 */
function unavailableProblem(failure: DatabaseFailure): Answer {
  const timeout = failure.kind === 'timeout';
  return {
    type: timeout ? '/problems/database-timeout' : '/problems/database-unavailable',
    title: 'Service unavailable',
    status: 503,
    detail: timeout
      ? `The database did not answer in time; nothing was changed. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`
      : `The database cannot be reached just now; nothing was changed. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
  };
}

function sendApiError(request: FastifyRequest, reply: FastifyReply, error: ApiError) {
  // RFC 9110: a 401 says how to authenticate.
  if (error.status === 401 && !reply.hasHeader('www-authenticate')) {
    reply.header('www-authenticate', 'Bearer realm="dateline"');
  }
  return send(request, reply, {
    type: `/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    ...(error.errors && { errors: error.errors }),
  });
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    // A slug the resource used to have answers with a redirect to where it is now.
    if (error instanceof NotFoundError && (await redirectRenamed(app.db, request, reply, error))) return reply;
    if (error instanceof ApiError) return sendApiError(request, reply, error);
    if (error.validation) {
      const errors = invalidParameters(error);
      return send(request, reply, {
        type: '/problems/invalid-request',
        title: 'Invalid request',
        status: 400,
        detail: errors.map((e) => `${e.location} parameter "${e.name}" ${e.detail}`).join('; '),
        errors,
      });
    }
    const failure = classifyDatabaseError(error);
    if (failure?.kind === 'unavailable' || failure?.kind === 'timeout') {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return send(request, reply, unavailableProblem(failure));
    }
    if (failure?.kind === 'search-syntax') return sendApiError(request, reply, invalidSearch(failure.reason));
    if (failure) return send(request, reply, conflictProblem(failure));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, wrong media type, body too large), as the API's problem types.
      return send(request, reply, frameworkProblem(status, error.code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, {
      type: '/problems/internal-error',
      title: 'Internal server error',
      status: 500,
      detail: `Something went wrong on our side. Quote request id ${request.id} when reporting it.`,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(request, reply, {
      type: '/problems/route-not-found',
      title: 'Not found',
      status: 404,
      detail: `No route serves ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

export default fp(errorsPlugin, { name: 'errors' });
