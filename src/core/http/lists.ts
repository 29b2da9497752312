import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import type { Page, PageRequest } from '../db/pagination.ts';
import type { Unresolved } from '../db/filters.ts';
import { DEFAULT_LIMIT, parseInclude } from './schemas.ts';
import { listEnvelope } from './envelope.ts';
import { applyFields, fieldSelection } from './fields.ts';
import { lastChangeTime } from '../../resources/changes/repository.ts';

/** The list controls every list query has (see `listControls`). */
export interface ListControls {
  limit?: number | undefined;
  cursor?: string | undefined;
  sort?: string | undefined;
  include?: string | undefined;
  total?: boolean | undefined;
}

/**
 * Answers any list the same way: one page of what the filters match, related resources embedded
 * as `include=` asks, the exact total when `total=true`, and the fields `fields=` keeps.
 */
export async function sendList<T, F, Include extends string = string>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: ListControls,
  resource: {
    filters: F | Promise<F>;
    list: (db: Db, page: PageRequest, filters: F, sort?: string) => Promise<Page<T>>;
    count: (db: Db, filters: F) => Promise<number>;
    embed: (db: Db, items: T[], include: Set<Include>) => Promise<T[]>;
    /** The filters naming entities: keys the page's statement looked up itself are resolved when it is empty (list-params.ts). */
    relations?: (filters: F) => (Unresolved | undefined)[];
  },
) {
  const db = request.server.db;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const filters = await resource.filters;
  let page = await resource.list(db, { limit, cursor: query.cursor }, filters, query.sort);
  if (page.items.length === 0) {
    // An unknown key found nothing and so emptied the page: resolving it answers 400, naming it. An
    // empty page also brought no time of the last change (prepared-select.ts), which its Last-Modified
    // needs: read together, so that on PostgreSQL an empty page waits for one round trip, not two.
    // The keys one after another, so that of two unknown keys the 400 always names the first.
    const keysResolved = (async () => {
      for (const relation of resource.relations?.(filters) ?? []) await relation?.unresolved?.();
    })();
    const [lastChange] = await Promise.all([page.lastChange ?? lastChangeTime(db), keysResolved]);
    page = { ...page, lastChange };
  }
  const items = await resource.embed(db, page.items, parseInclude<Include>(query.include));
  const total = query.total ? await resource.count(db, filters) : undefined;
  return applyFields(
    reply,
    listEnvelope(request, reply, { ...page, items }, limit, total),
    fieldSelection(query as Record<string, unknown>),
  );
}
