/**
 * The tables moved to src/core/db/schema.ts. The ingest engine (src/ingest/), which another branch is
 * reworking, imports its vocabulary (place and quote kinds, body blocks) from this path: once that
 * branch has landed, point its imports at core/db/schema.ts and delete this file.
 */
export * from '../core/db/schema.ts';
