import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastChangeSeq, readCursors } from '../../../src/core/cache/purge-cursors.ts';
import { keyHeaders, purgeKeys } from '../../../src/core/cache/purge-keys.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { freePort } from '../../../deploy/free-port.ts';

/** A stand-in cache: records each PURGE, and answers 503 while `down`. */
const receiver = { requests: [] as { method: string; headers: IncomingHttpHeaders }[], down: false };
let server: Server;
const env: Record<string, string> = { CACHE_PURGE_RETRY_BASE_MS: '50' };

beforeAll(async () => {
  const port = await freePort();
  env.CACHE_PURGE_URLS = `http://127.0.0.1:${port}/`;
  server = createServer((request, response) => {
    receiver.requests.push({ method: request.method ?? '', headers: request.headers });
    response.writeHead(receiver.down ? 503 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ctx = useSeededApp({ env });

async function renamePerson(name: string) {
  const url = '/people/andrii-sybiha';
  const headers = await bearer(ctx.app, 'write');
  const etag = (await ctx.app.inject(url)).headers.etag as string;
  const response = await ctx.app.inject({
    method: 'PATCH',
    url,
    headers: { ...headers, 'if-match': etag },
    payload: { name },
  });
  expect(response.statusCode).toBe(200);
  return response.json().data.id as string;
}

describe('purge keys', () => {
  it('purges the resource, its collection, search and the change feed, and a quote’s article', () => {
    expect(
      purgeKeys([
        { type: 'person', id: 'per_a' },
        { type: 'quote', id: 'quo_b', articleId: 'art_c' },
        { type: 'person', id: 'per_a' },
      ]),
    ).toEqual(['search', 'changes', 'people', 'quotes', 'per_a', 'quo_b', 'art_c']);
  });

  it('splits many keys over headers a cache will read', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `art_${String(i).padStart(20, '0')}`);
    const headers = keyHeaders(keys);
    expect(headers.length).toBeGreaterThan(1);
    expect(Math.max(...headers.map((h) => h.length))).toBeLessThanOrEqual(4000);
    expect(headers.join(' ').split(' ')).toEqual(keys);
  });
});

describe('the purge dispatcher', () => {
  it('sends PURGE with the keys of a write once it commits', async () => {
    receiver.requests.length = 0;
    const id = await renamePerson('Andrii Sybiha (minister)');
    await ctx.app.cachePurge.dispatcher.drained(await lastChangeSeq(ctx.app.db));
    const purge = receiver.requests.find((r) => r.method === 'PURGE');
    expect(String(purge?.headers['surrogate-key']).split(' ')).toEqual(expect.arrayContaining([id, 'people']));
    expect(purge?.headers['user-agent']).toBe('Dateline-Purge/1');
  });

  it('keeps what a failing cache missed, retries with backoff, and catches up once it answers', async () => {
    receiver.down = true;
    receiver.requests.length = 0;
    const id = await renamePerson('Andrii Sybiha (acting)');
    await expect.poll(() => receiver.requests.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const [cursor] = await readCursors(ctx.app.db, [env.CACHE_PURGE_URLS!]);
    expect(cursor!.purgedSeq).toBeLessThan(await lastChangeSeq(ctx.app.db));
    expect(cursor!.failures).toBeGreaterThanOrEqual(1);
    expect(cursor!.lastError).toBe('The cache answered 503');
    const metrics = (await ctx.app.inject('/metrics')).body;
    expect(metrics).toMatch(/dateline_cache_purge_requests_total\{cache="[^"]+",outcome="failed"\} [1-9]/);
    expect(metrics).toMatch(/dateline_cache_purge_pending_changes\{cache="[^"]+"\} [1-9]/);

    receiver.down = false;
    await ctx.app.cachePurge.dispatcher.drained(await lastChangeSeq(ctx.app.db));
    expect(String(receiver.requests.at(-1)?.headers['surrogate-key']).split(' ')).toContain(id);
    expect((await readCursors(ctx.app.db, [env.CACHE_PURGE_URLS!]))[0]).toMatchObject({ failures: 0, lastError: null });
  });
});
