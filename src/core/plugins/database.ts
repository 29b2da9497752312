import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client.ts';
import { readingOnPrimary } from '../db/primary-reads.ts';
import { closeStore } from '../db/store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/**
 * Shares the open database with every route plugin and closes it when the app closes. A request made
 * with an API key (an editor, a newsroom tool) reads on the primary (core/db/primary-reads.ts): it sees
 * its own last write even where read replicas serve the public a moment behind.
 */
async function databasePlugin(app: FastifyInstance, options: { db: Db }) {
  app.decorate('db', options.db);
  // A hook with a callback, so the handler and all it awaits run inside readingOnPrimary(); preHandler,
  // after the key is checked (onRequest) and the body read.
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.apiKey) readingOnPrimary(done);
    else done();
  });
  app.addHook('onClose', async () => {
    await closeStore(options.db);
  });
}

export default fp(databasePlugin, { name: 'database' });
