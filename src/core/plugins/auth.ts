import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { FailureLimiter } from './auth-failures.ts';
import { grants } from './auth-scopes.ts';
import { keyIdOf } from '../../lib/secrets.ts';
import type { ApiScope } from '../db/schema.ts';
import { onPrimary } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import { authenticate, type ApiKey } from '../../resources/keys/repository.ts';
import type { Audience } from '../db/visibility.ts';

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
 * a key without the scope a 403.
 *
 * Failed authentications are counted per client address and, separately, per key id tried; past
 * the limit of either, a failure is answered 429 with `Retry-After` instead of 401. A right
 * secret is always let in, so nobody can lock a key's owner out by guessing at it, even from the
 * owner's own address (a newsroom behind one proxy). What bounds guessing is the rate limit,
 * which counts every request, failed ones too: authentication runs after it on each route.
 */
async function authPlugin(app: FastifyInstance) {
  const { maxFailures, windowSeconds } = app.config.auth;
  const byAddress = new FailureLimiter(maxFailures, windowSeconds * 1000);
  const byKeyId = new FailureLimiter(maxFailures, windowSeconds * 1000);
  app.decorateRequest('apiKey', null);

  function refuse(request: FastifyRequest, reply: FastifyReply, keyId: string | undefined, detail: string): never {
    const now = Date.now();
    const wait = Math.max(byAddress.retryAfter(request.ip, now), keyId ? byKeyId.retryAfter(keyId, now) : 0);
    byAddress.recordFailure(request.ip, now);
    if (keyId) byKeyId.recordFailure(keyId, now);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      reply.header('retry-after', seconds);
      throw new ApiError(
        429,
        'too-many-failed-authentications',
        'Too many failed authentications',
        `Too many requests with an invalid API key from this client or for this key; try again in ${seconds} s.`,
      );
    }
    reply.header('www-authenticate', 'Bearer realm="dateline", error="invalid_token"');
    throw new UnauthorizedError(detail);
  }

  const authenticateOnPrimary = async (secret: string) => {
    const primary = onPrimary(app.db);
    return primary === app.db ? undefined : authenticate(primary, secret);
  };

  async function authenticateRequest(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const secret = BEARER.exec(header)?.[1];
    if (secret === undefined) refuse(request, reply, undefined, 'Send the API key as `Authorization: Bearer <key>`.');
    // A key made a moment ago may not have reached a read replica yet: ask the primary before refusing.
    const key = (await authenticate(app.db, secret)) ?? (await authenticateOnPrimary(secret));
    if (!key) refuse(request, reply, keyIdOf(secret), 'The API key is not valid, or has been revoked.');
    request.apiKey = key;
  }

  // Before the body is read: an anonymous caller learns nothing about its body.
  async function checkScope(request: FastifyRequest) {
    const scope = request.routeOptions.config.scope;
    if (scope !== undefined) requireScope(request, scope);
  }

  // On each route, after the rate limit's own hook (registered before this plugin), so that every
  // attempt with a key, failed or not, counts against the client's allowance.
  app.addHook('onRoute', (route) => {
    route.onRequest = [route.onRequest ?? []].flat().concat(authenticateRequest, checkScope);
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['database'] });
