import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { newKeySecret } from '../../../src/lib/secrets.ts';
import { API_SCOPES, type ApiScope } from '../../../src/core/db/schema.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp({ env: { AUTH_MAX_FAILURES: '1000' } });

/** A concrete URL for a templated path, with ids of seeded resources. */
function concrete(path: string) {
  return path
    .replace('{idOrSlug}', 'volodymyr-zelensky')
    .replace('{id}', 'quo_none')
    .replace('{number}', '1')
    .replace('{deliveryId}', 'msg_none');
}

/** DATABASE_URL for a script that must work on the app's store, when that store is PostgreSQL. */
function storeUrl(): { DATABASE_URL?: string } {
  const url = ctx.app.config.postgres?.url;
  return url ? { DATABASE_URL: url } : {};
}

const RANK: Record<ApiScope, number> = { 'read:drafts': 1, write: 2, admin: 3 };

describe('the auth matrix: anonymous, read:drafts, write and admin against every route', async () => {
  const all = await (async () => {
    // The app is not built yet when the suite is collected; read the routes from a throwaway instance.
    const { buildApp } = await import('../../../src/app.ts');
    const { loadConfig } = await import('../../../src/config.ts');
    const { openDatabase } = await import('../../../src/core/db/client.ts');
    const app = await buildApp({ config: loadConfig({}), db: openDatabase(':memory:') });
    const document = (await app.inject('/openapi.json')).json();
    await app.close();
    return Object.entries<Record<string, { responses: Record<string, { description: string }> }>>(
      document.paths,
    ).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        scope: /`([a-z:]+)` scope/.exec(operation.responses['403']?.description ?? '')?.[1] as ApiScope | undefined,
      })),
    );
  })();
  const secured = all.filter((operation) => operation.scope !== undefined);

  it('covers every write route', () => {
    const writes = all.filter((o) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(o.method));
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((o) => o.scope === undefined)).toEqual([]);
  });

  it.each(secured)('$method $path needs `$scope`', async ({ method, path, scope }) => {
    const url = concrete(path);
    const anonymous = await ctx.app.inject({
      method: method as 'GET',
      url,
      payload: method === 'GET' || method === 'DELETE' ? undefined : {},
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    for (const held of API_SCOPES) {
      const response = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers: await bearer(ctx.app, held),
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      if (RANK[held] >= RANK[scope as ApiScope]) expect([401, 403]).not.toContain(response.statusCode);
      else {
        expect(response.statusCode).toBe(403);
        expect(response.json().detail).toContain(scope);
      }
    }
  });

  it('leaves public reads open to anonymous callers', async () => {
    for (const { path } of all.filter((o) => o.scope === undefined && o.method === 'GET').slice(0, 40)) {
      const response = await ctx.app.inject(concrete(path));
      expect([401, 403]).not.toContain(response.statusCode);
    }
  });
});

describe('API keys', () => {
  it('refuses a malformed, unknown or revoked key with 401, never as anonymous', async () => {
    for (const authorization of ['Basic abc', 'Bearer nope', 'Bearer dtl_aaaaaaaaaaaaaaaaaaaa_' + 'a'.repeat(43)]) {
      const response = await ctx.app.inject({ url: '/articles', headers: { authorization } });
      expect(response.statusCode).toBe(401);
      expect(response.json().type).toBe('/problems/unauthorized');
    }
    const admin = await bearer(ctx.app, 'admin');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/keys',
      headers: admin,
      payload: { name: 'Ingest bot', scopes: ['write'] },
    });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json().data;
    expect(secret).toMatch(/^dtl_/);
    const listed = (await ctx.app.inject({ url: '/keys', headers: admin })).json().data;
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.find((key: { id: string }) => key.id === id)).toMatchObject({ name: 'Ingest bot', revokedAt: null });
    const withKey = { authorization: `Bearer ${secret}` };
    expect((await ctx.app.inject({ url: '/articles/x/revisions', headers: withKey })).statusCode).toBe(404);

    expect((await ctx.app.inject({ method: 'DELETE', url: `/keys/${id}`, headers: admin })).statusCode).toBe(204);
    const revoked = await ctx.app.inject({ url: '/articles/x/revisions', headers: withKey });
    expect(revoked.statusCode).toBe(401);
  });

  it('stores only a hash of the secret', async () => {
    const { authorization } = await bearer(ctx.app, 'write');
    const secret = authorization.slice('Bearer '.length);
    const rows = await sqlOf(ctx.app.db).all('SELECT * FROM api_keys');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(-43));
  });

  it('are created by `npm run keys`, which prints the secret on its own line', async () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/keys.ts', 'create', '--name', 'CLI test', '--scope', 'read:drafts'],
      {
        // The store the app is on: its SQLite file, or its PostgreSQL database.
        env: { ...process.env, DATABASE_PATH: ctx.databasePath, ...storeUrl() },
        encoding: 'utf8',
      },
    );
    const secret = out.trim();
    expect(secret).toMatch(/^dtl_[a-z2-7]{20}_[\w-]{43}$/);
    // As text on both stores: PostgreSQL's json column would otherwise come back parsed.
    const [row] = await sqlOf(ctx.app.db).all(
      "SELECT name, CAST(scopes AS text) AS scopes FROM api_keys WHERE name = 'CLI test'",
    );
    expect(row).toEqual({ name: 'CLI test', scopes: '["read:drafts"]' });
  });
});

