import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InvalidParameterError } from '../http/errors.ts';

/**
 * Request bodies are JSON: `application/json`, and JSON Merge Patch (RFC 7396) for PATCH. Anything
 * else is a 415, not a string that fails validation as a 400. Many HTTP clients send
 * `Content-Type: application/json` on every request, a DELETE with no body included: an empty
 * body on a route that takes none is no body. Where a route needs one, it is a 400 naming it.
 */

type Done = (error: Error | null, body?: unknown) => void;

async function jsonBodies(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const parser = (request: FastifyRequest, body: string, done: Done) => {
    if (body.length > 0) return parseJson(request, body, done);
    if (request.routeOptions.schema?.body === undefined) return done(null, undefined);
    done(new InvalidParameterError({ location: 'body', name: '(root)', detail: 'is empty: this needs a JSON body' }));
  };
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'string' }, parser);
}

export default fp(jsonBodies, { name: 'json-bodies' });
