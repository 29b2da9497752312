import { hash } from 'node:crypto';

/**
 * Version tokens for optimistic concurrency: every ETag of an item starts with a short form of
 * its version, so a write's `If-Match` (preconditions.ts) can compare versions whatever
 * representation (fields, include, format, content coding) the client's tag came from.
 */

/** A resource's version: which resource, and its `updatedAt` (strictly increasing per row, see clock.ts). */
export const resourceVersion = (resource: { id: string; updatedAt: string }) => `${resource.id}@${resource.updatedAt}`;

/** A short form of a resource version for use inside an ETag. */
export const versionTag = (version: string) => hash('sha256', version, 'hex').slice(0, 12);

/** The version part of an ETag a client sends back (`"lx3k….hash"`), if it has one. */
export function versionOfTag(tag: string): string | undefined {
  return /^"([0-9a-z]+)\./.exec(tag.trim())?.[1];
}
