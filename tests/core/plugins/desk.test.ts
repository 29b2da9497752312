import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import deskPlugin, { DESK_CSP, DESK_DIR } from '../../../src/core/plugins/desk.ts';
import { useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

describe('/desk, the newsroom app', () => {
  it('is served from the Vite build under /desk/ with its own CSP, the API keeping its own', async () => {
    const redirect = await ctx.app.inject('/desk');
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/desk/');

    const page = await ctx.app.inject('/desk/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<div id="app"></div>');
    expect(page.headers['content-security-policy']).toBe(DESK_CSP);
    expect(page.headers['cache-control']).toBe('no-cache');
    // Nothing inline for the policy to allow: the page loads one script and one stylesheet of its own.
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.body).not.toMatch(/\bstyle=/);

    const script = /src="(\/desk\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await ctx.app.inject(script as string);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const api = await ctx.app.inject('/articles');
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const missing = await ctx.app.inject('/desk/assets/nothing-here.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps the initial JavaScript under 150 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const scripts = readdirSync(join(DESK_DIR, 'assets')).filter((file) => file.endsWith('.js'));
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(DESK_DIR, 'assets', file)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('says it is not built (503) rather than 404 when the build is missing', async () => {
    const app = Fastify();
    await app.register(deskPlugin, { root: mkdtempSync(join(tmpdir(), 'desk-unbuilt-')) });
    const response = await app.inject('/desk');
    expect(response.statusCode).toBe(503);
    expect(response.json().message ?? response.body).toContain('npm run build:desk');
    await app.close();
  });
});
