import { eq } from 'drizzle-orm';
import { inTransaction } from '../../core/db/transaction.ts';
import { changedRows, first } from '../../core/db/queries.ts';
import { newWebhookSecret } from '../../lib/secrets.ts';
import type { Db, Tables } from '../../core/db/client.ts';
import type { webhooks } from '../../core/db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { randomId } from '../../lib/ids.ts';
import { planPage, sortBy, toPage, type Page, type PageRequest } from '../../core/db/pagination.ts';
import type { Webhook } from './schema.ts'; // everything but the secret

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string | null | undefined;
  active?: boolean | undefined;
  secret?: string | undefined;
}

export type WebhookChanges = Partial<Pick<Webhook, 'url' | 'events' | 'active' | 'description'>>;

/** Newest first; built over the handle's own tables, so that each store sorts on its own columns. */
const order = ({ webhooks }: Tables) => sortBy('webhooks', '-createdAt', webhooks.createdAt, webhooks.id);

function toWebhook({ secret: _secret, ...webhook }: typeof webhooks.$inferSelect): Webhook {
  return webhook;
}

/** Creates a subscription; the secret (given, or generated) is returned this once. */
export function createWebhook(db: Db, input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> {
  return inTransaction(db, async (tx) => {
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
    await tx.insert(tx.tables.webhooks).values(row);
    return { webhook: toWebhook(row), secret };
  });
}

export async function listWebhooks(db: Db, page: PageRequest): Promise<Page<Webhook>> {
  const { webhooks } = db.tables;
  const sort = order(db.tables);
  const plan = planPage(sort, page);
  const rows = await db
    .select()
    .from(webhooks)
    .where(plan.condition)
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return toPage(rows, sort, plan, page.limit, (row) => [row.createdAt, row.id], toWebhook);
}

export async function findWebhook(db: Db, id: string): Promise<Webhook | undefined> {
  const { webhooks } = db.tables;
  const row = await first(db.select().from(webhooks).where(eq(webhooks.id, id)).limit(1));
  return row && toWebhook(row);
}

/** Applies `changes` as version `updatedAt`; undefined when the subscription is gone. */
export function updateWebhook(
  db: Db,
  id: string,
  changes: WebhookChanges,
  updatedAt: string,
): Promise<Webhook | undefined> {
  const set = { ...changes, ...(changes.events && { events: [...new Set(changes.events)] }), updatedAt };
  return inTransaction(db, async (tx) => {
    const { webhooks } = tx.tables;
    const row = await first(tx.update(webhooks).set(set).where(eq(webhooks.id, id)).returning());
    return row && toWebhook(row);
  });
}

/** Deletes a subscription and (by cascade) its delivery log. False when there was none. */
export function deleteWebhook(db: Db, id: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { webhooks } = tx.tables;
    return changedRows(await tx.delete(webhooks).where(eq(webhooks.id, id))) > 0;
  });
}
