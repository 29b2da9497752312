import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { looksLikeId } from '../lib/ids.ts';

/** The condition that finds a row by the `{idOrSlug}` a route was given. */
export function byIdOrSlug(table: { id: SQLiteColumn; slug: SQLiteColumn }, idOrSlug: string): SQL {
  return looksLikeId(idOrSlug) ? eq(table.id, idOrSlug) : eq(table.slug, idOrSlug);
}
