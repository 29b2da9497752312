import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rawRequest, useSeededApp } from '../../support/app.ts';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});

const open = useSeededApp({ listen: true, logger: { level: 'info', stream: logStream } });
const strict = useSeededApp({
  listen: true,
  env: { CORS_ORIGINS: 'https://news.example,https://cms.example', RATE_LIMIT_MAX: '3' },
});

describe('CORS', () => {
  it('allows any origin by default, with a literal *', async () => {
    const response = await rawRequest(`${open.baseUrl}/articles`, { headers: { origin: 'https://anywhere.example' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-expose-headers']).toContain('etag');
    expect(response.headers['access-control-expose-headers']).toContain('x-request-id');
  });

  it('allows only the configured origins', async () => {
    const allowed = await rawRequest(`${strict.baseUrl}/health`, { headers: { origin: 'https://cms.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://cms.example');
    expect(allowed.headers.vary).toMatch(/origin/i);
    const refused = await rawRequest(`${strict.baseUrl}/health`, { headers: { origin: 'https://evil.example' } });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers preflights with the methods and headers a CMS client needs', async () => {
    const response = await rawRequest(`${open.baseUrl}/articles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://cms.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-methods']).toContain('GET');
    expect(response.headers['access-control-allow-headers']).toContain('if-none-match');
    expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  });
});

describe('security headers', () => {
  it('are on every API response', async () => {
    const response = await rawRequest(`${open.baseUrl}/quotes`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('give the docs page a policy that lets it run its own scripts only', async () => {
    const response = await rawRequest(`${open.baseUrl}/docs/`);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json with Retry-After and RateLimit headers past the limit; probes get ten times as much', async () => {
    const seen = [];
    for (let i = 0; i < 4; i += 1) seen.push(await rawRequest(`${strict.baseUrl}/people`));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(seen[0]?.headers['ratelimit-limit']).toBe('3');
    expect(seen[0]?.headers['ratelimit-remaining']).toBe('2');
    const limited = seen[3];
    expect(limited?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.headers['ratelimit-remaining']).toBe('0');
    expect(JSON.parse(limited?.body.toString() ?? '')).toMatchObject({ status: 429, type: '/problems/rate-limited' });
    const health = await rawRequest(`${strict.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(health.headers['ratelimit-limit']).toBe('30');
  });
});

describe('request ids', () => {
  it('are generated, echoed in X-Request-Id, in problem bodies and in the logs', async () => {
    const response = await rawRequest(`${open.baseUrl}/people/nobody`);
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(response.body.toString()).requestId).toBe(id);
    const logged = logLines.map(
      (line) => JSON.parse(line) as { reqId?: string; req?: { method: string }; res?: { statusCode: number } },
    );
    // One line per request, saying what was asked and how it was answered.
    const lines = logged.filter((entry) => entry.reqId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ req: { method: 'GET' }, res: { statusCode: 404 }, msg: 'request completed' });
  });

  it('keep a sane id the caller sent and replace an unsafe one', async () => {
    const kept = await rawRequest(`${open.baseUrl}/articles`, { headers: { 'x-request-id': 'edge-7f3a.12' } });
    expect(kept.headers['x-request-id']).toBe('edge-7f3a.12');
    const replaced = await rawRequest(`${open.baseUrl}/articles`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('HEAD and OPTIONS', () => {
  it('work on every documented route', async () => {
    const spec = JSON.parse((await rawRequest(`${open.baseUrl}/openapi.json`)).body.toString());
    const samples: Record<string, string> = { idOrSlug: 'volodymyr-zelensky', id: '' };
    const quotes = JSON.parse((await rawRequest(`${open.baseUrl}/quotes?limit=1`)).body.toString());
    samples.id = quotes.data[0].id;
    // Paths that can be read; write-only ones (`…/status`, `…/restore`) have no GET to compare HEAD with.
    const readable = Object.keys(spec.paths).filter((template) => 'get' in spec.paths[template]);
    for (const template of readable) {
      const path = template
        .replace(
          '/articles/{idOrSlug}',
          '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia',
        )
        .replace('/places/{idOrSlug}', '/places/ukraine')
        .replace('/organisations/{idOrSlug}', '/organisations/nato')
        .replace(/\{(\w+)\}/g, (_, name: string) => samples[name] ?? name);
      const get = await rawRequest(open.baseUrl + path);
      const head = await rawRequest(open.baseUrl + path, { method: 'HEAD' });
      expect(head.status, path).toBe(get.status);
      expect(head.body.length, path).toBe(0);
      const options = await rawRequest(open.baseUrl + path, { method: 'OPTIONS' });
      expect(options.status, path).toBe(204);
      expect(options.headers.allow, path).toContain('GET');
    }
  });
});

describe('hostile requests', () => {
  it('answer a malformed Host with a 400 problem, not a 500', async () => {
    const response = await rawRequest(`${open.baseUrl}/articles`, { headers: { host: 'x:99999' } });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString()).errors[0]).toMatchObject({ location: 'header', name: 'host' });
  });

  it('answer undecodable URLs and over-long parameters with problem+json', async () => {
    const bad = await rawRequest(`${open.baseUrl}/people/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const long = await rawRequest(`${open.baseUrl}/people/${'a'.repeat(150)}`);
    expect(long.status).toBe(404);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('keep Vary: Origin when content negotiation adds Accept', async () => {
    const response = await rawRequest(
      `${strict.baseUrl}/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia`,
      { headers: { origin: 'https://cms.example' } },
    );
    const vary = String(response.headers.vary).toLowerCase();
    expect(vary).toContain('origin');
    expect(vary).toContain('accept');
  });
});
