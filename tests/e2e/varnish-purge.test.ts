import { beforeAll, describe, expect, it } from 'vitest';
import { lastChangeSeq } from '../../src/core/cache/purge-cursors.ts';
import { bearer, rawRequest, useSeededApp, type RawResponse } from '../support/app.ts';
import { freePort } from '../../deploy/free-port.ts';
import { portOf, useVarnish, varnishSkipReason } from '../support/varnish.ts';

/**
 * Purge on write, end to end: a real varnishd in front of a real server whose CACHE_PURGE_URLS
 * names it. After each kind of write, what it affected (the article, a list, a feed) is fetched
 * afresh and shows the change, while unrelated objects are still served from the cache.
 * How fast that happens is measured by `npm run bench` (purge-to-fresh), not asserted here.
 */

const ARTICLE = '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';
const PERSON = '/people/volodymyr-zelensky';

describe.skipIf(varnishSkipReason())('purging the cache on every write', () => {
  const env: Record<string, string> = { TRUST_PROXY: 'true' };
  let cachePort = 0;
  beforeAll(async () => {
    cachePort = await freePort();
    env.CACHE_PURGE_URLS = `http://127.0.0.1:${cachePort}/`;
  });
  const ctx = useSeededApp({ listen: true, env });
  const cache = useVarnish(() => ({ backendPort: portOf(ctx.baseUrl), port: cachePort }));

  const get = (path: string) => rawRequest(cache.varnish.url + path);
  const json = (response: RawResponse) => JSON.parse(response.body.toString());
  const write = async (method: string, url: string, payload?: object, ifMatchOf?: string) => {
    const headers = { ...(await bearer(ctx.app, 'write', 'read:drafts')) } as Record<string, string>;
    if (ifMatchOf) headers['if-match'] = (await ctx.app.inject({ url: ifMatchOf, headers })).headers.etag as string;
    const response = await ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect([url, response.statusCode]).toEqual([url, expect.toSatisfy((code: number) => code < 300)]);
    return response;
  };

  /** Fetches each path until the cache holds it, and checks it does. */
  async function warm(...paths: string[]) {
    for (const path of paths) {
      await get(path);
      expect([path, (await get(path)).headers['x-cache']]).toEqual([path, 'HIT']);
    }
  }

  /** Waits (bounded) until every cache has been sent the purge for everything written so far. */
  const purged = async () => ctx.app.cachePurge.dispatcher.drained(await lastChangeSeq(ctx.app.db), 5000);

  async function expectFetchedAfresh(path: string) {
    const response = await get(path);
    expect([path, response.headers['x-cache']]).toEqual([path, 'MISS']);
    return response;
  }
  async function expectStillCached(...paths: string[]) {
    for (const path of paths) expect([path, (await get(path)).headers['x-cache']]).toEqual([path, 'HIT']);
  }

  it('publishing: the new article is served, the lists and feeds that now hold it are fetched afresh', async () => {
    const draft = await write('POST', '/articles', {
      headline: 'Ceasefire talks resume in Geneva',
      body: [{ type: 'paragraph', text: 'Talks resumed on Monday.' }],
      language: 'en',
    });
    const id = draft.json().data.id as string;
    await purged();
    await warm('/articles', '/articles/feed.json', ARTICLE, PERSON, '/places');
    expect((await get(`/articles/${id}`)).status).toBe(404);

    await write('PUT', `/articles/${id}/status`, { status: 'published' }, `/articles/${id}`);
    await purged();
    expect((await get(`/articles/${id}`)).status).toBe(200);
    expect(JSON.stringify(json(await expectFetchedAfresh('/articles')))).toContain(id);
    expect((await expectFetchedAfresh('/articles/feed.json')).body.toString()).toContain('Ceasefire talks resume');
    await expectStillCached(ARTICLE, PERSON, '/places');
  });

  it('a scheduled article going live: the lists and feeds are purged by the change the scheduler makes', async () => {
    const draft = await write('POST', '/articles', {
      headline: 'Grain corridor reopens at dawn',
      body: [{ type: 'paragraph', text: 'Ships left Odesa at six.' }],
      language: 'en',
    });
    const id = draft.json().data.id as string;
    const publishAt = new Date(Date.now() + 500).toISOString();
    await write('PUT', `/articles/${id}/status`, { status: 'scheduled', publishAt }, `/articles/${id}`);
    await purged();
    await warm('/articles', '/articles/feed.json', PERSON);
    expect(JSON.stringify(json(await get('/articles')))).not.toContain(id);

    // No request follows the scheduler's write: the purge comes from the dispatcher's own look at the log.
    await expect.poll(() => get(`/articles/${id}`).then((r) => r.status), { timeout: 5000, interval: 100 }).toBe(200);
    await purged();
    expect(JSON.stringify(json(await expectFetchedAfresh('/articles')))).toContain(id);
    expect((await expectFetchedAfresh('/articles/feed.json')).body.toString()).toContain('Grain corridor reopens');
    await expectStillCached(PERSON);
  });

  it('editing a quote: its article, the quote lists and the feed are fetched afresh', async () => {
    const quotes = json(await get(`${ARTICLE}?include=quotes`)).data.quotes as { id: string; kind: string }[];
    const quote = quotes[0]!;
    const kind = quote.kind === 'direct' ? 'indirect' : 'direct';
    await warm(`${ARTICLE}?include=quotes`, '/quotes', '/articles/feed.json', PERSON, '/places');

    await write('PATCH', `/quotes/${quote.id}`, { kind }, `/quotes/${quote.id}`);
    await purged();
    const article = json(await expectFetchedAfresh(`${ARTICLE}?include=quotes`));
    expect(article.data.quotes.find((q: { id: string }) => q.id === quote.id).kind).toBe(kind);
    await expectFetchedAfresh('/quotes');
    await expectFetchedAfresh('/articles/feed.json');
    await expectStillCached(PERSON, '/places');
  });

  it('renaming a person: the articles that name them, the people list and their feed are fetched afresh', async () => {
    const other = '/people/andrii-sybiha';
    await warm(ARTICLE, `${ARTICLE}?include=people`, '/people', `${PERSON}/feed.json`, other, '/places');

    await write('PATCH', PERSON, { name: 'Volodymyr Zelenskyy' }, PERSON);
    await purged();
    expect(JSON.stringify(json(await expectFetchedAfresh(`${ARTICLE}?include=people`)))).toContain(
      'Volodymyr Zelenskyy',
    );
    expect(JSON.stringify(json(await expectFetchedAfresh('/people')))).toContain('Volodymyr Zelenskyy');
    await expectFetchedAfresh(`${PERSON}/feed.json`);
    await expectStillCached(other, '/places');
  });

  it('deleting: the article is gone, the lists and feed that held it are fetched afresh', async () => {
    const id = json(await get(ARTICLE)).data.id as string;
    await warm(ARTICLE, '/articles', '/articles/feed.json', '/places', '/organisations');

    await write('DELETE', `/articles/${id}`, undefined, `/articles/${id}`);
    await purged();
    const gone = await get(ARTICLE);
    expect(gone.status).toBe(404);
    expect(JSON.stringify(json(await expectFetchedAfresh('/articles')))).not.toContain(id);
    expect((await expectFetchedAfresh('/articles/feed.json')).body.toString()).not.toContain(id);
    await expectStillCached('/places', '/organisations');
  });

  it('counts purges in /metrics, with nothing left pending', async () => {
    const metrics = (await ctx.app.inject('/metrics')).body;
    const cacheUrl = env.CACHE_PURGE_URLS!;
    expect(metrics).toMatch(
      new RegExp(`dateline_cache_purge_requests_total\\{cache="${cacheUrl}",outcome="purged"\\} [1-9]`),
    );
    expect(metrics).toContain(`dateline_cache_purge_pending_changes{cache="${cacheUrl}"} 0`);
  });
});
