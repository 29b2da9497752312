import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bearer, rawRequest, useSeededApp, type RawResponse } from '../support/app.ts';
import { portOf, useVarnish, varnishSkipReason } from '../support/varnish.ts';

/**
 * deploy/varnish/dateline.vcl in a real varnishd in front of a real Dateline server. Every answer
 * says how the cache served it in `X-Cache` (HIT, STALE, MISS, PASS: set by the VCL in vcl_hit,
 * vcl_miss and vcl_pass), which the assertions read, alongside what the origin saw.
 */

const ARTICLE = '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(varnishSkipReason())('the Varnish cache tier', () => {
  /** How many times the origin served each test-only route, and whether /test-only/flaky fails. */
  const origin = { swr: 0, pastSwr: 0, flaky: 0, failing: false };
  const ctx = useSeededApp({
    listen: true,
    env: { TRUST_PROXY: 'true' },
    // Routes with a max-age of one second, so that expiry takes a second, not the API's minute.
    setup: (app) => {
      app.get('/test-only/swr', { schema: { hide: true } }, async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=1, stale-while-revalidate=3, stale-if-error=60');
        return { served: ++origin.swr };
      });
      app.get('/test-only/past-swr', { schema: { hide: true } }, async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=1, stale-while-revalidate=1, stale-if-error=60');
        return { served: ++origin.pastSwr };
      });
      app.get('/test-only/flaky', { schema: { hide: true } }, async (_request, reply) => {
        origin.flaky += 1;
        if (origin.failing) throw new Error('failing on purpose');
        reply.header('cache-control', 'public, max-age=1, stale-while-revalidate=0, stale-if-error=60');
        return { served: origin.flaky };
      });
    },
  });
  const cache = useVarnish(() => ({ backendPort: portOf(ctx.baseUrl) }));
  // A second cache whose purge ACL leaves out loopback, where the tests' requests come from.
  const strict = useVarnish(() => ({ backendPort: portOf(ctx.baseUrl), purgers: ['192.0.2.0/24'] }));

  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(cache.varnish.url + path, { headers });
  const purge = (headers: Record<string, string>, via = cache) =>
    rawRequest(`${via.varnish.url}/`, { method: 'PURGE', headers });
  const json = (response: RawResponse) => JSON.parse(response.body.toString());
  const articleId = async () => json(await get(ARTICLE)).data.id as string;

  describe('caching', () => {
    it('answers a second GET from the cache', async () => {
      const first = await get(`${ARTICLE}?include=organisations`);
      const second = await get(`${ARTICLE}?include=organisations`);
      expect(first.headers['x-cache']).toBe('MISS');
      expect(second.headers['x-cache']).toBe('HIT');
      expect(second.status).toBe(200);
      expect(second.body.equals(first.body)).toBe(true);
      // Varnish names the request that filled the cache next to this one's.
      expect(second.headers['x-varnish']).toMatch(/^\d+ \d+$/);
      const head = await rawRequest(`${cache.varnish.url}${ARTICLE}?include=organisations`, { method: 'HEAD' });
      expect(head.headers['x-cache']).toBe('HIT');
    });

    it('never answers a request with credentials from the cache, nor stores its answer', async () => {
      const editor = await bearer(ctx.app, 'read:drafts');
      // Cached for the public; an editor still gets the origin's own, private answer.
      await get(ARTICLE);
      expect((await get(ARTICLE)).headers['x-cache']).toBe('HIT');
      const withKey = await get(ARTICLE, editor);
      expect(withKey.headers['x-cache']).toBe('PASS');
      expect(withKey.headers['cache-control']).toBe('private, no-store');

      // An editor's read of a draft does not reach the public.
      const draft = await ctx.app.inject({
        method: 'POST',
        url: '/articles',
        headers: await bearer(ctx.app, 'write'),
        payload: { headline: 'Embargoed until noon', body: [{ type: 'paragraph', text: 'Not yet.' }], language: 'en' },
      });
      const draftPath = `/articles/${draft.json().data.id}`;
      const preview = await get(draftPath, editor);
      expect(preview.status).toBe(200);
      expect(preview.headers['x-cache']).toBe('PASS');
      const anonymous = await get(draftPath);
      expect(anonymous.status).toBe(404);
      expect(anonymous.body.toString()).not.toContain('Embargoed');

      // A URL first asked for with a key is still a miss for the next anonymous reader.
      expect((await get('/articles?limit=3', editor)).headers['x-cache']).toBe('PASS');
      expect((await get('/articles?limit=3')).headers['x-cache']).toBe('MISS');
    });

    it('keeps Surrogate-Key and xkey to itself, and shows them with X-Cache-Debug to purgers', async () => {
      const plain = await get(ARTICLE);
      expect(plain.headers['surrogate-key']).toBeUndefined();
      expect(plain.headers.xkey).toBeUndefined();
      // A stored answer carries neither the rate-limit state nor the request id of the request that filled it.
      expect(plain.headers['ratelimit-remaining']).toBeUndefined();
      expect(plain.headers['x-cache']).toBe('HIT');
      expect(plain.headers['x-request-id']).toMatch(/^varnish-\d+$/);
      const mine = await get(ARTICLE, { 'x-request-id': 'reader-42' });
      expect(mine.headers['x-cache']).toBe('HIT');
      expect(mine.headers['x-request-id']).toBe('reader-42');

      const debug = await get(ARTICLE, { 'x-cache-debug': '1' });
      expect(debug.headers['surrogate-key']).toContain(await articleId());
      // Varnish read max-age as the TTL and stale-while-revalidate as grace; the VCL kept the object
      // for stale-if-error (the API's defaults: 60, 300, 86400).
      expect(debug.headers).toMatchObject({
        'x-cache-ttl': '60.000s',
        'x-cache-swr': '300.000s',
        'x-cache-grace': '86400.000',
      });
      // Not for everyone: the second cache's ACL leaves loopback out.
      const elsewhere = await rawRequest(`${strict.varnish.url}${ARTICLE}`, { headers: { 'x-cache-debug': '1' } });
      expect(elsewhere.headers['surrogate-key']).toBeUndefined();
    });

    it('answers If-None-Match with 304 from the cache, for gzip and plain clients alike', async () => {
      const gzip = { 'accept-encoding': 'gzip' };
      const etag = (await get(ARTICLE, gzip)).headers.etag as string;
      expect(etag).toMatch(/-gzip"$/);
      const revalidated = await get(ARTICLE, { ...gzip, 'if-none-match': etag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers['x-cache']).toBe('HIT');
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(etag);

      // Varnish gunzips the stored gzip body for a client without gzip, and weakens the tag to say so.
      const plainTag = (await get(ARTICLE)).headers.etag as string;
      expect(plainTag).toBe(`W/${etag}`);
      const plain = await get(ARTICLE, { 'if-none-match': plainTag });
      expect(plain.status).toBe(304);
      expect(plain.headers['x-cache']).toBe('HIT');
    });

    it('stores one copy for every Accept-Encoding and serves br clients a correct body', async () => {
      const path = `${ARTICLE}?include=quotes`;
      const direct = await rawRequest(ctx.baseUrl + path);
      const gzipped = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(gzipped.headers['x-cache']).toBe('MISS');
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipBodyEquals(gzipped.body, direct.body)).toBe(true);
      // Varnish speaks gzip only: a client that takes br but not gzip gets the plain bytes, from the same object.
      const brOnly = await get(path, { 'accept-encoding': 'br' });
      expect(brOnly.headers['x-cache']).toBe('HIT');
      expect(brOnly.headers['content-encoding']).toBeUndefined();
      expect(brOnly.body.equals(direct.body)).toBe(true);
      const identity = await get(path);
      expect(identity.headers['x-cache']).toBe('HIT');
      expect(identity.body.equals(direct.body)).toBe(true);
      // Clients and caches further down still learn that the answer depends on both headers.
      expect(identity.headers.vary).toMatch(/accept-encoding/i);
      expect(identity.headers.vary).toMatch(/accept(,|$)/i);
    });

    it('stores one copy per representation the API negotiates by Accept, however clients spell it', async () => {
      const path = `${ARTICLE}?include=people`;
      const browser = await get(path, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
      expect(browser.headers['x-cache']).toBe('MISS');
      expect(browser.headers['content-type']).toMatch(/^application\/json/);
      for (const accept of [undefined, 'application/json', '*/*']) {
        const response = await get(path, accept === undefined ? {} : { accept });
        expect([accept, response.headers['x-cache']]).toEqual([accept, 'HIT']);
      }
      const jsonld = await get(path, { accept: 'application/ld+json' });
      expect(jsonld.headers['x-cache']).toBe('MISS');
      expect(jsonld.headers['content-type']).toMatch(/^application\/ld\+json/);
      const jsonldAgain = await get(path, { accept: 'application/ld+json;q=0.9, */*;q=0.1' });
      expect(jsonldAgain.headers['x-cache']).toBe('HIT');
      expect(jsonldAgain.headers['content-type']).toMatch(/^application\/ld\+json/);
      // What the API cannot serve stays a 406, and is never stored.
      for (let i = 0; i < 2; i += 1) {
        const refused = await get(path, { accept: 'text/html' });
        expect(refused.status).toBe(406);
        expect(refused.headers['x-cache']).toBe('MISS');
      }
    });
  });

  describe('PURGE', () => {
    it('soft-purges by xkey: the purged article and what embeds it are misses, the rest stays cached', async () => {
      const id = await articleId();
      const unrelated = '/people/volodymyr-zelensky';
      const keys = (await get(unrelated, { 'x-cache-debug': '1' })).headers['surrogate-key'] as string;
      expect(keys.split(' ')).not.toContain(id);
      for (const path of [ARTICLE, '/articles', unrelated]) {
        await get(path);
        expect([path, (await get(path)).headers['x-cache']]).toEqual([path, 'HIT']);
      }

      const purged = await purge({ xkey: id });
      expect(purged.status).toBe(200);
      expect(purged.headers['content-type']).toBe('application/json');
      // The article and the list it is in, at least (earlier tests may have cached more representations).
      expect(json(purged).purged).toBeGreaterThanOrEqual(2);

      expect((await get(ARTICLE)).headers['x-cache']).toBe('MISS');
      expect((await get('/articles')).headers['x-cache']).toBe('MISS');
      expect((await get(unrelated)).headers['x-cache']).toBe('HIT');
      expect((await get(ARTICLE)).headers['x-cache']).toBe('HIT');
    });

    it('takes the keys in Surrogate-Key too, several at once', async () => {
      await get('/places');
      await get(ARTICLE);
      const purged = await purge({ 'surrogate-key': `places ${await articleId()}` });
      expect(json(purged).purged).toBeGreaterThanOrEqual(2);
      expect((await get('/places')).headers['x-cache']).toBe('MISS');
      expect((await get(ARTICLE)).headers['x-cache']).toBe('MISS');
    });

    it('refuses a purge naming no key', async () => {
      const response = await purge({});
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe('application/problem+json');
    });

    it('refuses a purge from an address outside the ACL, and keeps the object', async () => {
      // The strict cache's ACL (192.0.2.0/24) leaves out 127.0.0.1, the address these requests come
      // from: the check is on the connection's address, which no header can change.
      const path = `${strict.varnish.url}${ARTICLE}`;
      await rawRequest(path);
      const refused = await purge({ xkey: await articleId() }, strict);
      expect(refused.status).toBe(403);
      expect(json(refused)).toMatchObject({ type: '/problems/purge-forbidden', status: 403 });
      expect((await rawRequest(path)).headers['x-cache']).toBe('HIT');
    });
  });

  describe('stale content', () => {
    it.concurrent(
      'serves an expired copy within stale-while-revalidate and refreshes it in the background',
      async () => {
        expect(json(await get('/test-only/swr'))).toEqual({ served: 1 });
        await sleep(1300);
        const stale = await get('/test-only/swr');
        expect(stale.headers['x-cache']).toBe('STALE');
        expect(json(stale)).toEqual({ served: 1 });
        // The background fetch has stored the next answer by now, or will in a moment.
        for (let i = 0; i < 20 && json(await get('/test-only/swr')).served === 1; i += 1) await sleep(50);
        const fresh = await get('/test-only/swr');
        expect(fresh.headers['x-cache']).toBe('HIT');
        expect(json(fresh)).toEqual({ served: 2 });
      },
    );

    it.concurrent('fetches afresh past stale-while-revalidate while the origin is up', async () => {
      expect(json(await get('/test-only/past-swr'))).toEqual({ served: 1 });
      // Expired for longer than its one second of stale-while-revalidate, though still held for
      // stale-if-error: the reader waits for a fresh answer rather than get one this old.
      await sleep(2300);
      const response = await get('/test-only/past-swr');
      expect(response.headers['x-cache']).toBe('MISS');
      expect(json(response)).toEqual({ served: 2 });
    });

    it.concurrent('serves the stored copy when the origin answers 5xx', async () => {
      expect(json(await get('/test-only/flaky'))).toEqual({ served: 1 });
      origin.failing = true;
      await sleep(1300);
      const response = await get('/test-only/flaky');
      expect(response.status).toBe(200);
      expect(response.headers['x-cache']).toBe('STALE');
      expect(json(response)).toEqual({ served: 1 });
      // The origin was asked, and failed.
      expect(origin.flaky).toBeGreaterThanOrEqual(2);
    });

    // Last: it stops the origin.
    it('serves a cached article with the origin stopped, purged or not, until a hard purge', async () => {
      const cached = await get(ARTICLE);
      const id = json(cached).data.id as string;
      const neverCached = '/people/volodymyr-zelensky/articles';
      // A soft purge expires the article, as an edit would: with the origin up it would be fetched afresh.
      expect(json(await purge({ xkey: id })).purged).toBeGreaterThanOrEqual(1);
      await ctx.app.close();

      // Right away, whether the health probe has noticed yet or not: the fetch fails, the copy is served.
      const soon = await get(ARTICLE);
      expect(soon.status).toBe(200);
      expect(soon.headers['x-cache']).toBe('STALE');
      expect(soon.body.equals(cached.body)).toBe(true);

      // Once the probe finds the origin down, stale copies are served without trying it.
      await cache.varnish.waitForBackend('sick');
      const later = await get(ARTICLE);
      expect(later.headers['x-cache']).toBe('STALE');
      expect(later.body.equals(cached.body)).toBe(true);
      const missing = await get(neverCached);
      expect(missing.status).toBe(503);
      expect(json(missing)).toMatchObject({ type: '/problems/origin-unavailable', status: 503 });

      // A hard purge is for what must not be served even then.
      const hard = await purge({ xkey: id, 'purge-mode': 'hard' });
      expect(json(hard).purged).toBeGreaterThanOrEqual(1);
      expect((await get(ARTICLE)).status).toBe(503);
    });
  });
});

function gzipBodyEquals(gzipped: Buffer, plain: Buffer) {
  return gunzipSync(gzipped).equals(plain);
}