describe('failed authentication', () => {
  const limited = useSeededApp({ env: { AUTH_MAX_FAILURES: '3', AUTH_FAILURE_WINDOW_SECONDS: '60' } });
  const get = (authorization: string, remoteAddress: string) =>
    limited.app.inject({ url: '/articles', headers: { authorization }, remoteAddress });
  /** A well-formed secret for a key id nobody has. */
  const freshKey = () => `Bearer ${newKeySecret().secret}`;

  it('is throttled per client address: a fresh key id on each try gets 429 past the limit', async () => {
    for (let i = 0; i < 3; i++) expect((await get(freshKey(), '10.0.0.1')).statusCode).toBe(401);
    for (let i = 0; i < 5; i++) {
      const refused = await get(freshKey(), '10.0.0.1');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json().type).toBe('/problems/too-many-failed-authentications');
    }
    // Another address is not affected, nor are anonymous reads from this one.
    expect((await get(freshKey(), '10.0.0.2')).statusCode).toBe(401);
    expect((await limited.app.inject({ url: '/articles', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
  });

  it('never locks the owner out: after guesses at a known key id, the right secret still works, from anywhere', async () => {
    const good = (await bearer(limited.app, 'write')).authorization;
    const guess = `${good.slice(0, -43)}${'A'.repeat(43)}`;
    for (let i = 0; i < 3; i++) expect((await get(guess, '10.0.1.1')).statusCode).toBe(401);
    expect((await get(guess, '10.0.1.1')).statusCode).toBe(429);
    expect((await get(good, '10.0.1.1')).statusCode).toBe(200);
    expect((await get(good, '10.0.1.2')).statusCode).toBe(200);
  });

  it('is throttled per key id too: guesses from many addresses at one key id get 429 past the limit', async () => {
    const good = (await bearer(limited.app, 'write')).authorization;
    const guess = `${good.slice(0, -43)}${'B'.repeat(43)}`;
    for (let i = 0; i < 3; i++) expect((await get(guess, `10.0.2.${i}`)).statusCode).toBe(401);
    const refused = await get(guess, '10.0.2.99');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().type).toBe('/problems/too-many-failed-authentications');
    expect((await get(good, '10.0.2.99')).statusCode).toBe(200);
  });
});

describe('the rate limit', () => {
  const small = useSeededApp({ env: { RATE_LIMIT_MAX: '5', AUTH_MAX_FAILURES: '1000' } });

  it('counts requests with a bad key, so guessing is bounded by it', async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await small.app.inject({
        url: '/articles',
        headers: { authorization: `Bearer dtl_${'a'.repeat(20)}_${'A'.repeat(43)}` },
        remoteAddress: '10.0.3.1',
      });
      expect(response.statusCode).toBe(401);
      remaining.push(Number(response.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const limited = await small.app.inject({
      url: '/articles',
      headers: { authorization: `Bearer dtl_${'b'.repeat(20)}_${'A'.repeat(43)}` },
      remoteAddress: '10.0.3.1',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().type).toBe('/problems/rate-limited');
  });
});
