import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import {
  claimDelivery,
  dueDeliveries,
  enqueuePing,
  findDelivery,
  listDeliveries,
  nextDueAt,
  recordAttempt,
  releaseDelivery,
  requeueDelivery,
} from '../../../src/resources/webhooks/deliveries.ts';
import { enqueueEvent } from '../../../src/resources/webhooks/outbox.ts';
import {
  createWebhook,
  deleteWebhook,
  findWebhook,
  listWebhooks,
  updateWebhook,
} from '../../../src/resources/webhooks/repository.ts';
import { useBothStores } from '../../support/stores.ts';

// The webhooks data layer, written once, on both stores: the same calls give the same answers.
const stores = useBothStores();

const later = (ms: number) => new Date(Date.now() + ms).toISOString();

describe.each(stores)('webhooks on %s', (_store, db) => {
  it('are created, listed a page at a time, found, changed and deleted', async () => {
    const first = await createWebhook(db(), { url: 'https://a.test/hook', events: ['article.*', 'article.*'] });
    const second = await createWebhook(db(), {
      url: 'https://b.test/hook',
      events: ['quote.created'],
      description: 'Quotes desk',
      active: false,
      secret: 'whsec_given',
    });
    expect(first.secret).toMatch(/^whsec_/);
    expect(second.secret).toBe('whsec_given');
    expect(first.webhook).toMatchObject({ events: ['article.*'], active: true, description: null });
    expect(second.webhook).toMatchObject({ events: ['quote.created'], active: false, description: 'Quotes desk' });
    expect(second.webhook).not.toHaveProperty('secret');

    expect(await findWebhook(db(), first.webhook.id)).toEqual(first.webhook);
    expect(await findWebhook(db(), second.webhook.id)).toEqual(second.webhook);
    expect(await findWebhook(db(), 'whk_missing')).toBeUndefined();

    // Newest first, one at a time, and back.
    const pageOne = await listWebhooks(db(), { limit: 1 });
    expect(pageOne.items).toHaveLength(1);
    expect(pageOne.prevCursor).toBeNull();
    const pageTwo = await listWebhooks(db(), { limit: 1, cursor: pageOne.nextCursor ?? undefined });
    expect(pageTwo.items).toHaveLength(1);
    expect([...pageOne.items, ...pageTwo.items].map((hook) => hook.id).sort()).toEqual(
      [first.webhook.id, second.webhook.id].sort(),
    );
    expect(pageTwo.nextCursor).toBeNull();
    const back = await listWebhooks(db(), { limit: 1, cursor: pageTwo.prevCursor ?? undefined });
    expect(back.items).toEqual(pageOne.items);

    const version = later(1000);
    const updated = await updateWebhook(
      db(),
      second.webhook.id,
      { events: ['quote.*', 'quote.*', 'person.created'], active: true, description: null },
      version,
    );
    expect(updated).toEqual({
      ...second.webhook,
      events: ['quote.*', 'person.created'],
      active: true,
      description: null,
      updatedAt: version,
    });
    expect(await findWebhook(db(), second.webhook.id)).toEqual(updated);
    expect(await updateWebhook(db(), 'whk_missing', { active: false }, version)).toBeUndefined();

    expect(await deleteWebhook(db(), first.webhook.id)).toBe(true);
    expect(await deleteWebhook(db(), first.webhook.id)).toBe(false);
    expect(await findWebhook(db(), first.webhook.id)).toBeUndefined();
    expect(await deleteWebhook(db(), second.webhook.id)).toBe(true);
    expect((await listWebhooks(db(), { limit: 10 })).items).toEqual([]);
  });

  it('queue an event for the active subscribers to it only, in the write transaction', async () => {
    const quotes = await createWebhook(db(), { url: 'https://quotes.test/', events: ['quote.*'] });
    const articles = await createWebhook(db(), { url: 'https://articles.test/', events: ['article.created'] });
    const paused = await createWebhook(db(), { url: 'https://paused.test/', events: ['*'], active: false });
    let built = 0;
    // Nobody active subscribes to places: the lazy payload is never built.
    await inTransaction(db(), (tx) => enqueueEvent(tx, 'place.deleted', () => (built += 100)));
    expect(built).toBe(0);

    const everything = await createWebhook(db(), { url: 'https://all.test/', events: ['*'] });
    const view = () => {
      built += 1;
      return { id: 'quo_1', text: 'Words' };
    };

    await inTransaction(db(), (tx) => enqueueEvent(tx, 'quote.created', view));
    expect(built).toBe(1);
    // A transaction that fails queues nothing.
    await expect(
      inTransaction(db(), async (tx) => {
        await enqueueEvent(tx, 'quote.deleted', { id: 'quo_1' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');

    const logs = await Promise.all(
      [everything, quotes, articles, paused].map(
        async ({ webhook }) => (await listDeliveries(db(), webhook.id, { limit: 10 })).items,
      ),
    );
    expect(logs.map((items) => items.length)).toEqual([1, 1, 0, 0]);
    const [toEverything, toQuotes] = [logs[0]?.[0], logs[1]?.[0]];
    for (const delivery of [toEverything, toQuotes]) {
      expect(delivery).toMatchObject({
        event: 'quote.created',
        status: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        lastStatusCode: null,
        lastError: null,
        payload: { type: 'quote.created', data: { id: 'quo_1', text: 'Words' } },
      });
      expect(delivery?.id).toMatch(/^msg_/);
    }
    // One event, one id, whoever receives it.
    expect(toEverything?.payload).toEqual(toQuotes?.payload);
    expect(await findDelivery(db(), quotes.webhook.id, toQuotes?.id ?? '')).toEqual(toQuotes);
    expect(await findDelivery(db(), everything.webhook.id, toQuotes?.id ?? '')).toBeUndefined();
    expect((await listDeliveries(db(), quotes.webhook.id, { limit: 10 }, 'delivered')).items).toEqual([]);

    for (const { webhook } of [everything, quotes, articles, paused]) await deleteWebhook(db(), webhook.id);
  });

  it('go out due first, are claimed once, recorded, released, requeued and pinged', async () => {
    const { webhook, secret } = await createWebhook(db(), { url: 'https://due.test/', events: ['article.*'] });
    await inTransaction(db(), async (tx) => {
      await enqueueEvent(tx, 'article.created', { id: 'art_1' });
      await enqueueEvent(tx, 'article.updated', { id: 'art_1' });
    });
    const soon = later(60_000);
    let due = await dueDeliveries(db(), soon, 10, []);
    expect(due).toHaveLength(2);
    expect(due[0]).toMatchObject({ url: 'https://due.test/', secret, attempts: 0 });
    expect(JSON.parse(due[0]?.payload ?? '{}')).toMatchObject({ type: 'article.created', data: { id: 'art_1' } });
    const [created, updated] = due as [(typeof due)[0], (typeof due)[0]];
    expect(await dueDeliveries(db(), soon, 10, [created.id])).toEqual([updated]);
    expect(await dueDeliveries(db(), soon, 1, [])).toEqual([created]);
    expect(await nextDueAt(db())).toBe(created.nextAttemptAt);
    // Not yet due an hour ago.
    expect(await dueDeliveries(db(), later(-3_600_000), 10, [])).toEqual([]);

    // Claimed once: a second claim of the same due row finds it taken.
    const lease = later(120_000);
    expect(await claimDelivery(db(), created, lease)).toBe(true);
    expect(await claimDelivery(db(), created, lease)).toBe(false);
    expect(await dueDeliveries(db(), soon, 10, [])).toEqual([updated]);

    // Released: due again, without an attempt counted.
    const again = later(-1000);
    await releaseDelivery(db(), created.id, again);
    due = await dueDeliveries(db(), soon, 10, []);
    expect(due[0]).toEqual({ ...created, nextAttemptAt: again });

    // A failed attempt with a retry, then a success.
    const retryAt = later(30_000);
    await recordAttempt(db(), created.id, {
      at: later(0),
      statusCode: 503,
      error: 'The receiver answered 503',
      attempts: 1,
      status: 'pending',
      nextAttemptAt: retryAt,
    });
    expect(await findDelivery(db(), webhook.id, created.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: retryAt,
      lastStatusCode: 503,
      lastError: 'The receiver answered 503',
    });
    // A pending delivery is not requeued.
    expect(await requeueDelivery(db(), webhook.id, created.id)).toBeUndefined();
    await recordAttempt(db(), created.id, {
      at: later(0),
      statusCode: 204,
      error: null,
      attempts: 2,
      status: 'delivered',
      nextAttemptAt: null,
    });
    expect(await findDelivery(db(), webhook.id, created.id)).toMatchObject({
      status: 'delivered',
      attempts: 2,
      nextAttemptAt: null,
      lastStatusCode: 204,
      lastError: null,
    });
    expect((await listDeliveries(db(), webhook.id, { limit: 10 }, 'delivered')).items.map((d) => d.id)).toEqual([
      created.id,
    ]);
    // A settled one is, with its attempt count carried on; a paused subscription's wait.
    const requeued = await requeueDelivery(db(), webhook.id, created.id);
    expect(requeued).toMatchObject({ id: created.id, status: 'pending', attempts: 2 });
    await updateWebhook(db(), webhook.id, { active: false }, later(1000));
    expect(await dueDeliveries(db(), soon, 10, [])).toEqual([]);
    expect(await nextDueAt(db())).toBeUndefined();
    await updateWebhook(db(), webhook.id, { active: true }, later(2000));
    expect((await dueDeliveries(db(), soon, 10, [])).map((d) => d.id).sort()).toEqual([created.id, updated.id].sort());

    const ping = await enqueuePing(db(), webhook.id);
    expect(ping).toMatchObject({
      event: 'ping',
      status: 'pending',
      attempts: 0,
      payload: { type: 'ping', data: { webhookId: webhook.id } },
    });
    expect(await findDelivery(db(), webhook.id, ping.id)).toEqual(ping);
    // Deleting the subscription takes its delivery log with it.
    expect(await deleteWebhook(db(), webhook.id)).toBe(true);
    expect(await findDelivery(db(), webhook.id, ping.id)).toBeUndefined();
    expect(await dueDeliveries(db(), soon, 10, [])).toEqual([]);
  });
});
