import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '../../../src/resources/keys/repository.ts';
import { enqueueEvent, type EventType } from '../../../src/resources/webhooks/outbox.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { updateWebhook } from '../../../src/resources/webhooks/repository.ts';
import { sign, verifySignature } from '../../../src/resources/webhooks/signature.ts';
import { useSeededApp } from '../../support/app.ts';

const RETRY_BASE_MS = 100;
const MAX_ATTEMPTS = 4;
const TIMEOUT_MS = 500;

const ctx = useSeededApp({
  env: {
    WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
    WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  },
});

let adminKey = '';
let writeKey = '';

beforeAll(async () => {
  adminKey = (await createApiKey(ctx.app.db, 'webhook admin', ['admin'])).secret;
  writeKey = (await createApiKey(ctx.app.db, 'editor', ['write'])).secret;
});

// Each test's subscriptions stop receiving when it ends, so no test sees another's events.
afterEach(async () => {
  await inTransaction(ctx.app.db, async (db) => {
    await db.update(db.tables.webhooks).set({ active: false });
  });
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A real HTTP receiver on 127.0.0.1 that records every request and can be told to fail or hang. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failures: 0, hang: false };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      if (state.hang) return;
      if (state.failures > 0) {
        state.failures -= 1;
        response.writeHead(503).end('try later');
        return;
      }
      response.writeHead(204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    state,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
const receivers: Receiver[] = [];
afterAll(() => receivers.forEach((receiver) => receiver.close()));

async function receiver() {
  const started = await startReceiver();
  receivers.push(started);
  return started;
}

const auth = (key = adminKey) => ({ authorization: `Bearer ${key}` });

function request(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = {}) {
  return ctx.app.inject({ method, url, payload, headers: { ...auth(), ...headers } });
}

async function subscribe(url: string, events: string[] = ['quote.created'], extra: object = {}) {
  const response = await request('POST', '/webhooks', { url, events, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: { id: string; secret: string; updatedAt: string } }>().data;
}

async function emit(type: EventType, data: unknown = { id: 'quo_test' }) {
  await inTransaction(ctx.app.db, (db) => enqueueEvent(db, type, data));
  ctx.app.webhooks.wake();
}

async function deliveries(webhookId: string, query = '') {
  const response = await request('GET', `/webhooks/${webhookId}/deliveries${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: any[]; meta: any }>();
}

async function settled(webhookId: string, timeout = 5000) {
  return vi.waitFor(
    async () => {
      const { data } = await deliveries(webhookId);
      expect(data.length).toBeGreaterThan(0);
      expect(data.every((delivery) => delivery.status !== 'pending')).toBe(true);
      return data;
    },
    { timeout, interval: 20 },
  );
}

describe('webhook signatures', () => {
  it('match the Standard Webhooks reference vector', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const [id, timestamp, body] = ['msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'] as const;
    const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
    expect(sign(secret, id, timestamp, body)).toBe(signature);
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': `v1,old ${signature}`,
    };
    expect(verifySignature(secret, headers, body, { now: timestamp * 1000 })).toBe(true);
    expect(verifySignature(secret, headers, body)).toBe(false); // years old: a replay
  });
});

describe('webhook subscriptions', () => {
  it('need an admin key: 401 without a key, 403 with a write key', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/webhooks' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    const writer = await ctx.app.inject({ method: 'POST', url: '/webhooks', headers: auth(writeKey), payload: {} });
    expect(writer.statusCode).toBe(403);
    expect((await request('GET', '/webhooks')).statusCode).toBe(200);
  });

  it('show the secret once, on creation, and never again', async () => {
    const response = await request('POST', '/webhooks', {
      url: 'https://hooks.example.com/in',
      events: ['article.*', 'quote.created'],
      description: 'homepage',
    });
    expect(response.statusCode).toBe(201);
    const { data } = response.json();
    expect(data).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url: 'https://hooks.example.com/in',
      events: ['article.*', 'quote.created'],
      active: true,
      description: 'homepage',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });
    expect(response.headers.location).toMatch(new RegExp(`/webhooks/${data.id}$`));

    const read = await request('GET', `/webhooks/${data.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().data).not.toHaveProperty('secret');
    expect(read.headers.etag).toEqual(expect.any(String));
    const list = (await request('GET', '/webhooks')).json();
    expect(list.data.find((hook: any) => hook.id === data.id)).toEqual(read.json().data);
    expect(JSON.stringify(list)).not.toContain('whsec_');
  });

  it('accept a caller-given Standard Webhooks secret, but not a short one', async () => {
    const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
    expect((await subscribe('https://hooks.example.com/own', ['*'], { secret })).secret).toBe(secret);
    const short = await request('POST', '/webhooks', { url: 'https://x.example', events: ['*'], secret: 'whsec_abc' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ location: 'body', name: 'secret' })]);
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://files.example/in', events: ['*'] }, 'url'],
    ['a URL that is not a URL', { url: 'not a url', events: ['*'] }, 'url'],
    ['an unknown event', { url: 'https://a.example', events: ['article.exploded'] }, 'events.0'],
    ['no events', { url: 'https://a.example', events: [] }, 'events'],
    ['a missing URL', { events: ['*'] }, 'url'],
    ['an unknown field', { url: 'https://a.example', events: ['*'], colour: 'red' }, 'colour'],
  ])('refuse %s with a 400 naming the field', async (_case, body, field) => {
    const response = await request('POST', '/webhooks', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ location: 'body', name: field }));
  });

  it('need If-Match to change or delete: 428 without, 412 when stale', async () => {
    const hook = await subscribe('https://hooks.example.com/versioned');
    const url = `/webhooks/${hook.id}`;
    expect((await request('PATCH', url, { active: false })).statusCode).toBe(428);
    const etag = (await request('GET', url)).headers.etag as string;

    const changed = await request(
      'PATCH',
      url,
      { events: ['article.published'], description: null },
      { 'if-match': etag },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().data).toMatchObject({ events: ['article.published'], description: null, active: true });
    expect(changed.headers.etag).not.toBe(etag);
    expect((await request('PATCH', url, { active: false }, { 'if-match': etag })).statusCode).toBe(412);
    expect((await request('PATCH', url, { events: ['nope'] }, { 'if-match': '*' })).statusCode).toBe(400);

    expect((await request('DELETE', url)).statusCode).toBe(428);
    expect((await request('DELETE', url, undefined, { 'if-match': etag })).statusCode).toBe(412);
    const deleted = await request('DELETE', url, undefined, { 'if-match': changed.headers.etag as string });
    expect(deleted.statusCode).toBe(204);
    expect((await request('GET', url)).statusCode).toBe(404);
    expect((await request('GET', `${url}/deliveries`)).statusCode).toBe(404);
  });
});

