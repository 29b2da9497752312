import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidParameterError } from './errors.ts';
export { addVary } from './vary.ts';
import type { Page } from '../db/pagination.ts';
import { describeContent } from './content-description.ts';

/** The origin clients reach the API at: PUBLIC_URL when set, else the request's own, normalised. */
export function baseUrl(request: FastifyRequest): string {
  const configured = request.server.config.publicUrl;
  if (configured) return configured;
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    throw new InvalidParameterError({ location: 'header', name: 'host', detail: 'is not a valid host[:port]' });
  }
}

function withCursor(self: URL, cursor: string | null): string | null {
  if (cursor === null) return null;
  const url = new URL(self);
  url.searchParams.set('cursor', cursor);
  return url.toString();
}

/**
 * Builds `{ data, meta, links }` for a page, with absolute links a client can follow as they are,
 * and the same links as an RFC 8288 `Link` header for clients that page by headers.
 */
export function listEnvelope<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  page: Page<T>,
  limit: number,
  total?: number,
) {
  const self = new URL(request.url, baseUrl(request));
  const next = withCursor(self, page.nextCursor);
  const prev = withCursor(self, page.prevCursor);
  const link = [next && `<${next}>; rel="next"`, prev && `<${prev}>; rel="prev"`].filter(Boolean).join(', ');
  if (link) reply.header('link', link);
  // A page read with the time of the last change: its Last-Modified describes that very snapshot.
  if (page.lastChange !== undefined) describeContent(reply, { lastChange: page.lastChange });
  return {
    data: page.items,
    meta: {
      limit,
      count: page.items.length,
      nextCursor: page.nextCursor,
      prevCursor: page.prevCursor,
      ...(total !== undefined && { total }),
    },
    links: { self: self.toString(), next, prev },
  };
}
