import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { currentSlugFor } from '../db/slugs.ts';
import { isSluggedType } from '../db/named-tables.ts';
import type { NotFoundError } from '../http/errors.ts';
import { looksLikeId } from '../../lib/ids.ts';
import { audienceOf } from './auth.ts';

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * For an `{idOrSlug}` that names nothing: when it is a slug the resource used to have, a 301 to
 * the resource under its current slug (query string kept), so links made before a rename work —
 * for those who may see the resource: to anyone else an old slug is as unknown as any. Returns
 * whether it answered with a redirect (problems.ts answers everything else).
 */
export async function redirectRenamed(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  notFound: NotFoundError,
): Promise<boolean> {
  const { resource: type, key: idOrSlug } = notFound;
  if (!isSluggedType(type)) return false;
  // Only reads: a client may replay a redirected write as a GET, and a write should name what it changes.
  if (looksLikeId(idOrSlug) || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  const current = await currentSlugFor(db, type, idOrSlug, audienceOf(request));
  if (current === undefined) return false;
  const [path = '', query] = request.url.split('?');
  const segments = path.split('/');
  const at = segments.findIndex((segment) => safeDecode(segment) === idOrSlug);
  if (at === -1) return false;
  segments[at] = current;
  void reply.redirect(segments.join('/') + (query === undefined ? '' : `?${query}`), 301);
  return true;
}
