import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { rows } from '../../core/db/queries.ts';
import { nowIso } from '../../lib/clock.ts';
import { randomId } from '../../lib/ids.ts';

const RESOURCES = ['article', 'quote', 'person', 'place', 'organisation'] as const;
const ACTIONS = ['created', 'updated', 'deleted'] as const;
const WORKFLOW = ['article.scheduled', 'article.published', 'article.unpublished', 'article.archived'] as const;

/** Every event a webhook can subscribe to. */
export const EVENT_TYPES = [...RESOURCES.flatMap((r) => ACTIONS.map((a) => `${r}.${a}` as const)), ...WORKFLOW];
export type EventType = (typeof EVENT_TYPES)[number];

/** What subscriptions may name: an event, every event of a resource (`article.*`), or everything (`*`). */
export const EVENT_PATTERNS = ['*', ...RESOURCES.map((r) => `${r}.*`), ...EVENT_TYPES];

function subscribes(patterns: readonly string[], event: EventType): boolean {
  return patterns.some((pattern) => pattern === '*' || pattern === event || pattern === `${event.split('.')[0]}.*`);
}

interface Subscription {
  id: string;
  /** JSON text from SQLite; PostgreSQL's driver hands a `json` column over parsed. */
  events: string | string[];
}

/**
 * Records an event for every active webhook that subscribes to it. Call it inside the write's
 * transaction, with its handle: the delivery then exists exactly when the change does, and sending
 * it later (the dispatcher) can neither block nor lose the write. `data` may be a promise of it, or a
 * function giving it or a promise of it: it is then built only when some webhook subscribes (an ingest records
 * thousands of events, most often for nobody, and building each quote's view cost more than writing
 * the quote).
 */
export async function enqueueEvent(db: Db, type: EventType, data: unknown): Promise<void> {
  // Plain SQL, the same text every time: SQLite reuses one compiled statement (client.ts), where the
  // query builder compiled anew for each event. `WHERE active` reads a boolean on either store.
  const subscribers = (await rows<Subscription>(db, sql`SELECT id, events FROM webhooks WHERE active`))
    .map((hook) => ({
      id: hook.id,
      events: typeof hook.events === 'string' ? (JSON.parse(hook.events) as string[]) : hook.events,
    }))
    .filter((hook) => subscribes(hook.events, type));
  if (subscribers.length === 0) return;
  const occurredAt = nowIso();
  const eventId = randomId('evt');
  const payload = JSON.stringify({
    id: eventId,
    type,
    timestamp: occurredAt,
    data: await (typeof data === 'function' ? (data as () => unknown)() : data),
  });
  await db.insert(db.tables.webhookDeliveries).values(
    subscribers.map((hook) => ({
      id: randomId('msg'),
      webhookId: hook.id,
      event: type,
      payload,
      status: 'pending' as const,
      nextAttemptAt: occurredAt,
      createdAt: occurredAt,
    })),
  );
}
