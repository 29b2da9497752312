import { and, asc, eq, lte, min, ne, notInArray, type SQL } from 'drizzle-orm';
import { inTransaction } from '../../core/db/transaction.ts';
import { changedRows, first } from '../../core/db/queries.ts';
import type { Db, Tables } from '../../core/db/client.ts';
import type { webhookDeliveries } from '../../core/db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { randomId } from '../../lib/ids.ts';
import { planPage, sortBy, toPage, type Page, type PageRequest } from '../../core/db/pagination.ts';
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

/** Newest first; built over the handle's own tables, so that each store sorts on its own columns. */
const order = ({ webhookDeliveries }: Tables) =>
  sortBy('deliveries', '-createdAt', webhookDeliveries.createdAt, webhookDeliveries.id);

function toDelivery({ webhookId: _webhookId, payload, ...row }: Row): WebhookDelivery {
  return { ...row, payload: JSON.parse(payload) as Record<string, unknown> };
}

/** A subscription's deliveries, newest first, optionally only those with one status. */
export async function listDeliveries(
  db: Db,
  webhookId: string,
  page: PageRequest,
  status?: DeliveryStatus,
): Promise<Page<WebhookDelivery>> {
  const { webhookDeliveries } = db.tables;
  const filters: (SQL | undefined)[] = [
    eq(webhookDeliveries.webhookId, webhookId),
    status === undefined ? undefined : eq(webhookDeliveries.status, status),
  ];
  const sort = order(db.tables);
  const plan = planPage(sort, page);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...filters, plan.condition))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return toPage(rows, sort, plan, page.limit, (row) => [row.createdAt, row.id], toDelivery);
}

export async function findDelivery(db: Db, webhookId: string, id: string): Promise<WebhookDelivery | undefined> {
  const { webhookDeliveries } = db.tables;
  const row = await first(
    db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id)))
      .limit(1),
  );
  return row && toDelivery(row);
}

/**
 * Queues a settled (delivered or failed) delivery for one more attempt, now, with the same id
 * (receivers deduplicate on it). Its attempt count carries on, so one that fails again is failed
 * again. Undefined when there is no such settled delivery.
 */
export function requeueDelivery(db: Db, webhookId: string, id: string): Promise<WebhookDelivery | undefined> {
  return inTransaction(db, async (tx) => {
    const { webhookDeliveries } = tx.tables;
    const row = await first(
      tx
        .update(webhookDeliveries)
        .set({ status: 'pending', nextAttemptAt: nowIso() })
        .where(
          and(
            eq(webhookDeliveries.webhookId, webhookId),
            eq(webhookDeliveries.id, id),
            ne(webhookDeliveries.status, 'pending'),
          ),
        )
        .returning(),
    );
    return row && toDelivery(row);
  });
}

/** Queues a `ping` for one subscription, whatever its events: a test that the receiver works. */
export function enqueuePing(db: Db, webhookId: string): Promise<WebhookDelivery> {
  return inTransaction(db, async (tx) => {
    const now = nowIso();
    const payload = { id: randomId('evt'), type: 'ping', timestamp: now, data: { webhookId } };
    const [row] = await tx
      .insert(tx.tables.webhookDeliveries)
      .values({
        id: randomId('msg'),
        webhookId,
        event: 'ping',
        payload: JSON.stringify(payload),
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('The ping was not stored');
    return toDelivery(row);
  });
}

const dueCondition = ({ webhookDeliveries, webhooks }: Tables, now: string) =>
  and(
    eq(webhookDeliveries.status, 'pending'),
    lte(webhookDeliveries.nextAttemptAt, now),
    // Deliveries of an inactive subscription wait, and go out when it is switched back on.
    eq(webhooks.active, true),
  );

/** Up to `limit` deliveries due at `now`, oldest due first, leaving out those already being sent. */
export function dueDeliveries(db: Db, now: string, limit: number, exclude: string[]): Promise<DueDelivery[]> {
  const { webhookDeliveries, webhooks } = db.tables;
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
    .where(
      and(dueCondition(db.tables, now), exclude.length > 0 ? notInArray(webhookDeliveries.id, exclude) : undefined),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.createdAt))
    .limit(limit);
}

/** When the next pending delivery of an active subscription falls due, if any is waiting. */
export async function nextDueAt(db: Db): Promise<string | undefined> {
  const { webhookDeliveries, webhooks } = db.tables;
  const row = await first(
    db
      .select({ at: min(webhookDeliveries.nextAttemptAt) })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(and(eq(webhookDeliveries.status, 'pending'), eq(webhooks.active, true))),
  );
  return row?.at ?? undefined;
}

/**
 * Takes a due delivery for sending: pushes its next attempt to `leaseUntil`, so that if this
 * process dies mid-send, the delivery is tried again after the lease rather than lost. False when
 * someone else (another process on the same database) took it first.
 */
export function claimDelivery(db: Db, delivery: DueDelivery, leaseUntil: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { webhookDeliveries } = tx.tables;
    const same =
      delivery.nextAttemptAt === null ? undefined : eq(webhookDeliveries.nextAttemptAt, delivery.nextAttemptAt);
    const result = await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending'), same));
    return changedRows(result) > 0;
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

export function recordAttempt(db: Db, id: string, outcome: AttemptOutcome): Promise<void> {
  return inTransaction(db, async (tx) => {
    const { webhookDeliveries } = tx.tables;
    await tx
      .update(webhookDeliveries)
      .set({
        status: outcome.status,
        attempts: outcome.attempts,
        nextAttemptAt: outcome.nextAttemptAt,
        lastAttemptAt: outcome.at,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
      })
      .where(eq(webhookDeliveries.id, id));
  });
}

/** Gives back a claimed delivery without counting an attempt (the dispatcher is stopping): due again at `at`. */
export function releaseDelivery(db: Db, id: string, at: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    const { webhookDeliveries } = tx.tables;
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: at })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')));
  });
}