describe('webhook deliveries', () => {
  it('are POSTed as JSON, signed so that the secret verifies them and no other does', async () => {
    const target = await receiver();
    const hook = await subscribe(target.url, ['quote.created']);
    await emit('article.published'); // not subscribed to
    await emit('quote.created', { id: 'quo_signed' });
    const [delivery] = await settled(hook.id);
    expect(target.received).toHaveLength(1);
    const [{ headers, body }] = target.received as [Received];

    expect(headers['content-type']).toBe('application/json');
    expect(headers['user-agent']).toBe('Dateline-Webhooks/1');
    expect(headers['webhook-id']).toBe(delivery.id);
    expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(JSON.parse(body)).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: 'quote.created',
      timestamp: expect.any(String),
      data: { id: 'quo_signed' },
    });
    expect(verifySignature(hook.secret, headers, body)).toBe(true);
    expect(verifySignature(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, headers, body)).toBe(false);
    expect(verifySignature(hook.secret, headers, body.replace('quo_signed', 'quo_forged'))).toBe(false);
    expect(verifySignature(hook.secret, headers, body, { now: Date.now() + 10 * 60_000 })).toBe(false);
    expect(verifySignature(hook.secret, { ...headers, 'webhook-timestamp': undefined }, body)).toBe(false);

    expect(delivery).toMatchObject({
      event: 'quote.created',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
      payload: JSON.parse(body),
    });
  });

  it('are retried with exponential backoff, under the same id, until the receiver answers 2xx', async () => {
    const target = await receiver();
    target.state.failures = 2;
    const hook = await subscribe(target.url);
    await emit('quote.created');
    const [delivery] = await settled(hook.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, lastError: null });

    const [first, second, third] = target.received as [Received, Received, Received];
    expect(new Set(target.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.id]));
    const gaps = [second.at - first.at, third.at - second.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS * 0.9);
    // Lower bounds only: a loaded machine may stretch any gap, never shorten one.
    expect(gaps[1]).toBeGreaterThanOrEqual(RETRY_BASE_MS * 2 * 0.9);
    // Each attempt is signed afresh, and each signature verifies.
    for (const { headers, body } of target.received) expect(verifySignature(hook.secret, headers, body)).toBe(true);
  });

  it('to a receiver that is down never hold up the write, and end failed after the last attempt', async () => {
    const down = await startReceiver();
    down.close(); // the port is now refused
    const hook = await subscribe(down.url);

    await emit('quote.created');
    // The write is back while its delivery is still pending: it did not wait out the attempts
    // (their backoff alone is 700 ms), and no stopwatch is needed to show it.
    const [queued] = (await deliveries(hook.id)).data;
    expect(queued).toMatchObject({ status: 'pending' });

    const [delivery] = await settled(hook.id);
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastStatusCode: null,
      lastError: expect.stringContaining('ECONNREFUSED'),
      nextAttemptAt: null,
      lastAttemptAt: expect.any(String),
    });
  });

  it('to a slow receiver time out without slowing the API', async () => {
    const slow = await receiver();
    slow.state.hang = true;
    const hook = await subscribe(slow.url);
    await emit('quote.created');
    await vi.waitFor(() => expect(slow.received).toHaveLength(1), { timeout: 2000, interval: 10 });

    const started = performance.now();
    expect((await request('GET', `/webhooks/${hook.id}`)).statusCode).toBe(200);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS / 2);

    await vi.waitFor(
      async () => {
        const [delivery] = (await deliveries(hook.id)).data;
        expect(delivery).toMatchObject({ attempts: 1, lastError: `No answer within ${TIMEOUT_MS} ms` });
      },
      { timeout: 3000, interval: 20 },
    );
  });

  it('of an inactive subscription wait, and go out once it is active again', async () => {
    const target = await receiver();
    const hook = await subscribe(target.url);
    await inTransaction(ctx.app.db, async (db) => {
      await enqueueEvent(db, 'quote.created', { id: 'quo_waiting' });
      await updateWebhook(db, hook.id, { active: false }, new Date().toISOString());
    });
    ctx.app.webhooks.wake();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(target.received).toHaveLength(0);
    expect((await deliveries(hook.id)).data).toEqual([expect.objectContaining({ status: 'pending', attempts: 0 })]);

    const reactivated = await request('PATCH', `/webhooks/${hook.id}`, { active: true }, { 'if-match': '*' });
    expect(reactivated.statusCode).toBe(200);
    const [delivery] = await settled(hook.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(target.received).toHaveLength(1);
  });

  it('are listed newest first, filtered by status, a page at a time', async () => {
    const target = await receiver();
    const hook = await subscribe(target.url);
    await emit('quote.created', { id: 'quo_1' });
    await settled(hook.id);
    target.state.failures = MAX_ATTEMPTS;
    await emit('quote.created', { id: 'quo_2' });
    await settled(hook.id);

    const all = await deliveries(hook.id);
    expect(all.data.map((d) => d.payload.data.id)).toEqual(['quo_2', 'quo_1']);
    const failed = await deliveries(hook.id, '?status=failed');
    expect(failed.data).toEqual([
      expect.objectContaining({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: 503 }),
    ]);
    expect(failed.data[0].lastError).toBe('The receiver answered 503');

    const first = await deliveries(hook.id, '?limit=1');
    expect(first.data).toHaveLength(1);
    expect(first.meta.nextCursor).toEqual(expect.any(String));
    const second = await deliveries(hook.id, `?limit=1&cursor=${first.meta.nextCursor}`);
    expect(second.data.map((d) => d.payload.data.id)).toEqual(['quo_1']);
    expect(second.meta.nextCursor).toBeNull();
    expect((await request('GET', `/webhooks/${hook.id}/deliveries?status=lost`)).statusCode).toBe(400);

    const one = await request('GET', `/webhooks/${hook.id}/deliveries/${failed.data[0].id}`);
    expect(one.json().data).toEqual(failed.data[0]);
  });

  it('can be sent again by hand: a failed one gets one more attempt, a pending one is a 409', async () => {
    const target = await receiver();
    target.state.failures = MAX_ATTEMPTS;
    const hook = await subscribe(target.url);
    await emit('quote.created');
    const [failed] = await settled(hook.id);
    expect(failed.status).toBe('failed');

    const retry = await request('POST', `/webhooks/${hook.id}/deliveries/${failed.id}/retry`);
    expect(retry.statusCode).toBe(202);
    expect(retry.json().data).toMatchObject({ id: failed.id, status: 'pending' });
    const [delivered] = await settled(hook.id);
    expect(delivered).toMatchObject({ id: failed.id, status: 'delivered', attempts: MAX_ATTEMPTS + 1 });
    expect(target.received.at(-1)?.headers['webhook-id']).toBe(failed.id);

    expect((await request('POST', `/webhooks/${hook.id}/deliveries/msg_nosuch/retry`)).statusCode).toBe(404);
    target.state.hang = true; // the next delivery stays pending while the test looks at it
    await emit('quote.created');
    const pending = (await deliveries(hook.id, '?status=pending')).data[0];
    const conflict = await request('POST', `/webhooks/${hook.id}/deliveries/${pending.id}/retry`);
    expect(conflict.statusCode).toBe(409);
  });

  it('include a ping on demand, to that subscription only', async () => {
    const target = await receiver();
    const other = await receiver();
    const hook = await subscribe(target.url, ['article.deleted']);
    await subscribe(other.url, ['*']);
    const ping = await request('POST', `/webhooks/${hook.id}/ping`);
    expect(ping.statusCode).toBe(202);
    expect(ping.json().data).toMatchObject({ event: 'ping', status: 'pending' });
    const [delivery] = await settled(hook.id);
    expect(delivery).toMatchObject({ event: 'ping', status: 'delivered' });
    const [{ headers, body }] = target.received as [Received];
    expect(JSON.parse(body)).toMatchObject({ type: 'ping', data: { webhookId: hook.id } });
    expect(verifySignature(hook.secret, headers, body)).toBe(true);
    expect(other.received).toHaveLength(0);

    await request('PATCH', `/webhooks/${hook.id}`, { active: false }, { 'if-match': '*' });
    expect((await request('POST', `/webhooks/${hook.id}/ping`)).statusCode).toBe(409);
  });
});

describe('webhooks end to end', () => {
  it('deliver person.created when a write key creates a person', async () => {
    const target = await receiver();
    const hook = await subscribe(target.url, ['person.*']);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: auth(writeKey),
      payload: { name: 'Webhook Test Person' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const [delivery] = await settled(hook.id);
    expect(delivery).toMatchObject({ event: 'person.created', status: 'delivered', attempts: 1 });
    const [{ headers, body }] = target.received as [Received];
    expect(JSON.parse(body)).toMatchObject({
      type: 'person.created',
      data: { id: created.json().data.id, name: 'Webhook Test Person' },
    });
    expect(verifySignature(hook.secret, headers, body)).toBe(true);
  });
});
