import { and, asc, eq, lte, min, ne, notInArray, type SQL } from 'drizzle-orm';
import { inTransaction } from '../../core/db/transaction.ts';
import type { Db } from '../../core/db/client.ts';
import { webhookDeliveries, webhooks } from '../../core/db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { randomId } from '../../lib/ids.ts';
import { readPage, sortBy, type Page, type PageRequest } from '../../core/db/pagination.ts';
import type { WebhookDelivery } from './schema.ts';

/**
 * The outbox's other side: the delivery log the API shows, and the queue the dispatcher works
 * through. A delivery is `pending` until its receiver answers 2xx (`delivered`) or its last
 * attempt fails (`failed`).
 */

type Row = typeof webhookDeliveries.$inferSelect;
export type DeliveryStatus = Row['status'];

/** What the dispatcher needs to send one delivery. */
export interface DueDelivery {
  id: string;
  url: string;
  secret: string;
  payload: string;
  attempts: number;
  nextAttemptAt: string | null;
}

const ORDER = sortBy('deliveries', '-createdAt', webhookDeliveries.createdAt, webhookDeliveries.id);

function toDelivery({ webhookId: _webhookId, payload, ...row }: Row): WebhookDelivery {
  return { ...row, payload: JSON.parse(payload) as Record<string, unknown> };
}

/** A subscription's deliveries, newest first, optionally only those with one status. */
export function listDeliveries(
  db: Db,
  webhookId: string,
  page: PageRequest,
  status?: DeliveryStatus,
): Page<WebhookDelivery> {
  const filters: (SQL | undefined)[] = [
    eq(webhookDeliveries.webhookId, webhookId),
    status === undefined ? undefined : eq(webhookDeliveries.status, status),
  ];
  return readPage({
    order: ORDER,
    request: page,
    rows: ({ condition, orderBy, limit }) =>
      db
        .select()
        .from(webhookDeliveries)
        .where(and(...filters, condition))
        .orderBy(...orderBy)
        .limit(limit)
        .all(),
    keyValues: (row) => [row.createdAt, row.id],
    toItem: toDelivery,
  });
}

export function findDelivery(db: Db, webhookId: string, id: string): WebhookDelivery | undefined {
  const row = db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id)))
    .get();
  return row && toDelivery(row);
}

/**
 * Queues a settled (delivered or failed) delivery for one more attempt, now, with the same id
 * (receivers deduplicate on it). Its attempt count carries on, so one that fails again is failed
 * again. Undefined when there is no such settled delivery.
 */
export function requeueDelivery(db: Db, webhookId: string, id: string): WebhookDelivery | undefined {
  const row = db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: nowIso() })
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        eq(webhookDeliveries.id, id),
        ne(webhookDeliveries.status, 'pending'),
      ),
    )
    .returning()
    .get();
  return row && toDelivery(row);
}

/** Queues a `ping` for one subscription, whatever its events: a test that the receiver works. */
export function enqueuePing(db: Db, webhookId: string): Promise<WebhookDelivery> {
  return inTransaction(db, (db) => {
    const now = nowIso();
    const payload = { id: randomId('evt'), type: 'ping', timestamp: now, data: { webhookId } };
    const row = db
      .insert(webhookDeliveries)
      .values({
        id: randomId('msg'),
        webhookId,
        event: 'ping',
        payload: JSON.stringify(payload),
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning()
      .get();
    return toDelivery(row);
  });
}

const dueCondition = (now: string) =>
  and(
    eq(webhookDeliveries.status, 'pending'),
    lte(webhookDeliveries.nextAttemptAt, now),
    // Deliveries of an inactive subscription wait, and go out when it is switched back on.
    eq(webhooks.active, true),
  );

/** Up to `limit` deliveries due at `now`, oldest due first, leaving out those already being sent. */
export function dueDeliveries(db: Db, now: string, limit: number, exclude: string[]): DueDelivery[] {
  return db
    .select({
      id: webhookDeliveries.id,
      url: webhooks.url,
      secret: webhooks.secret,
      payload: webhookDeliveries.payload,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(dueCondition(now), exclude.length > 0 ? notInArray(webhookDeliveries.id, exclude) : undefined))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.createdAt))
    .limit(limit)
    .all();
}

/** When the next pending delivery of an active subscription falls due, if any is waiting. */
export function nextDueAt(db: Db): string | undefined {
  const row = db
    .select({ at: min(webhookDeliveries.nextAttemptAt) })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(eq(webhookDeliveries.status, 'pending'), eq(webhooks.active, true)))
    .get();
  return row?.at ?? undefined;
}

/**
 * Takes a due delivery for sending: pushes its next attempt to `leaseUntil`, so that if this
 * process dies mid-send, the delivery is tried again after the lease rather than lost. False when
 * someone else (another process on the same file) took it first.
 */
export function claimDelivery(db: Db, delivery: DueDelivery, leaseUntil: string): Promise<boolean> {
  return inTransaction(db, (db) => {
    const same =
      delivery.nextAttemptAt === null ? undefined : eq(webhookDeliveries.nextAttemptAt, delivery.nextAttemptAt);
    const result = db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending'), same))
      .run();
    return result.changes > 0;
  });
}

export interface AttemptOutcome {
  at: string;
  statusCode: number | null;
  error: string | null;
  /** The attempt count after this one. */
  attempts: number;
  /** Settled as `delivered` or `failed`, or still `pending` with a next attempt due then. */
  status: DeliveryStatus;
  nextAttemptAt: string | null;
}

export function recordAttempt(db: Db, id: string, outcome: AttemptOutcome) {
  return inTransaction(db, (db) => {
    db.update(webhookDeliveries)
      .set({
        status: outcome.status,
        attempts: outcome.attempts,
        nextAttemptAt: outcome.nextAttemptAt,
        lastAttemptAt: outcome.at,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
      })
      .where(eq(webhookDeliveries.id, id))
      .run();
  });
}

/** Gives back a claimed delivery without counting an attempt (the dispatcher is stopping): due again at `at`. */
export function releaseDelivery(db: Db, id: string, at: string) {
  return inTransaction(db, (db) => {
    db.update(webhookDeliveries)
      .set({ nextAttemptAt: at })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')))
      .run();
  });
}
