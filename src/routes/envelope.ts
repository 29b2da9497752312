import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '../repositories/pagination.ts';

/** The origin clients reach the API at: PUBLIC_URL when set, else the request's own, normalised. */
export function baseUrl(request: FastifyRequest): string {
  const configured = request.server.config.publicUrl;
  return configured ?? new URL(`${request.protocol}://${request.host}`).origin;
}

/**
 * Builds `{ data, meta, links }` for a page, with absolute links a client can follow as they are,
 * and the same `next` link as an RFC 8288 `Link` header for clients that page by headers.
 */
export function listEnvelope<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>, limit: number) {
  const self = new URL(request.url, baseUrl(request));
  let next: string | null = null;
  if (page.nextCursor !== null) {
    const nextUrl = new URL(self);
    nextUrl.searchParams.set('cursor', page.nextCursor);
    next = nextUrl.toString();
    reply.header('link', `<${next}>; rel="next"`);
  }
  return {
    data: page.items,
    meta: { limit, count: page.items.length, nextCursor: page.nextCursor },
    links: { self: self.toString(), next },
  };
}
