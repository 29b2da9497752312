import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '../repositories/pagination.ts';

/**
 * Builds `{ data, meta, links }` for a page, with absolute links a client can follow as they are,
 * and the same `next` link as an RFC 8288 `Link` header for clients that page by headers.
 */
export function listEnvelope<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>, limit: number) {
  const base = request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
  const self = new URL(request.url, base);
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
