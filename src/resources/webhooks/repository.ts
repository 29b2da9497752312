import { eq } from 'drizzle-orm';
import { inTransaction } from '../../core/db/transaction.ts';
import { newWebhookSecret } from '../../lib/secrets.ts';
import type { Db } from '../../core/db/client.ts';
import { webhooks } from '../../core/db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { randomId } from '../../lib/ids.ts';
import { readPage, sortBy, type Page, type PageRequest } from '../../core/db/pagination.ts';
import type { Webhook } from './schema.ts'; // everything but the secret

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string | null | undefined;
  active?: boolean | undefined;
  secret?: string | undefined;
}

export type WebhookChanges = Partial<Pick<Webhook, 'url' | 'events' | 'active' | 'description'>>;

const ORDER = sortBy('webhooks', '-createdAt', webhooks.createdAt, webhooks.id);

function toWebhook({ secret: _secret, ...webhook }: typeof webhooks.$inferSelect): Webhook {
  return webhook;
}

/** Creates a subscription; the secret (given, or generated) is returned this once. */
export function createWebhook(db: Db, input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> {
  return inTransaction(db, (db) => {
    const now = nowIso();
    const secret = input.secret ?? newWebhookSecret();
    const row = {
      id: randomId('whk'),
      url: input.url,
      events: [...new Set(input.events)],
      secret,
      active: input.active ?? true,
      description: input.description ?? null,
      createdAt: now,
      updatedAt: now,
    };
    db.insert(webhooks).values(row).run();
    return { webhook: toWebhook(row), secret };
  });
}

export function listWebhooks(db: Db, page: PageRequest): Page<Webhook> {
  return readPage({
    order: ORDER,
    request: page,
    rows: ({ condition, orderBy, limit }) =>
      db
        .select()
        .from(webhooks)
        .where(condition)
        .orderBy(...orderBy)
        .limit(limit)
        .all(),
    keyValues: (row) => [row.createdAt, row.id],
    toItem: toWebhook,
  });
}

export function findWebhook(db: Db, id: string): Webhook | undefined {
  const row = db.select().from(webhooks).where(eq(webhooks.id, id)).get();
  return row && toWebhook(row);
}

/** Applies `changes` as version `updatedAt`; undefined when the subscription is gone. */
export function updateWebhook(db: Db, id: string, changes: WebhookChanges, updatedAt: string): Webhook | undefined {
  const set = { ...changes, ...(changes.events && { events: [...new Set(changes.events)] }), updatedAt };
  const row = db.update(webhooks).set(set).where(eq(webhooks.id, id)).returning().get();
  return row && toWebhook(row);
}

/** Deletes a subscription and (by cascade) its delivery log. False when there was none. */
export function deleteWebhook(db: Db, id: string): boolean {
  return db.delete(webhooks).where(eq(webhooks.id, id)).run().changes > 0;
}
