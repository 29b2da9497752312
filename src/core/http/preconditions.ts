import type { FastifyRequest } from 'fastify';
import { ApiError, orNotFound } from './errors.ts';
import { resourceVersion, versionOfTag, versionTag } from './versions.ts';

/**
 * Optimistic concurrency: a write to an existing resource must say which version it changes
 * (`If-Match` with an ETag the client read), so two editors never overwrite each other silently.
 * Any representation's ETag names the version (see versions.ts); `*` means "whatever is there".
 */
export function requireCurrentVersion(
  request: FastifyRequest,
  resource: string,
  current: { id: string; updatedAt: string },
) {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new ApiError(
      428,
      'precondition-required',
      'Precondition required',
      `Send If-Match with the ETag of the ${resource} you read, so that a change made since is not overwritten.`,
      [{ location: 'header', name: 'If-Match', detail: 'is required' }],
    );
  }
  if (header.trim() === '*') return;
  const version = versionTag(resourceVersion(current));
  // If-Match compares strongly: weak tags (W/"…") never match.
  const matches = header.split(',').some((tag) => !tag.trim().startsWith('W/') && versionOfTag(tag) === version);
  if (!matches) {
    throw new ApiError(
      412,
      'precondition-failed',
      'Precondition failed',
      `The ${resource} has changed since that ETag was issued (it was last updated at ${current.updatedAt}); read it again and reapply your change.`,
      [{ location: 'header', name: 'If-Match', detail: 'does not match the current version' }],
    );
  }
}

/** The resource a write names (`key`), at the version If-Match names: else 404, 428 or 412. */
export function requireCurrent<T extends { id: string; updatedAt: string }>(
  request: FastifyRequest,
  resource: string,
  key: string,
  row: T | undefined,
): T {
  const current = orNotFound(row, resource, key);
  requireCurrentVersion(request, resource, current);
  return current;
}
