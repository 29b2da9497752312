import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { webhookDeliveries, webhooks } from '../db/schema.ts';
import { nowIso } from '../lib/clock.ts';
import { randomId } from '../lib/ids.ts';

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

/**
 * Records an event for every active webhook that subscribes to it. Call it inside the write's
 * transaction: the delivery then exists exactly when the change does, and sending it later
 * (the dispatcher) can neither block nor lose the write.
 */
export function enqueueEvent(db: Db, type: EventType, data: unknown) {
  const subscribers = db
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(and(eq(webhooks.active, true)))
    .all()
    .filter((hook) => subscribes(hook.events, type));
  if (subscribers.length === 0) return;
  const occurredAt = nowIso();
  const eventId = randomId('evt');
  for (const hook of subscribers) {
    db.insert(webhookDeliveries)
      .values({
        id: randomId('msg'),
        webhookId: hook.id,
        event: type,
        payload: JSON.stringify({ id: eventId, type, timestamp: occurredAt, data }),
        status: 'pending',
        nextAttemptAt: occurredAt,
        createdAt: occurredAt,
      })
      .run();
  }
}
