import type { Db } from '../../core/db/client.ts';
import { webhookDeliveries } from '../../core/db/schema.ts';
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
  events: string;
}

/**
 * Records an event for every active webhook that subscribes to it. Call it inside the write's
 * transaction: the delivery then exists exactly when the change does, and sending it later
 * (the dispatcher) can neither block nor lose the write. `data` may be a function giving it: it is
 * then built only when some webhook subscribes (an ingest records thousands of events, most often
 * for nobody, and building each quote's view cost more than writing the quote).
 */
export function enqueueEvent(db: Db, type: EventType, data: unknown) {
  // Plain SQL: one compiled statement for every event, where the query builder compiled anew each time.
  const subscribers = (db.$client.prepare('SELECT id, events FROM webhooks WHERE active = 1').all() as Subscription[])
    .map((hook) => ({ id: hook.id, events: JSON.parse(hook.events) as string[] }))
    .filter((hook) => subscribes(hook.events, type));
  if (subscribers.length === 0) return;
  const occurredAt = nowIso();
  const eventId = randomId('evt');
  const payload = JSON.stringify({
    id: eventId,
    type,
    timestamp: occurredAt,
    data: typeof data === 'function' ? (data as () => unknown)() : data,
  });
  for (const hook of subscribers) {
    db.insert(webhookDeliveries)
      .values({
        id: randomId('msg'),
        webhookId: hook.id,
        event: type,
        payload,
        status: 'pending',
        nextAttemptAt: occurredAt,
        createdAt: occurredAt,
      })
      .run();
  }
}
