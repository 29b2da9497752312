import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { FailureLimiter } from '../auth/failures.ts';
import { grants } from '../auth/scopes.ts';
import { keyIdOf } from '../auth/secrets.ts';
import type { ApiScope } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { authenticate, type ApiKey } from '../repositories/api-keys.ts';
import type { Audience } from '../repositories/visibility.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key the request authenticated with; null for anonymous requests. */
    apiKey: ApiKey | null;
  }
  interface FastifyContextConfig {
    /** The scope a route requires; absent for public routes. */
    scope?: ApiScope;
  }
}

const BEARER = /^Bearer +(\S+)$/i;

class UnauthorizedError extends ApiError {
  constructor(detail: string) {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

/** Whether the request's key grants `scope` (anonymous requests have no scopes). */
export function hasScope(request: FastifyRequest, scope: ApiScope): boolean {
  return request.apiKey !== null && grants(request.apiKey.scopes, scope);
}

/** Who the request reads as: editors (a key with `read:drafts`) see everything, anyone else what is public. */
export function audienceOf(request: FastifyRequest): Audience {
  return hasScope(request, 'read:drafts') ? 'editors' : 'public';
}

/** Refuses the request unless its key grants `scope`: 401 without a key, 403 with one that lacks it. */
export function requireScope(request: FastifyRequest, scope: ApiScope) {
  if (request.apiKey === null) {
    throw new UnauthorizedError(
      `This needs an API key with the \`${scope}\` scope: send \`Authorization: Bearer <key>\`.`,
    );
  }
  if (!grants(request.apiKey.scopes, scope)) {
    throw new ApiError(
      403,
      'forbidden',
      'Forbidden',
      `This needs the \`${scope}\` scope; the key "${request.apiKey.name}" has ${request.apiKey.scopes.map((s) => `\`${s}\``).join(', ') || 'none'}.`,
    );
  }
}

/**
 * API-key authentication. A request without `Authorization` is anonymous and sees public content;
 * one with a key must present a valid, unrevoked key (else 401 — a bad key is never silently
 * treated as anonymous). Routes name the scope they need in `config.scope`: no key is a 401,
 * a key without the scope a 403. Repeated failures from one client are refused with 429.
 */
async function authPlugin(app: FastifyInstance) {
  const { maxFailures, windowSeconds } = app.config.auth;
  const failures = new FailureLimiter(maxFailures, windowSeconds * 1000);
  app.decorateRequest('apiKey', null);

  function refuse(request: FastifyRequest, reply: FastifyReply, client: string, detail: string): never {
    failures.recordFailure(client);
    reply.header('www-authenticate', 'Bearer realm="dateline", error="invalid_token"');
    throw new UnauthorizedError(detail);
  }

  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const secret = BEARER.exec(header)?.[1];
    // Counted per client and per key tried: guessing at one key slows down, while an editor behind
    // the same address (a newsroom proxy) with a key of their own is not locked out by someone else.
    const client = `${request.ip} ${(secret && keyIdOf(secret)) ?? 'malformed'}`;
    const wait = failures.retryAfter(client);
    if (wait > 0) {
      reply.header('retry-after', Math.ceil(wait / 1000));
      throw new ApiError(
        429,
        'too-many-failed-authentications',
        'Too many failed authentications',
        `Too many requests with an invalid API key from this client; try again in ${Math.ceil(wait / 1000)} s.`,
      );
    }
    if (secret === undefined) refuse(request, reply, client, 'Send the API key as `Authorization: Bearer <key>`.');
    const key = authenticate(app.db, secret);
    if (!key) refuse(request, reply, client, 'The API key is not valid, or has been revoked.');
    request.apiKey = key;
  });

  // Also at onRequest, before the body is read: an anonymous caller learns nothing about its body.
  app.addHook('onRequest', async (request) => {
    const scope = request.routeOptions.config.scope;
    if (scope !== undefined) requireScope(request, scope);
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['database'] });
