import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../http/errors.ts';
import { PROJECT_ROOT } from '../../lib/project-root.ts';

/** Where `npm run build:desk` (Vite) writes the newsroom app. */
export const DESK_DIR = join(PROJECT_ROOT, 'dist', 'desk');

/**
 * The desk's own policy: its scripts, styles and images come from this server only, and it talks
 * to this API only. Nothing inline, nothing from elsewhere, never framed. The API keeps its own
 * `default-src 'none'` (delivery.ts sets it on every response that has no policy yet).
 */
export const DESK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the desk, the newsroom web app (desk/ in the repository, built by Vite), under /desk/.
 * Hashed assets are cached for a year; index.html is revalidated each time, so a new build is
 * picked up at once. Registered without fastify-plugin: its policy hook stays in this scope.
 */
export default async function deskPlugin(app: FastifyInstance, options: { root?: string } = {}) {
  const root = options.root ?? DESK_DIR;
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', DESK_CSP);
  });

  if (!existsSync(join(root, 'index.html'))) {
    // `npm start` builds it; a server started from a bare checkout says what is missing rather than 404.
    app.get('/desk', { schema: { hide: true } }, async () => {
      throw new ApiError(
        503,
        'desk-not-built',
        'Desk not built',
        'The desk has not been built: run `npm run build:desk`.',
      );
    });
    return;
  }

  app.get('/desk', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/desk/', 301));
  await app.register(fastifyStatic, {
    root,
    prefix: '/desk/',
    // @fastify/swagger-ui registers @fastify/static too; the reply decorators are not needed here.
    decorateReply: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (response, path) => {
      const immutable = path.includes(`${join(root, 'assets')}`);
      response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
